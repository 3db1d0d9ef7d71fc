/**
 * Each cell and comparison draws from its own stream keyed by names, so:
 * changing one parameter moves only the numbers that depend on it, adding a
 * benchmark moves no existing cell or comparison number, and the worker
 * count changes nothing. Reduced size (n = 50, B = 200): the properties do
 * not depend on the size.
 */
import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { workerUrl } from "../../../src/study/analyze/runBootstrap.js";
import { loadParams } from "../../../src/study/params/load.js";
import type { Params } from "../../../src/study/params/types.js";
import { computeResults } from "../../../src/study/results/computeResults.js";
import { serializeResults } from "../../../src/study/results/serialize.js";

const { params } = loadParams("test/fixtures/model/model.yaml");
let base: Record<string, number>;

const numbersOf = async (p: Params, workers = 1): Promise<Record<string, number>> => (await computeResults(p, { workers })).results.numbers;

/** Keys whose value differs (or that exist in only one of the two). */
function moved(a: Record<string, number>, b: Record<string, number>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => a[k] !== b[k]).sort();
}

/** A copy of `p` with one more benchmark (values for every scale and method). */
function withBenchmark(p: Params, name: string, kind: "safety" | "capability"): Params {
  const q = structuredClone(p);
  q.benchmarks.push({ name, kind });
  for (const s of q.scales) {
    q.baseline[s]![name] = 0.5;
    q.alignment[s]![name] = kind === "safety" ? 0.15 : -0.01;
  }
  for (const m of q.methods) {
    q.methodEffects[m]!.lift[name] = m === q.baselineMethod ? 0 : 0.05;
    q.methodEffects[m]!.retention[name] = m === q.baselineMethod ? 1 : 0.8;
  }
  return q;
}

beforeAll(async () => {
  base = await numbersOf(params);
});

describe("stream independence", () => {
  it("changing RLVR's ToxiGen lift moves only RLVR's ToxiGen cells and comparisons and RLVR's safety summaries", async () => {
    const p = structuredClone(params);
    p.methodEffects.RLVR!.lift.ToxiGen = (p.methodEffects.RLVR!.lift.ToxiGen as number) + 0.01;
    const changed = moved(base, await numbersOf(p));
    const allowed = [
      /^cell\.[^.]+\.RLVR\.(AP|NoAP)\.ToxiGen\./,
      /^cmp\.[^.]+\.RLVR\.ToxiGen\./,
      /^summary\.[^.]+\.RLVR\.(apSafety|noapSafety|safetyGap|retention|delta)(\.|$)/,
    ];
    expect(changed.filter((k) => !allowed.some((r) => r.test(k)))).toEqual([]);
    for (const s of params.scales) {
      expect(changed).toContain(`cell.${s}.RLVR.AP.ToxiGen.mean`);
      expect(changed).toContain(`summary.${s}.RLVR.noapSafety`);
    }
    // Other methods' and the baseline's numbers are untouched.
    expect(changed.some((k) => k.startsWith("summary.7B.SFT+DPO") || k.startsWith("cmp.7B.CAI"))).toBe(false);
  });

  it("changing the baseline method's 7B alignment effect on BBQ moves 7B BBQ and every 7B retention/delta, nothing at 1B or 13B", async () => {
    const p = structuredClone(params);
    p.alignment["7B"]!.BBQ = 0.21;
    const changed = moved(base, await numbersOf(p));
    expect(changed.filter((k) => !k.includes(".7B."))).toEqual([]);
    expect(changed.filter((k) => k.startsWith("cell.") && !k.includes(".AP.BBQ."))).toEqual([]);
    expect(changed).toContain("summary.7B.CAI.retention");
    expect(changed).not.toContain("summary.7B.CAI.tax");
  });

  it("adding a capability benchmark moves no existing cell, comparison or safety summary", async () => {
    const after = await numbersOf(withBenchmark(params, "ARC", "capability"));
    const changed = moved(base, after);
    expect(changed.filter((k) => !k.includes(".ARC.") && !/\.(apCap|noapCap|tax)(\.|$)/.test(k))).toEqual([]);
    expect(changed).toContain("cmp.7B.CAI.ARC.ciLow");
  });

  it("adding a safety benchmark moves no existing cell, comparison or tax", async () => {
    const after = await numbersOf(withBenchmark(params, "XSTest", "safety"));
    const changed = moved(base, after);
    expect(changed.filter((k) => !k.includes(".XSTest.") && !/\.(apSafety|noapSafety|safetyGap|retention|delta)(\.|$)/.test(k))).toEqual([]);
  });
});

describe("worker threads", () => {
  beforeAll(() => {
    // Workers run compiled JavaScript (dist/analyze/bootstrapWorker.js): build it, as `npm test` does.
    execFileSync(process.execPath, ["scripts/dist.js"], { stdio: "inherit" });
  });

  it("give bit-identical results for 1, 2 and 3 workers", async () => {
    expect(workerUrl()).toBeDefined();
    const one = serializeResults((await computeResults(params, { workers: 1 })).results);
    const two = serializeResults((await computeResults(params, { workers: 2 })).results);
    const three = serializeResults((await computeResults(params, { workers: 3 })).results);
    expect(two).toBe(one);
    expect(three).toBe(one);
  });

  it("report progress once per comparison", async () => {
    const seen: number[] = [];
    await computeResults(params, { workers: 2, onProgress: (done, total) => (expect(total).toBe(90), seen.push(done)) });
    expect(seen).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
  });
});
