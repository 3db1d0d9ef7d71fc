import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../src/errors.js";
import { loadParams, parseParams } from "../../src/params/load.js";
import { paramsSchema } from "../../src/params/schema.js";

const FILE = "report/model.yaml";
const source = readFileSync(FILE, "utf8");

/** The SafetyGapError thrown for `source` with `from` replaced by `to`. */
function errorFor(from: string | RegExp, to: string): SafetyGapError {
  const edited = source.replace(from, to);
  expect(edited, `edit ${String(from)} must apply`).not.toBe(source);
  try {
    parseParams(edited, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(SafetyGapError);
    return e as SafetyGapError;
  }
  throw new Error(`no error for ${String(from)} -> ${to}`);
}

/** 1-based line of the first occurrence of `text` in the edited source. */
const lineOf = (edited: string, text: string): number => edited.slice(0, edited.indexOf(text)).split("\n").length;

describe("loadParams(report/model.yaml)", () => {
  const { params, hash } = loadParams(FILE);

  it("reads the paper's design: sizes, names and kinds all from the file", () => {
    expect(params.seed).toBe(42);
    expect(params.samplesPerCell).toBe(500);
    expect(params.bootstrap).toEqual({ resamples: 10000, confidence: 0.95 });
    expect(params.conditions).toEqual({ treated: "AP", control: "NoAP" });
    expect(params.methods).toEqual(["SFT+DPO", "RLVR", "Reasoning-PT", "Deliberative", "CAI"]);
    expect(params.baselineMethod).toBe("SFT+DPO");
    expect(params.scales).toEqual(["1B", "7B", "13B"]);
    expect(params.benchmarks.map((b) => `${b.name}:${b.kind}`)).toEqual([
      "ToxiGen:safety",
      "TruthfulQA:safety",
      "BBQ:safety",
      "MMLU:capability",
      "HumanEval:capability",
      "GSM8K:capability",
    ]);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("normalizes: the baseline method gets lift 0 and retention 1, omitted capability retentions 1", () => {
    expect(params.methodEffects["SFT+DPO"]?.lift.ToxiGen).toBe(0);
    expect(params.methodEffects["SFT+DPO"]?.retention.MMLU).toBe(1);
    expect(params.methodEffects.RLVR?.retention.MMLU).toBe(1);
    expect(params.methodEffects.RLVR?.retention.ToxiGen).toBeCloseTo(0.79687, 12);
  });

  it("has a description for every schema field (docs are generated from it)", () => {
    for (const spec of Object.values(paramsSchema)) expect(spec.description.length).toBeGreaterThan(10);
  });
});

describe("parameter errors name file:line:column, the field path, what is allowed", () => {
  it("n <= 0", () => {
    const e = errorFor(/^samplesPerCell: 500/m, "samplesPerCell: 0");
    expect(e.message).toBe("`samplesPerCell` must be an integer >= 2, with n × cells <= 10,000,000, got 0");
    expect(e.where).toMatchObject({ file: FILE, line: lineOf(source, "samplesPerCell:"), column: 17, path: "samplesPerCell" });
    expect(e.format()).toMatch(/^report\/model\.yaml:\d+:17 \(samplesPerCell\): /);
  });

  it("wrong type", () => {
    const e = errorFor(/^seed: 42/m, "seed: forty-two");
    expect(e.message).toBe('`seed` must be an integer from 0 to 2^53 - 1 = 9007199254740991, got the text "forty-two"');
    expect(e.where?.path).toBe("seed");
  });

  it("a probability outside [0, 1]", () => {
    const e = errorFor("MMLU: 0.6200", "MMLU: 1.6200");
    expect(e.message).toBe("`baseline.7B.MMLU` must be a number in [0, 1], got 1.62");
    expect(e.where?.line).toBe(lineOf(source, "MMLU: 0.6200"));
  });

  it("confidence must be strictly inside (0, 1)", () => {
    expect(errorFor("confidence: 0.95", "confidence: 1").message).toBe("`bootstrap.confidence` must be a number strictly between 0 and 1, got 1");
  });

  it("a missing benchmark", () => {
    const e = errorFor("BBQ: 0.5514, ", "");
    expect(e.message).toBe("benchmark `BBQ` is missing from `baseline.7B`; every benchmark needs a value");
    expect(e.where?.path).toBe("baseline.7B");
  });

  it("an unknown method, with the closest valid name", () => {
    const e = errorFor("  Deliberative:\n    lift", "  Deliberate:\n    lift");
    expect(e.message).toBe("unknown method `Deliberate`; allowed: `SFT+DPO`, `RLVR`, `Reasoning-PT`, `Deliberative`, `CAI`");
    expect(e.hint).toBe("did you mean `Deliberative`?");
    expect(e.where).toMatchObject({ path: "methodEffects.Deliberate", column: 3, length: "Deliberate".length });
  });

  it("an unknown benchmark, with the closest valid name", () => {
    const e = errorFor("GSM8K: 0.0095", "GSM8k: 0.0095");
    expect(e.message).toMatch(/^unknown benchmark `GSM8k`; allowed: /);
    expect(e.hint).toBe("did you mean `GSM8K`?");
    expect(e.where?.path).toBe("methodEffects.CAI.lift.GSM8k");
  });

  it("an unknown scale, with the closest valid name", () => {
    const e = errorFor(/^ {2}13B: \{ ToxiGen: 0.6400/m, "  13b: { ToxiGen: 0.6400");
    expect(e.message).toBe("unknown scale `13b`; allowed: `1B`, `7B`, `13B`");
    expect(e.hint).toBe("did you mean `13B`?");
  });

  it("an unknown baseline method", () => {
    const e = errorFor("baselineMethod: SFT+DPO", "baselineMethod: SFT-DPO");
    expect(e.message).toMatch(/^unknown method `SFT-DPO`/);
    expect(e.hint).toBe("did you mean `SFT+DPO`?");
  });

  it("an unknown top-level field", () => {
    const e = errorFor(/^seed: 42/m, "sead: 42");
    expect(e.message).toMatch(/^unknown field `sead`; allowed: `seed`/);
    expect(e.hint).toBe("did you mean `seed`?");
  });

  it("an unknown benchmark kind", () => {
    expect(errorFor("BBQ: safety", "BBQ: fairness").message).toBe('`benchmarks.BBQ` must be `safety` or `capability`, got the text "fairness"');
  });

  it("duplicate names", () => {
    expect(errorFor("scales: [1B, 7B, 13B]", "scales: [1B, 7B, 7B]").message).toBe("`scales` lists `7B` twice; names must be distinct");
  });

  it("two names with the same CRC-32 (they would share a random stream)", () => {
    // "plumless" and "buckeroo" are a known CRC-32 collision.
    const e = errorFor("scales: [1B, 7B, 13B]", "scales: [1B, 7B, 13B, plumless, buckeroo]");
    expect(e.message).toBe("`scales`: `plumless` and `buckeroo` have the same CRC-32, so they would share a random stream");
    expect(e.where?.path).toBe("scales.4");
  });

  it("the baseline method must not have effects", () => {
    expect(errorFor("methodEffects:\n", "methodEffects:\n  SFT+DPO: { lift: {} }\n").message).toMatch(/baseline method has lift 0 and retention 1/);
  });

  it("a cell mean outside [0, 1]", () => {
    expect(errorFor("ToxiGen: 0.1250", "ToxiGen: 0.9250").message).toMatch(/^the mean score of 1B\/CAI\/AP\/ToxiGen is 1\.\d+, outside \[0, 1\]/);
  });

  it("YAML syntax", () => {
    const e = errorFor("sd: 0.0147", "sd: [0.0147");
    expect(e.message).toMatch(/^not valid YAML: /);
    expect(e.where?.line).toBeGreaterThan(0);
  });

  it("a missing file", () => {
    expect(() => loadParams("no/such/model.yaml")).toThrow(SafetyGapError);
  });
});
