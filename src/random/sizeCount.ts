import { fail } from "./fail.js";
import { sizeHint, sizeInvalid } from "../messages/random.js";

/** NumPy's `size`: a count or a shape. Results are flat (row-major), so only the product matters. */
export type Size = number | readonly number[];

/** The number of values a `size` asks for (the product of a shape, 1 for []). */
export function sizeCount(size: Size): number {
  const dims = typeof size === "number" ? [size] : Array.isArray(size) ? size : fail(sizeInvalid(size), sizeHint());
  let count = 1;
  for (const d of dims) {
    if (typeof d !== "number" || !Number.isSafeInteger(d) || d < 0) fail(sizeInvalid(size), sizeHint());
    count *= d;
  }
  if (!Number.isSafeInteger(count)) fail(sizeInvalid(size), sizeHint());
  return count;
}
