import { SafetyGapError } from "../errors.js";
import { sliceHint, sliceOutOfRange } from "../messages/random.js";

/** NumPy's PW_BLOCKSIZE (numpy/core/src/umath/loops_utils.h.src). */
const BLOCK = 128;
/** NPY_BUFSIZE: the ufunc reduction hands the inner loop at most this many elements at a time. */
const BUFSIZE = 8192;

/**
 * `pairwise_sum_DOUBLE` (numpy/core/src/umath/loops_utils.h.src), the sum
 * `np.add.reduce` / `np.sum` / `np.mean` compute over a contiguous float64
 * run: plain left-to-right below 8 values, eight interleaved accumulators
 * combined as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)) up to 128, and above that
 * a split at half (rounded down to a multiple of 8), each half recursed.
 * Like `np.sum(x[start:start + n])` it starts from 0.0 and adds the pairwise
 * sum of each 8192-value buffer in turn (the reduction iterator's buffer
 * size, in effect even for contiguous arrays), so sums of more than 8192
 * values are not one pairwise tree.
 */
export function pairwiseSum(x: ArrayLike<number>, start = 0, n = x.length - start): number {
  if (!Number.isInteger(start) || !Number.isInteger(n) || start < 0 || n < 0 || start + n > x.length) {
    throw new SafetyGapError(sliceOutOfRange(start, n, x.length), undefined, sliceHint());
  }
  // NumPy's reduction starts from the identity 0.0, so -0.0 sums to +0.0.
  let total = 0;
  for (let a = start, end = start + n; a < end; a += BUFSIZE) total += sum(x, a, Math.min(BUFSIZE, end - a));
  return total;
}

function sum(x: ArrayLike<number>, a: number, n: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += x[a + i]!;
    return res;
  }
  if (n <= BLOCK) {
    let r0 = x[a]!, r1 = x[a + 1]!, r2 = x[a + 2]!, r3 = x[a + 3]!;
    let r4 = x[a + 4]!, r5 = x[a + 5]!, r6 = x[a + 6]!, r7 = x[a + 7]!;
    const end = n - (n % 8);
    let i = 8;
    for (; i < end; i += 8) {
      r0 += x[a + i]!;
      r1 += x[a + i + 1]!;
      r2 += x[a + i + 2]!;
      r3 += x[a + i + 3]!;
      r4 += x[a + i + 4]!;
      r5 += x[a + i + 5]!;
      r6 += x[a + i + 6]!;
      r7 += x[a + i + 7]!;
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += x[a + i]!;
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return sum(x, a, n2) + sum(x, a + n2, n - n2);
}
