/**
 * The typed array `integers(low, high, size)` returns: the narrowest one that
 * holds every value of [low, high] exactly (NumPy returns int64 always):
 * Int32Array if the range fits int32, else Uint32Array if it fits uint32,
 * else Float64Array if it stays within +-(2**53 - 1), else BigInt64Array.
 */
import { allocated } from "./allocated.js";

export type IntegerArray = Int32Array | Uint32Array | Float64Array | BigInt64Array;
export type NumberIntegerArray = Int32Array | Uint32Array | Float64Array;

export type IntegerArrayKind = "int32" | "uint32" | "float64" | "bigint64";

/** Which array holds [lowest, highest] (inclusive bounds). */
export function integerArrayKind(lowest: bigint, highest: bigint): IntegerArrayKind {
  if (lowest >= -(2n ** 31n) && highest < 2n ** 31n) return "int32";
  if (lowest >= 0n && highest < 2n ** 32n) return "uint32";
  if (lowest >= -(2n ** 53n - 1n) && highest <= 2n ** 53n - 1n) return "float64";
  return "bigint64";
}

/**
 * A new array of `count` values that the caller fills completely. Big ones
 * (>= 1 MiB) are not zeroed first (Node's Buffer.allocUnsafe memory, a plain
 * ArrayBuffer of exactly that size): zeroing memory about to be overwritten
 * cost ~0.05 ns per value, 5% of a whole `integers` draw.
 */
export function newIntegerArray(kind: IntegerArrayKind, count: number): IntegerArray {
  const bytesPerValue = kind === "int32" || kind === "uint32" ? 4 : 8;
  const bytes = count * bytesPerValue;
  // A count no array can hold is a SafetyGapError (see allocated), before any draw.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: zeroed or not, every value is written by the caller (and unzeroed() falls back to a zeroed buffer for small sizes)
  const buffer = allocated(count, bytesPerValue, () => (bytes >= UNZEROED_MIN_BYTES ? unzeroed(bytes) : new ArrayBuffer(bytes)));
  switch (kind) {
    case "int32":
      return new Int32Array(buffer, 0, count);
    case "uint32":
      return new Uint32Array(buffer, 0, count);
    case "float64":
      return new Float64Array(buffer, 0, count);
    default:
      return new BigInt64Array(buffer, 0, count);
  }
}

const UNZEROED_MIN_BYTES = 1 << 20;

/** An ArrayBuffer of `bytes` bytes, contents undefined. Above Buffer.poolSize / 2 Node gives each its own buffer, offset 0. */
function unzeroed(bytes: number): ArrayBuffer {
  const b = Buffer.allocUnsafe(bytes);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: called only from 1 MiB on, where Node gives each Buffer its own ArrayBuffer (the test always holds); the fallback, a zeroed buffer, holds the same values once filled
  return b.byteOffset === 0 && b.buffer.byteLength === bytes ? (b.buffer as ArrayBuffer) : new ArrayBuffer(bytes);
}
