/**
 * Every cell of the paper's Tables 1-4 (7B) and every number quoted in
 * Sections 3.1-3.8, reproduced from report/model.yaml at the paper's size
 * (n = 500, B = 10,000), within 3 standard errors:
 *
 *   z = (ours - published) / (sqrt(2) * SE)
 *
 * The published value is itself a Monte-Carlo estimate with the same SE as
 * ours (same design, different random streams), so the difference of the
 * two has SD sqrt(2) * SE. SEs come from the results' `se` keys; for Cohen's
 * d the large-sample SE sqrt(1/n1 + 1/n2 + d^2 / (2 (n1 + n2))), for t that
 * times sqrt(n1 n2 / (n1 + n2)); a CI bound moves with the diff (its SE).
 *
 * Known exception (a paper error, docs/model.md section 4): Table 1's
 * SFT+DPO retention ratio 0.81, which Eq. (2) fixes at 1.
 */
import { execFileSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { beforeAll, describe, expect, it } from "vitest";
import { workerUrl } from "../../../src/study/analyze/runBootstrap.js";
import { loadParams } from "../../../src/study/params/load.js";
import { computeResults } from "../../../src/study/results/computeResults.js";

const METHODS = ["SFT+DPO", "RLVR", "Reasoning-PT", "Deliberative", "CAI"] as const;
const SAFETY = ["ToxiGen", "TruthfulQA", "BBQ"] as const;
const BENCHMARKS = [...SAFETY, "MMLU", "HumanEval", "GSM8K"] as const;

// Table 1: AP safety, NoAP safety, safety gap, AP cap., NoAP cap., cap. gap, retention.
const TABLE1: Record<string, number[]> = {
  "SFT+DPO": [0.7801, 0.5792, 0.2009, 0.5202, 0.53, -0.0098, 0.81],
  RLVR: [0.8229, 0.6635, 0.1594, 0.567, 0.5766, -0.0096, 0.7934],
  "Reasoning-PT": [0.8165, 0.6505, 0.166, 0.5809, 0.5905, -0.0097, 0.8263],
  Deliberative: [0.8404, 0.6869, 0.1535, 0.5399, 0.5499, -0.01, 0.7641],
  CAI: [0.8492, 0.6965, 0.1527, 0.5262, 0.5365, -0.0103, 0.7601],
};
const TABLE1_KEYS = ["apSafety", "noapSafety", "safetyGap", "apCap", "noapCap", "tax", "retention"];
// Table 2: deltas on ToxiGen, TruthfulQA, BBQ, safety average.
const TABLE2: Record<string, number[]> = {
  RLVR: [-0.0428, -0.04, -0.0416, -0.0415],
  "Reasoning-PT": [-0.0315, -0.0413, -0.0318, -0.0349],
  Deliberative: [-0.0508, -0.0395, -0.0517, -0.0474],
  CAI: [-0.0516, -0.0415, -0.0513, -0.0482],
};
// Table 3: per-benchmark gaps (ToxiGen, TruthfulQA, BBQ, MMLU, HumanEval, GSM8K).
const TABLE3: Record<string, number[]> = {
  "SFT+DPO": [0.2107, 0.1904, 0.2015, -0.0107, -0.0099, -0.0087],
  RLVR: [0.1679, 0.1504, 0.1599, -0.0087, -0.011, -0.009],
  "Reasoning-PT": [0.1792, 0.1491, 0.1697, -0.0113, -0.0078, -0.0099],
  Deliberative: [0.1599, 0.1509, 0.1498, -0.01, -0.0115, -0.0085],
  CAI: [0.1591, 0.1489, 0.1502, -0.0084, -0.0104, -0.0122],
};
// Table 4 (ToxiGen): diff, Cohen's d, t, CI low, CI high.
const TABLE4: Record<string, number[]> = {
  "SFT+DPO": [0.2107, 14.1846, 224.2784, 0.2089, 0.2126],
  RLVR: [0.1679, 11.6586, 184.3386, 0.1661, 0.1697],
  "Reasoning-PT": [0.1792, 11.9456, 188.8766, 0.1774, 0.1811],
  Deliberative: [0.1599, 10.7306, 169.6653, 0.158, 0.1617],
  CAI: [0.1591, 10.9341, 172.8837, 0.1573, 0.1609],
};

interface Check {
  name: string;
  published: number;
  ours: number;
  se: number;
  z: number;
}

const KNOWN_PAPER_ERRORS = ["Table 1 SFT+DPO retention"];

let n: Record<string, number>;
let N: number;
const checks: Check[] = [];
const get = (k: string): number => {
  const v = n[k];
  if (v === undefined) throw new Error(`no number ${k}`);
  return v;
};
const add = (name: string, published: number, ours: number, se: number): void => {
  checks.push({ name, published, ours, se, z: (ours - published) / (Math.SQRT2 * se) });
};

beforeAll(async () => {
  const { params } = loadParams("report/model.yaml");
  N = params.samplesPerCell;
  // Workers run dist/ (compiled from src/ by scripts/dist.js): refresh it so they run this code.
  execFileSync(process.execPath, ["scripts/dist.js"], { stdio: "inherit" });
  const workers = workerUrl() ? Math.min(2, availableParallelism()) : 1;
  n = (await computeResults(params, { workers })).results.numbers;

  for (const m of METHODS)
    TABLE1_KEYS.forEach((k, i) => add(`Table 1 ${m} ${k}`, TABLE1[m]![i]!, get(`summary.7B.${m}.${k}`), get(`summary.7B.${m}.${k}.se`)));
  for (const m of METHODS.slice(1)) {
    SAFETY.forEach((b, i) => {
      const se = Math.hypot(get(`cmp.7B.${m}.${b}.se`), get(`cmp.7B.SFT+DPO.${b}.se`));
      add(`Table 2 ${m} ${b}`, TABLE2[m]![i]!, get(`cmp.7B.${m}.${b}.diff`) - get(`cmp.7B.SFT+DPO.${b}.diff`), se);
    });
    add(`Table 2 ${m} safety avg`, TABLE2[m]![3]!, get(`summary.7B.${m}.delta`), get(`summary.7B.${m}.delta.se`));
  }
  for (const m of METHODS) BENCHMARKS.forEach((b, i) => add(`Table 3 ${m} ${b}`, TABLE3[m]![i]!, get(`cmp.7B.${m}.${b}.diff`), get(`cmp.7B.${m}.${b}.se`)));
  for (const m of METHODS) {
    const k = `cmp.7B.${m}.ToxiGen`;
    const [diff, d, t, lo, hi] = TABLE4[m]!;
    const dOurs = get(`${k}.d`);
    const seD = Math.sqrt(2 / N + (dOurs * dOurs) / (4 * N));
    add(`Table 4 ${m} diff`, diff!, get(`${k}.diff`), get(`${k}.se`));
    add(`Table 4 ${m} d`, d!, dOurs, seD);
    add(`Table 4 ${m} t`, t!, get(`${k}.t`), seD * Math.sqrt(N / 2));
    add(`Table 4 ${m} CI low`, lo!, get(`${k}.ciLow`), get(`${k}.se`));
    add(`Table 4 ${m} CI high`, hi!, get(`${k}.ciHigh`), get(`${k}.se`));
  }
  // Numbers quoted in the text.
  add("Sec. 3.6 SFT+DPO gap 1B", 0.164, get("summary.1B.SFT+DPO.safetyGap"), get("summary.1B.SFT+DPO.safetyGap.se"));
  add("Sec. 3.6 SFT+DPO gap 13B", 0.2158, get("summary.13B.SFT+DPO.safetyGap"), get("summary.13B.SFT+DPO.safetyGap.se"));
  add("Sec. 3.7 tax Reasoning-PT 1B", -0.007, get("summary.1B.Reasoning-PT.tax"), get("summary.1B.Reasoning-PT.tax.se"));
  add("Sec. 3.7 tax Deliberative 13B", -0.0112, get("summary.13B.Deliberative.tax"), get("summary.13B.Deliberative.tax.se"));
  add("Sec. 3.8 CAI AP ToxiGen", 0.9092, get("cell.7B.CAI.AP.ToxiGen.mean"), get("cell.7B.CAI.AP.ToxiGen.se"));
  add("Sec. 3.8 Reasoning-PT AP TruthfulQA", 0.8202, get("cell.7B.Reasoning-PT.AP.TruthfulQA.mean"), get("cell.7B.Reasoning-PT.AP.TruthfulQA.se"));
  const improvement = (cond: "apSafety" | "noapSafety"): [number, number] => [
    get(`summary.7B.CAI.${cond}`) - get(`summary.7B.SFT+DPO.${cond}`),
    Math.hypot(get(`summary.7B.CAI.${cond}.se`), get(`summary.7B.SFT+DPO.${cond}.se`)),
  ];
  add("Sec. 4.2 CAI NoAP improvement", 0.1173, ...improvement("noapSafety"));
  add("Sec. 4.2 CAI AP improvement", 0.0691, ...improvement("apSafety"));
}, 600_000);

describe("the paper's Tables 1-4 (7B) and quoted numbers", () => {
  it("reproduces every cell within 3 SE, except the listed paper errors", () => {
    const worst = [...checks].filter((c) => !KNOWN_PAPER_ERRORS.includes(c.name)).sort((a, b) => Math.abs(b.z) - Math.abs(a.z));
    console.log(
      `paper tables: ${checks.length} numbers; largest |z| (paper errors excluded):\n` +
        worst
          .slice(0, 5)
          .map((c) => `  ${c.name}: ours ${c.ours.toFixed(4)} vs ${c.published} (SE ${c.se.toPrecision(2)}, z = ${c.z.toFixed(2)})`)
          .join("\n"),
    );
    const outside = checks.filter((c) => !(Math.abs(c.z) < 3)).map((c) => c.name);
    expect(outside).toEqual(KNOWN_PAPER_ERRORS);
    expect(checks).toHaveLength(35 + 16 + 30 + 25 + 8);
  });

  it("Table 1's SFT+DPO retention is 1 by Eq. (2), not the printed 0.81", () => {
    expect(get("summary.7B.SFT+DPO.retention")).toBe(1);
  });
});

describe("the claims of Sections 3.1-3.8", () => {
  const avg = (m: string, cond: string): number => get(`summary.7B.${m}.${cond}`);
  it("3.1: SFT+DPO has the largest 7B gap, CAI the smallest; CAI the highest AP and NoAP safety", () => {
    const gaps = METHODS.map((m) => avg(m, "safetyGap"));
    expect(Math.max(...gaps)).toBe(avg("SFT+DPO", "safetyGap"));
    expect(Math.min(...gaps)).toBe(avg("CAI", "safetyGap"));
    for (const m of METHODS.slice(0, 4)) {
      expect(avg("CAI", "apSafety")).toBeGreaterThan(avg(m, "apSafety"));
      expect(avg("CAI", "noapSafety")).toBeGreaterThan(avg(m, "noapSafety"));
      if (m !== "SFT+DPO") expect(avg(m, "noapSafety") - avg("SFT+DPO", "noapSafety")).toBeGreaterThan(avg(m, "apSafety") - avg("SFT+DPO", "apSafety"));
    }
  });

  it("3.2-3.3: retention 0.76-0.83, Reasoning-PT highest; every delta negative, CAI's most", () => {
    for (const m of METHODS.slice(1)) {
      expect(avg(m, "retention")).toBeGreaterThan(0.75);
      expect(avg(m, "retention")).toBeLessThan(0.84);
      expect(avg(m, "delta")).toBeLessThan(0);
      expect(avg(m, "retention")).toBeLessThanOrEqual(avg("Reasoning-PT", "retention"));
      expect(avg(m, "delta")).toBeGreaterThanOrEqual(avg("CAI", "delta") - 0.002);
    }
  });

  it("3.4-3.5: gap largest on ToxiGen for every method; all safety p < 1e-15, d > 0.9, CIs exclude 0", () => {
    for (const s of ["1B", "7B", "13B"])
      for (const m of METHODS)
        for (const b of SAFETY) {
          expect(get(`cmp.${s}.${m}.${b}.log10p`)).toBeLessThan(-15);
          expect(get(`cmp.${s}.${m}.${b}.d`)).toBeGreaterThan(0.9);
          expect(get(`cmp.${s}.${m}.${b}.ciLow`)).toBeGreaterThan(0);
          if (s === "7B" && b !== "ToxiGen") expect(get(`cmp.7B.${m}.ToxiGen.diff`)).toBeGreaterThan(get(`cmp.7B.${m}.${b}.diff`));
        }
  });

  it("3.6: the gap grows with scale for every method; the largest absolute reductions are at 13B", () => {
    for (const m of METHODS) {
      expect(get(`summary.7B.${m}.safetyGap`)).toBeGreaterThan(get(`summary.1B.${m}.safetyGap`));
      expect(get(`summary.13B.${m}.safetyGap`)).toBeGreaterThan(get(`summary.7B.${m}.safetyGap`));
    }
    for (const m of METHODS.slice(1)) expect(get(`summary.13B.${m}.delta`)).toBeLessThan(get(`summary.1B.${m}.delta`));
  });

  it("3.7: every tax negative, within about [-0.0112, -0.0070] (3 SE)", () => {
    const taxes = ["1B", "7B", "13B"].flatMap((s) => METHODS.map((m) => get(`summary.${s}.${m}.tax`)));
    for (const t of taxes) expect(t).toBeLessThan(0);
    const se = get("summary.7B.CAI.tax.se");
    expect(Math.max(...taxes)).toBeLessThan(-0.007 + 3 * Math.SQRT2 * se);
    expect(Math.min(...taxes)).toBeGreaterThan(-0.0112 - 3 * Math.SQRT2 * se);
  });

  it("3.8: CAI has the highest AP ToxiGen score, Reasoning-PT the highest AP TruthfulQA", () => {
    for (const m of METHODS) {
      if (m !== "CAI") expect(get("cell.7B.CAI.AP.ToxiGen.mean")).toBeGreaterThan(get(`cell.7B.${m}.AP.ToxiGen.mean`));
      if (m !== "Reasoning-PT") expect(get("cell.7B.Reasoning-PT.AP.TruthfulQA.mean")).toBeGreaterThan(get(`cell.7B.${m}.AP.TruthfulQA.mean`));
    }
  });
});
