import { describe, expect, it, beforeAll } from "vitest";
import { loadParams } from "../../../src/study/params/load.js";
import { computeResults } from "../../../src/study/results/computeResults.js";
import { resultsFiles } from "../../../src/study/results/outputFiles.js";
import { parseResults, serializeResults } from "../../../src/study/results/serialize.js";
import { RESULTS_SCHEMA_VERSION } from "../../../src/results/types.js";
import type { StudyResults as Results } from "../../../src/study/results/types.js";
import type { Samples } from "../../../src/study/simulate/types.js";

const { params } = loadParams("test/fixtures/model/model.yaml");
let results: Results;
let samples: Samples;
let samplesCsv: Uint8Array;

beforeAll(async () => {
  ({ results, samples, samplesCsv } = await computeResults(params, { workers: 1 }));
});

describe("results.json", () => {
  it("carries schema version, tool, seed, parameter hash and sizes", () => {
    expect(results.schemaVersion).toBe(RESULTS_SCHEMA_VERSION);
    expect(results.tool.name).toBe("safety-gap");
    expect(results.seed).toBe(42);
    expect(results.paramsHash).toMatch(/^[0-9a-f]{64}$/);
    expect(results.sizes).toMatchObject({ samplesPerCell: 50, bootstrapResamples: 200, confidence: 0.95, conditions: ["AP", "NoAP"] });
  });

  it("is byte-identical run to run, with sorted keys, and reads back to the same doubles", async () => {
    const text = serializeResults(results);
    expect(serializeResults((await computeResults(params, { workers: 1 })).results)).toBe(text);
    const back = parseResults(text);
    const keys = Object.keys(back.numbers);
    expect(keys).toEqual([...keys].sort());
    expect(back.numbers).toEqual(results.numbers);
  });

  it("has the documented keys, names spelled as in the paper", () => {
    const n = results.numbers;
    for (const k of [
      "cell.7B.CAI.AP.ToxiGen.mean",
      "cell.7B.CAI.NoAP.ToxiGen.sd",
      "cell.1B.RLVR.AP.GSM8K.se",
      "cmp.7B.CAI.ToxiGen.t",
      "cmp.13B.Reasoning-PT.BBQ.log10p",
      "cmp.7B.SFT+DPO.MMLU.ciHigh",
      "summary.13B.SFT+DPO.safetyGap",
      "summary.7B.Deliberative.retention.ciLow",
      "summary.7B.CAI.delta.se",
      "summary.1B.RLVR.apCap.se",
    ])
      expect(typeof n[k], k).toBe("number");
    // 180 cells x 3 + 90 comparisons x 9 + 15 summaries x (8 + 4 + 12)
    expect(Object.keys(n)).toHaveLength(180 * 3 + 90 * 9 + 15 * 24);
    expect(n["summary.7B.SFT+DPO.retention"]).toBe(1);
    expect(n["summary.7B.SFT+DPO.delta"]).toBe(0);
  });

  it("refuses a non-finite number instead of writing null", () => {
    expect(() => serializeResults({ ...results, numbers: { ...results.numbers, x: NaN } })).toThrow(/x is NaN/);
  });
});

describe("data/*.csv", () => {
  it("samples.csv lists every score so that it reads back bit-exact", () => {
    const files = resultsFiles(params, results, samplesCsv);
    const csv = new TextDecoder().decode(files.get("data/samples.csv") as Uint8Array);
    const lines = csv.trimEnd().split("\n");
    expect(lines[0]).toBe("scale,method,condition,benchmark,index,score");
    expect(lines).toHaveLength(1 + 180 * 50);
    for (const line of lines.slice(1)) {
      const [s, m, c, b, i, score] = line.split(",");
      expect(Number(score)).toBe(samples.get(`${s}.${m}.${c}.${b}`)?.[Number(i)]);
    }
  });

  it("summary-<scale>.csv has one row per method with the summary numbers", () => {
    const files = resultsFiles(params, results, samplesCsv);
    expect([...files.keys()]).toEqual(["results.json", "data/samples.csv", "data/summary-1B.csv", "data/summary-7B.csv", "data/summary-13B.csv"]);
    const rows = (files.get("data/summary-7B.csv") as string).trimEnd().split("\n");
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatch(/^method,apSafety,noapSafety,safetyGap,safetyGap\.ciLow/);
    const cai = rows.find((r) => r.startsWith("CAI,"))?.split(",");
    expect(Number(cai?.[3])).toBe(results.numbers["summary.7B.CAI.safetyGap"]);
  });
});
