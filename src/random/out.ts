import { fail } from "./fail.js";
import { sizeCount, type Size } from "./sizeCount.js";
import type { IntegerArray } from "./integerArray.js";
import { outHint, outInvalid, outSizeMismatch, outTooNarrow } from "../messages/random.js";

/** A caller's `out` for a double result (random, standardNormal): a Float64Array of size's length, if size is given. */
export function checkedOut(method: string, out: unknown, size: Size | undefined): Float64Array {
  if (!(out instanceof Float64Array)) fail(outInvalid(method, "a Float64Array", out), outHint());
  checkLength(method, out.length, size);
  return out;
}

/**
 * A caller's `out` for integers(low, high): a typed array that holds every
 * value of [low, high) exactly (Int32Array, Uint32Array, Float64Array within
 * +-(2**53 - 1), BigInt64Array), of size's length if size is given.
 */
export function checkedIntegerOut<T extends number | bigint>(out: unknown, size: Size | undefined, low: T, high: T): IntegerArray {
  const allowed = "an Int32Array, Uint32Array, Float64Array or BigInt64Array";
  if (!(out instanceof Int32Array || out instanceof Uint32Array || out instanceof Float64Array || out instanceof BigInt64Array)) fail(outInvalid("integers", allowed, out), outHint());
  const lo = BigInt(low);
  const hi = BigInt(high) - 1n;
  const holds =
    out instanceof Int32Array ? lo >= -(2n ** 31n) && hi < 2n ** 31n
    : out instanceof Uint32Array ? lo >= 0n && hi < 2n ** 32n
    : out instanceof Float64Array ? lo >= -(2n ** 53n - 1n) && hi <= 2n ** 53n - 1n
    : true;
  if (!holds) fail(outTooNarrow("integers", out.constructor.name, low, high), outHint());
  checkLength("integers", out.length, size);
  return out;
}

function checkLength(method: string, length: number, size: Size | undefined): void {
  if (size === undefined) return;
  const count = sizeCount(size);
  if (count !== length) fail(outSizeMismatch(method, count, length), outHint());
}
