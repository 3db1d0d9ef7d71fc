/**
 * orderStatistics' plan, through a Selector that records each call: which
 * order statistic is selected and which is found by a scan. The values alone
 * cannot tell the plans apart (each gives the right value); the plan is what
 * makes a quantile cost one selection and a short scan.
 */
import { describe, expect, it } from "vitest";
import { orderStatistics } from "../../src/numeric/orderStatistics.js";
import type { Selector } from "../../src/numeric/selector.js";

/** A Selector over a copy of `values` that logs its calls; select() sorts [lo..hi], a valid nth_element. */
function recording(values: readonly number[]): { selector: Selector; calls: string[] } {
  const a = [...values];
  const calls: string[] = [];
  const selector: Selector = {
    select(k, lo, hi) {
      calls.push(`select(${k}, ${lo}, ${hi})`);
      const sorted = a.slice(lo, hi + 1).sort((x, y) => x - y);
      a.splice(lo, sorted.length, ...sorted);
    },
    swap(i, j) {
      calls.push(`swap(${i}, ${j})`);
      [a[i], a[j]] = [a[j]!, a[i]!];
    },
    indexOfMinimum(from, to) {
      calls.push(`indexOfMinimum(${from}, ${to})`);
      let m = from;
      for (let i = from + 1; i <= to; i++) if (a[i]! < a[m]!) m = i;
      return m;
    },
    indexOfMaximum(from, to) {
      calls.push(`indexOfMaximum(${from}, ${to})`);
      let m = from;
      for (let i = from + 1; i <= to; i++) if (a[i]! > a[m]!) m = i;
      return m;
    },
    valueAt: (i) => a[i]!,
  };
  return { selector, calls };
}

// Ten distinct values whose k-th smallest is k * 10, in an order where no selection is free.
const TEN = [70, 20, 90, 0, 50, 30, 80, 10, 60, 40];

describe("orderStatistics' plan over ten values", () => {
  it("a pair near the low end: selects k + 1, then scans [0..k] for k's value", () => {
    const { selector, calls } = recording(TEN);
    expect(orderStatistics(selector, 10, [2, 3])).toEqual([20, 30]);
    expect(calls).toEqual(["select(3, 0, 9)", "indexOfMaximum(0, 2)", "swap(2, 2)"]);
  });

  it("a pair near the high end: selects k, then scans [k + 1..9] for k + 1's value", () => {
    const { selector, calls } = recording(TEN);
    expect(orderStatistics(selector, 10, [6, 7])).toEqual([60, 70]);
    expect(calls).toEqual(["select(6, 0, 9)", "indexOfMinimum(7, 9)", "swap(7, 7)"]);
  });

  it("a pair in the middle (as many values below as above): selected from the low side, scanned from the high", () => {
    // k + 1 - lo = 5 and n - 1 - k = 5: not nearer the low end.
    const { selector, calls } = recording(TEN);
    expect(orderStatistics(selector, 10, [4, 5])).toEqual([40, 50]);
    expect(calls).toEqual(["select(4, 0, 9)", "indexOfMinimum(5, 9)", "swap(5, 5)"]);
  });

  it("one below the middle: the scan of [0..3] is the shorter", () => {
    const { selector, calls } = recording(TEN);
    expect(orderStatistics(selector, 10, [3, 4])).toEqual([30, 40]);
    expect(calls).toEqual(["select(4, 0, 9)", "indexOfMaximum(0, 3)", "swap(3, 3)"]);
  });

  it("values apart: each is selected, the second within what the first left above it", () => {
    const { selector, calls } = recording(TEN);
    expect(orderStatistics(selector, 10, [2, 5])).toEqual([20, 50]);
    expect(calls).toEqual(["select(2, 0, 9)", "select(5, 3, 9)"]);
  });

  it("the smallest is a scan of all, with nothing selected", () => {
    const { selector, calls } = recording(TEN);
    expect(orderStatistics(selector, 10, [0])).toEqual([0]);
    expect(calls).toEqual(["indexOfMinimum(0, 9)", "swap(0, 3)"]);
  });

  it("after a pair, the next value up is a scan of what is left", () => {
    const { selector, calls } = recording(TEN);
    expect(orderStatistics(selector, 10, [1, 2, 3, 8])).toEqual([10, 20, 30, 80]);
    expect(calls).toEqual(["select(2, 0, 9)", "indexOfMaximum(0, 1)", "swap(1, 1)", "indexOfMinimum(3, 9)", "swap(3, 3)", "select(8, 4, 9)"]);
  });
});
