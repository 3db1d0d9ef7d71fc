import { fail } from "./fail.js";
import { sizeHint, sizeInvalid, tooBig, tooBigHint } from "../messages/random.js";

/** NumPy's `size`: a count or a shape. Results are flat (row-major), so only the product matters. */
export type Size = number | readonly number[];

/** The number of values a `size` asks for (the product of a shape, 1 for []). */
export function sizeCount(size: Size): number {
  const dims = typeof size === "number" ? [size] : Array.isArray(size) ? size : fail(sizeInvalid(size), sizeHint());
  let count = 1;
  for (const d of dims) {
    if (!Number.isInteger(d) || d < 0) fail(sizeInvalid(size), sizeHint());
    count *= d;
  }
  // A whole but unsafe dimension or product (2**60, [2**30, 2**30]) is a size no array can have.
  if (!Number.isSafeInteger(count) || dims.some((d) => !Number.isSafeInteger(d))) fail(tooBig(count, 1), tooBigHint());
  return count;
}
