// The number functions of the results language on intervals: exact values from SciPy (norm.ppf, norm.pdf, t.sf), bounds from the corners.
import { describe, expect, it } from "vitest";
import { FUNCTION_NAMES, FUNCTIONS, isFunction, normalQuantile } from "../../src/lang/functions.js";
import { point, type Interval } from "../../src/lang/interval.js";

const iv = (lo: number, hi: number): Interval => ({ lo, hi });
const call = (name: string, ...xs: Interval[]): Interval => FUNCTIONS[name]!.apply(xs);

describe("normalQuantile (Acklam; |error| < 1.2e-9)", () => {
  // scipy.stats.norm.ppf
  it.each([
    [0.975, 1.959963984540054],
    [0.995, 2.5758293035489004],
    [0.3, -0.5244005127080409],
    [0.01, -2.3263478740408408],
    [0.001, -3.090232306167813],
    [0.02425, -1.972961051311885],
    [0.97575, 1.972961051311885],
  ])("p = %f gives SciPy's %f", (p, z) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1.2e-9 * Math.abs(z));
  });

  it("is 0 at the median", () => {
    expect(normalQuantile(0.5)).toBe(0);
  });

  it("takes both ends of Acklam's central region, 0.02425 and 0.97575, through the central formula", () => {
    // The tail formula there gives -1.972961053530962: within the error bound, but a different number.
    expect(normalQuantile(0.02425)).toBe(-1.9729610490848712);
    expect(normalQuantile(0.97575)).toBe(1.9729610490848712);
  });

  it("zquantile maps an interval to its ends' quantiles", () => {
    const q = call("zquantile", iv(0.01, 0.975));
    expect(q.lo).toBe(normalQuantile(0.01));
    expect(q.hi).toBe(normalQuantile(0.975));
  });
});

describe("normalpdf", () => {
  // scipy.stats.norm.pdf(0), (1), (2)
  const f0 = 0.3989422804014327;
  const f1 = 0.24197072451914337;
  const f2 = 0.05399096651318806;
  it("is the density at a point", () => {
    expect(call("normalpdf", point(0)).lo).toBeCloseTo(f0, 15);
    expect(call("normalpdf", point(1)).hi).toBeCloseTo(f1, 15);
    expect(call("normalpdf", point(-2)).lo).toBeCloseTo(f2, 15);
  });

  it("bounds an interval by its ends, and by the peak at 0 when the interval holds 0", () => {
    const right = call("normalpdf", iv(1, 2));
    expect([right.lo, right.hi].map((x) => x.toFixed(15))).toEqual([f2.toFixed(15), f1.toFixed(15)]);
    const left = call("normalpdf", iv(-2, -1));
    expect([left.lo, left.hi].map((x) => x.toFixed(15))).toEqual([f2.toFixed(15), f1.toFixed(15)]);
    const across = call("normalpdf", iv(-1, 2));
    expect([across.lo, across.hi].map((x) => x.toFixed(15))).toEqual([f2.toFixed(15), f0.toFixed(15)]);
  });
});

describe("log10p: log10 of the two-sided Student-t p-value", () => {
  // log10(2 * scipy.stats.t.sf(t, df))
  const t2df998 = -1.3394106617858097;
  const t2df10 = -1.134374741945427;
  const t3df10 = -1.8747251945039305;
  const t3df998 = -2.5580153246402793;
  it("at a point, for either sign of t", () => {
    expect(call("log10p", point(2), point(998)).lo).toBeCloseTo(t2df998, 12);
    expect(call("log10p", point(-3), point(10)).hi).toBeCloseTo(t3df10, 12);
  });

  it("over a box of t and df: the smallest and largest of the four corners", () => {
    const box = call("log10p", iv(2, 3), iv(10, 998));
    expect(box.lo).toBeCloseTo(t3df998, 12);
    expect(box.hi).toBeCloseTo(t2df10, 12);
    const negative = call("log10p", iv(-3, -2), iv(10, 998));
    expect(negative.lo).toBeCloseTo(t3df998, 12);
    expect(negative.hi).toBeCloseTo(t2df10, 12);
    // |t| reaches 0 when t spans it: p = 1, log10 p = 0.
    expect(call("log10p", iv(-1, 3), point(10)).hi).toBeCloseTo(0, 12);
  });
});

describe("the other functions", () => {
  it("abs, sqrt, min, max, mean, sum, spread and count", () => {
    expect(call("abs", iv(-3, -1))).toEqual(iv(1, 3));
    expect(call("sqrt", iv(4, 9))).toEqual(iv(2, 3));
    const xs = [point(3), point(1), point(2)];
    expect(FUNCTIONS.min!.apply(xs)).toEqual(point(1));
    expect(FUNCTIONS.max!.apply(xs)).toEqual(point(3));
    expect(FUNCTIONS.mean!.apply(xs)).toEqual(point(2));
    expect(FUNCTIONS.sum!.apply(xs)).toEqual(point(6));
    expect(FUNCTIONS.spread!.apply(xs)).toEqual(point(2));
    expect(FUNCTIONS.count!.apply(xs)).toEqual(point(3));
  });

  it("declares which take a comprehension, how many numbers, and which pick or read no value", () => {
    const shape = Object.fromEntries(Object.entries(FUNCTIONS).map(([n, f]) => [n, [f.aggregate, f.arity ?? null, f.picks ?? false, f.readsNoValue ?? false]]));
    expect(shape).toEqual({
      abs: [false, 1, false, false],
      sqrt: [false, 1, false, false],
      min: [true, null, true, false],
      max: [true, null, true, false],
      mean: [true, null, false, false],
      sum: [true, null, false, false],
      spread: [true, null, false, false],
      count: [true, null, false, true],
      log10p: [false, 2, false, false],
      normalpdf: [false, 1, false, false],
      zquantile: [false, 1, false, false],
    });
  });

  it("knows the number functions and the pick functions by name, nothing inherited", () => {
    expect(FUNCTION_NAMES).toEqual(["abs", "sqrt", "min", "max", "mean", "sum", "spread", "count", "log10p", "normalpdf", "zquantile", "argmin", "argmax", "rank", "rankdesc", "range", "allsign", "trend", "same", "bound"]);
    expect(isFunction("abs")).toBe(true);
    expect(isFunction("argmax")).toBe(true);
    expect(isFunction("toString")).toBe(false);
    expect(isFunction("eval")).toBe(false);
  });
});
