/**
 * Rearranges a[lo..hi] so that a[k] is the value a full ascending sort would
 * put there, with everything before it <= a[k] <= everything after it
 * (C++'s nth_element). Average O(n): the bootstrap takes two percentiles of
 * 10,000 replicates a few hundred times per build, and sorting was the
 * largest cost outside the random kernel.
 *
 * Deterministic (median-of-three pivots, no randomness); a range that keeps
 * failing to shrink is finished with a sort, so the worst case is
 * O(n log n). The caller keeps NaN out (the order of NaN is undefined here).
 */
export function selectInPlace(a: Float64Array, k: number, lo = 0, hi = a.length - 1): void {
  let budget = 2 * Math.ceil(Math.log2(hi - lo + 2));
  while (hi > lo) {
    if (budget-- === 0) {
      a.subarray(lo, hi + 1).sort();
      return;
    }
    const mid = lo + ((hi - lo) >> 1);
    // Median of three as pivot, moved to a[lo].
    if (a[mid]! < a[lo]!) swap(a, mid, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[mid]!) swap(a, hi, mid);
    swap(a, lo, mid);
    const pivot = a[lo]!;
    // Hoare partition: a[lo..j] <= pivot <= a[j+1..hi].
    let i = lo;
    let j = hi + 1;
    for (;;) {
      do i++;
      while (i <= hi && a[i]! < pivot);
      do j--;
      while (a[j]! > pivot);
      if (i >= j) break;
      swap(a, i, j);
    }
    swap(a, lo, j);
    if (j === k) return;
    if (k < j) hi = j - 1;
    else lo = j + 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
