import type { Selector } from "./selector.js";

/**
 * The k-th smallest value for each k of `ks` (ascending, distinct) of the n
 * values behind `s`, by selection in ascending k, so each search narrows the
 * next. A quantile reads two neighbours k, k + 1: once one of them is
 * selected, the other is the extreme of the values on its side, found by one
 * scan of the shorter side instead of a second selection (for the 2.5% and
 * 97.5% points of 10,000 replicates: 250 values scanned instead of 9,750).
 * NaN-free data without both -0 and +0 (the caller sorts those).
 */
export function orderStatistics(s: Selector, n: number, ks: readonly number[]): number[] {
  let lo = 0;
  for (let at = 0; at < ks.length; at++) {
    const k = ks[at]!;
    // Stryker disable next-line ArithmeticOperator: these only choose between two ways of placing k and k + 1 (scan the low side or select), which give the same values; ks[at - 1] and k - 1 are never k's successor
    if (ks[at + 1] === k + 1 && k + 1 - lo < n - 1 - k) {
      // The pair (k, k + 1) near the low end: select k + 1; k is then the largest of [lo..k].
      s.select(k + 1, lo, n - 1);
      s.swap(k, s.indexOfMaximum(lo, k));
      at++;
      lo = k + 2;
    } else if (k === lo) {
      // [..k - 1] holds the k smallest values (k - 1 was placed last, or k is 0): the k-th is the minimum of the rest.
      s.swap(k, s.indexOfMinimum(k, n - 1));
      lo = k + 1;
    } else {
      s.select(k, lo, n - 1);
      lo = k + 1;
    }
  }
  return ks.map((k) => s.valueAt(k));
}
