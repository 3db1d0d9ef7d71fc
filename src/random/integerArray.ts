/**
 * The typed array `integers(low, high, size)` returns: the narrowest one that
 * holds every value of [low, high] exactly (NumPy returns int64 always):
 * Int32Array if the range fits int32, else Uint32Array if it fits uint32,
 * else Float64Array if it stays within +-(2**53 - 1), else BigInt64Array.
 */
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

export function newIntegerArray(kind: IntegerArrayKind, count: number): IntegerArray {
  switch (kind) {
    case "int32":
      return new Int32Array(count);
    case "uint32":
      return new Uint32Array(count);
    case "float64":
      return new Float64Array(count);
    default:
      return new BigInt64Array(count);
  }
}
