// The review tools on real results from src/results/computeResults (with a
// reduced bootstrap so it runs in seconds): every published key exists in the
// reproduction, every claim evaluates, and a one-parameter change moves only
// the keys that depend on it (per-cell random streams).
import { describe, expect, it } from "vitest";
import { loadParams } from "../../src/study/params/load.js";
import { computeResults } from "../../src/study/results/computeResults.js";
import type { Results } from "../../src/results/types.js";
import { buildCheckReport } from "../../src/review/checkPublished.js";
import { loadClaims } from "../../src/review/claims/loadClaims.js";
import { evaluateClaims } from "../../src/review/claims/evaluateClaims.js";
import { diffResults } from "../../src/review/diffResults.js";
import { loadPublished } from "../../src/review/published/loadPublished.js";
import { CLAIMS_FILE, PUBLISHED_FILE } from "./doctor.js";

const MODEL = new URL("../../report/model.yaml", import.meta.url).pathname;

async function compute(edit: (p: ReturnType<typeof loadParams>["params"]) => void = () => {}): Promise<Results> {
  const { params } = loadParams(MODEL);
  const copy = structuredClone(params);
  copy.bootstrap.resamples = 200;
  edit(copy);
  return (await computeResults(copy, { workers: 1 })).results;
}

describe("review tools on computed results", () => {
  let base: Results;

  it("every published number has its key in the reproduction, and every claim evaluates", async () => {
    base = await compute();
    const report = buildCheckReport({ published: loadPublished(PUBLISHED_FILE), results: base, claims: loadClaims(CLAIMS_FILE) });
    expect(report.comparisons.filter((c) => c.verdict === "missing").map((c) => `${c.id}: ${c.note}`)).toEqual([]);
    expect(report.claims.filter((c) => c.status === "error").map((c) => `${c.id}: ${c.message}`)).toEqual([]);
    // The published SFT+DPO retention (0.81) cannot be reproduced: Eq. 2 makes it 1.
    expect(report.comparisons.find((c) => c.id === "t1.SFT+DPO.retention")).toMatchObject({ value: 1, verdict: "off" });
  });

  it("a one-parameter change moves only the keys that depend on it", async () => {
    const changed = await compute((p) => {
      p.methodEffects["CAI"]!.retention["BBQ"] = 0.7;
    });
    const r = diffResults({ label: "base", results: base }, { label: "changed", results: changed });
    const keys = r.entries.map((e) => e.key);
    expect(keys).toContain("cell.7B.CAI.AP.BBQ.mean");
    expect(keys).toContain("summary.7B.CAI.retention");
    const unexpected = keys.filter((k) => !/^(cell\.[^.]+\.CAI\.AP\.BBQ|cmp\.[^.]+\.CAI\.BBQ|summary\.[^.]+\.CAI)\./.test(k));
    expect(unexpected).toEqual([]);
    expect(r.entries.every((e) => e.status === "changed")).toBe(true);
  });

  it("a parameter change that breaks a claim makes it fail, naming the numbers", async () => {
    // CAI keeping almost all of the alignment effect breaks "Reasoning-PT retains the most".
    const changed = await compute((p) => {
      for (const b of ["ToxiGen", "TruthfulQA", "BBQ"]) p.methodEffects["CAI"]!.retention[b] = 0.95;
    });
    const claims = loadClaims(CLAIMS_FILE).filter((c) => c.id === "reasoning-retains-most");
    expect(evaluateClaims(claims, base)[0]!.status).toBe("pass");
    const [r] = evaluateClaims(claims, changed);
    expect(r!.status).toBe("fail");
    expect(r!.message).toMatch(/m=CAI: .* is false \(summary\.7B\.Reasoning-PT\.retention = [\d.]+, summary\.7B\.CAI\.retention = 0\.9/);
  });
});
