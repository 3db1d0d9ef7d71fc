/**
 * The TypeScript pipeline against the NumPy reference (bench/numpy/compute.py
 * run by scripts/fixtures/model.py at n = 50, B = 200): samples, means, SDs,
 * bootstrap CIs and every derived number bit for bit; the Student-t numbers
 * (t, df, p, log10 p, SE, d come from SciPy-style formulas and scipy.stats.t)
 * to 1e-10 relative.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadParams } from "../../../src/study/params/load.js";
import { computeResults } from "../../../src/study/results/computeResults.js";
import type { Results } from "../../../src/results/types.js";

const reference = JSON.parse(readFileSync("test/fixtures/model/numbers.json", "utf8")) as Record<string, number>;
let results: Results;

beforeAll(async () => {
  results = (await computeResults(loadParams("test/fixtures/model/model.yaml").params, { workers: 1 })).results;
});

const STUDENT_T = /^cmp\..*\.(t|df|p|log10p|se|d)$/;

describe("results vs the NumPy reference (fixtures)", () => {
  it("has exactly the reference's keys", () => {
    expect(Object.keys(results.numbers)).toEqual(Object.keys(reference).sort());
  });

  it("is bit-identical for means, SDs, SEs of cells, CIs and every summary number", () => {
    const differ = Object.keys(reference).filter((k) => !STUDENT_T.test(k) && results.numbers[k] !== reference[k]);
    expect(differ).toEqual([]);
  });

  it("agrees with SciPy to 1e-10 relative on t, df, p, log10 p, SE and d", () => {
    const worst = Object.keys(reference)
      .filter((k) => STUDENT_T.test(k))
      .map((k) => ({ k, rel: Math.abs((results.numbers[k] as number) - (reference[k] as number)) / Math.abs(reference[k] as number) }))
      .filter((x) => !(x.rel <= 1e-10));
    expect(worst).toEqual([]);
  });
});
