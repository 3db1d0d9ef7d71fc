import { fail } from "./fail.js";
import { seedHint, seedNotInteger } from "../messages/random.js";

/** The typed arrays that are NumPy's integer ndarrays: taken value by value. */
export type IntegerTypedArray =
  | Uint8Array
  | Uint8ClampedArray
  | Uint16Array
  | Uint32Array
  | Int8Array
  | Int16Array
  | Int32Array
  | BigUint64Array
  | BigInt64Array;

/** Anything NumPy's SeedSequence takes as entropy or spawn key: an integer or a (nested) array of them, or an integer typed array. */
export type Entropy = number | bigint | readonly Entropy[] | IntegerTypedArray;

/**
 * The little-endian 32-bit words of a non-negative integer, or of every
 * integer in a nested array, concatenated. Mirrors `_coerce_to_uint32_array`
 * and `_int_to_uint32_array` in numpy/random/bit_generator.pyx: 0 is one
 * word [0], an empty array is no words, floats and negatives are refused.
 */
export function uint32Words(entropy: Entropy): number[] {
  if (Array.isArray(entropy)) return (entropy as readonly Entropy[]).flatMap((e) => uint32Words(e));
  // An integer typed array is NumPy's integer ndarray: value by value (a uint32 one is copied as words, the same thing).
  // A float one is refused, as NumPy refuses a float ndarray (TypeError).
  if (ArrayBuffer.isView(entropy)) {
    if (entropy instanceof Float32Array || entropy instanceof Float64Array || entropy instanceof DataView) {
      fail(seedNotInteger(`a ${entropy.constructor.name}`), seedHint());
    }
    return Array.from(entropy as ArrayLike<number | bigint>).flatMap((e) => uint32Words(e));
  }
  let n: bigint;
  if (typeof entropy === "bigint") n = entropy;
  else if (typeof entropy === "number" && Number.isSafeInteger(entropy)) n = BigInt(entropy);
  else fail(seedNotInteger(entropy), seedHint());
  if (n < 0n) fail(seedNotInteger(entropy), seedHint());
  if (n === 0n) return [0];
  const words: number[] = [];
  for (; n > 0n; n >>= 32n) words.push(Number(n & 0xffffffffn));
  return words;
}
