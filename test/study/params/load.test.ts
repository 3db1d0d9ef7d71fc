import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { SafetyGapError } from "../../../src/errors.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";
import { loadParams, parseParams } from "../../../src/study/params/load.js";
import { paramsSchema } from "../../../src/study/params/schema.js";

const FILE = "report/model.yaml";
const source = readFileSync(FILE, "utf8");

/** The SafetyGapError thrown for `source` with `from` replaced by `to`. */
function errorFor(from: string | RegExp, to: string): SafetyGapError {
  const edited = source.replace(from, to);
  expect(edited, `edit ${String(from)} must apply`).not.toBe(source);
  return safetyGapErrorOf(() => parseParams(edited, FILE), `${String(from)} -> ${to}`);
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
    expect(e.message).toBe("`seed` must be an integer from 0 to 2^53 - 1 = 9007199254740991, got `forty-two`");
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
    expect(errorFor("BBQ: safety", "BBQ: fairness").message).toBe("`benchmarks.BBQ` must be `safety` or `capability`, got `fairness`");
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
    expect(e.message).toBe("YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]");
    expect(e.where?.line).toBeGreaterThan(0);
  });

  it("a missing file", () => {
    const e = safetyGapErrorOf(() => loadParams("no/such/model.yaml"));
    expect([e.message, e.where, e.hint]).toEqual([
      "cannot read the parameter file: it does not exist (ENOENT)",
      { file: "no/such/model.yaml" },
      "Create it, or pass --report with the folder that holds it (docs/model.md describes it).",
    ]);
  });
});

describe("messages about the file as a whole name it and say what to do", () => {
  /** The SafetyGapError parseParams throws for `text`. */
  const errorOf = (text: string): SafetyGapError => safetyGapErrorOf(() => parseParams(text, FILE));

  it("an empty or comment-only file says it is empty (was: '`` must be a mapping, got nothing')", () => {
    for (const text of ["", "\n\n", "# all parameters commented out\n# seed: 42\n"]) {
      const e = errorOf(text);
      expect(e.message).toBe("the parameter file is empty: it holds only comments or blank lines");
      expect(e.where?.file).toBe(FILE);
      expect(e.format()).toMatch(/^report\/model\.yaml(:1:1)?: the parameter file is empty/);
      expect(e.hint).toMatch(/docs\/model\.md/);
    }
  });

  it("a file that is not a mapping says what it is", () => {
    expect(errorOf("- seed\n- 42\n").message).toBe("the parameter file must be a mapping of fields (`seed: 42`, `samplesPerCell: 500`, ...), got a list");
  });

  it("an unclosed quote is reported where it opens, not at the end of the file", () => {
    const e = errorFor(/^seed: 42/m, 'seed: "42');
    expect(e.message).toBe('YAML syntax error: the quote " opened here is never closed');
    expect(e.where).toMatchObject({ file: FILE, line: lineOf(source, "seed: 42"), column: 7 });
    expect(errorFor("treated: AP", "treated: 'AP").where).toMatchObject({ line: lineOf(source, "treated: AP"), column: 12 });
  });

  it("binary, set, ordered-map and date values are named as such (was: 'got a mapping')", () => {
    expect(errorFor(/^seed: 42/m, "seed: !!binary aGVsbG8=").message).toBe("`seed` must be an integer from 0 to 2^53 - 1 = 9007199254740991, got binary data (!!binary)");
    expect(errorFor(/^seed: 42/m, "seed: !!timestamp 2001-12-14").message).toMatch(/got a date \(!!timestamp\)$/);
    expect(errorFor(/^seed: 42/m, "seed: !!set { a, b }").message).toMatch(/got a set \(!!set\)$/);
    expect(errorFor(/^noise:\n.*\n.*\n {2}sd: 0\.0147/m, "noise: !!omap [ { sd: 0.0147 } ]").message).toBe("`noise` must be a mapping with sd, got an ordered map (!!omap)");
  });

  it("an unknown tag is an error at the tag (was: the tagged value read as text)", () => {
    const e = errorFor(/^seed: 42/m, "seed: !int 42");
    expect(e.message).toBe("unknown YAML tag `!int`");
    expect(e.where).toMatchObject({ line: lineOf(source, "seed: 42"), column: 7 });
    expect(e.hint).toMatch(/Remove the tag/);
  });

  it("a second YAML document is our message, not the library's advice to call YAML.parseAllDocuments()", () => {
    const e = errorOf(`${source}---\nseed: 7\n`);
    expect(e.message).toBe("the parameter file holds more than one YAML document: a second one starts here");
    expect(e.message).not.toMatch(/parseAllDocuments/);
    expect(e.where?.line).toBe(source.split("\n").length);
    expect(e.hint).toMatch(/Keep one document/);
  });

  it("a list used as a key is refused at the key, with no library warning (it advised 'Set mapAsMap: true')", () => {
    const warn = vi.spyOn(process, "emitWarning");
    try {
      const e = errorOf(`? [a, b]\n: 1\n${source}`);
      expect(e.message).toBe("YAML syntax error: this key is a list or a mapping, and every key here is a name");
      expect(e.where).toMatchObject({ line: 1, column: 3, length: 6 });
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it("a file that cannot be read says why: a symbolic link loop, a folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "safety-gap-read-"));
    symlinkSync(join(dir, "model.yaml"), join(dir, "model.yaml"));
    const loop = safetyGapErrorOf(() => loadParams(join(dir, "model.yaml"), dir));
    expect(loop).toBeInstanceOf(SafetyGapError);
    expect(loop.message).toBe("cannot read the parameter file: it is a symbolic link that leads back to itself (ELOOP)");
    expect(loop.where?.file).toBe("model.yaml");
    expect(loop.hint).toMatch(/symbolic link/);
    mkdirSync(join(dir, "sub", "model.yaml"), { recursive: true });
    expect(() => loadParams(join(dir, "sub", "model.yaml"), dir)).toThrow("cannot read the parameter file: it is a folder (EISDIR)");
    expect(() => loadParams(join(dir, "none.yaml"), dir)).toThrow("cannot read the parameter file: it does not exist (ENOENT)");
  });
});
