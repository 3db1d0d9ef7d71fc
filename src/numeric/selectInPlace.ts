/**
 * Rearranges a[lo..hi] so that a[k] is the value a full ascending sort would
 * put there, with everything before it <= a[k] <= everything after it
 * (C++'s nth_element). Average O(n): the bootstrap takes two percentiles of
 * 10,000 replicates a few hundred times per build, and sorting was the
 * largest cost outside the random kernel.
 *
 * Floyd-Rivest selection (CACM 18(3), 1975, Algorithm 489): on a large range
 * it first selects k within a small sample around k's expected place, so the
 * pivot lands next to the k-th value and one partition nearly finishes the
 * job (about n + min(k, n - k) comparisons; median-of-three quickselect took
 * ~3x as long for the 2.5% and 97.5% quantiles of 10,000 values).
 *
 * Deterministic (no randomness); a range that keeps failing to shrink is
 * finished with a sort, so the worst case is O(n log n). The caller keeps
 * NaN out (the order of NaN is undefined here).
 */
export function selectInPlace(a: Float64Array, k: number, lo = 0, hi = a.length - 1): void {
  // The budget only decides when the rest is sorted instead of partitioned again; both leave the k-th value at k
  // with the partition around it, so a different budget (or none) gives the same result, only slower or faster.
  // Stryker disable next-line ArithmeticOperator: see above (the budget's size)
  let budget = 2 * Math.ceil(Math.log2(hi - lo + 2));
  while (hi > lo) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,UpdateOperator,BlockStatement: see above (when the rest is sorted)
    if (budget-- === 0) {
      a.subarray(lo, hi + 1).sort();
      return;
    }
    // The sample selection below only picks the pivot (any value of a[lo..hi] at k partitions correctly, and its
    // bounds are clamped to [lo, hi]): its mutants change the speed, never the result.
    // Stryker disable next-line BlockStatement: see above (the pivot's choice)
    if (hi - lo > 600) {
      // Put a good pivot at k: select k within the range where it falls with high probability.
      // Stryker disable ArithmeticOperator,ConditionalExpression,EqualityOperator,UnaryOperator: see above (the pivot's choice). Of these lines' mutants, only those that widen the sample to the whole range are noticed, by a timeout: the recursion then never ends
      const n = hi - lo + 1;
      const i = k - lo + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i < n / 2 ? -1 : 1);
      const from = Math.floor(k - (i * s) / n + sd);
      const to = Math.floor(k + ((n - i) * s) / n + sd);
      // Stryker restore ArithmeticOperator,ConditionalExpression,EqualityOperator,UnaryOperator
      selectInPlace(a, k, Math.max(lo, from), Math.min(hi, to));
    }
    const pivot = a[k]!;
    // Partition around a[k]; a[lo] and a[hi] end up holding sentinels for the scans.
    let i = lo;
    let j = hi;
    swap(a, lo, k);
    if (a[hi]! > pivot) swap(a, lo, hi);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
    }
    if (a[lo] === pivot) swap(a, lo, j);
    else {
      j++;
      swap(a, j, hi);
    }
    // Now a[lo..j-1] <= a[j] = pivot <= a[j+1..hi].
    if (j <= k) lo = j + 1;
    if (k <= j) hi = j - 1;
  }
}

/** Swaps a[i] and a[j] (also percentile's selector). */
export function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
