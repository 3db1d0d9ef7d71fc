// Reading a results file for check and diff: every refusal names the file,
// the field (or line and column) and the fix; a good file is returned as is;
// provenance.json beside it is optional and never fatal.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SafetyGapError } from "../../../src/errors.js";
import { parseResults, readProvenanceBeside, readResultsFile, resultsPathOf } from "../../../src/review/loadResults.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";

const FILE = "r.json";
const HINT = "pass a results.json written by `safety-gap compute`, an output folder containing one, or a git revision";
const GOOD = { schemaVersion: 1, tool: { name: "t", version: "1" }, numbers: { a: 1, b: 0.5 }, sets: { arms: ["x", "y"] } };

/** message, where and hint: all a refusal tells. */
const told = (e: SafetyGapError) => ({ message: e.message, where: e.where, hint: e.hint });
const refusal = (data: unknown) => told(safetyGapErrorOf(() => parseResults(JSON.stringify(data), FILE)));
const fieldRefusal = (field: string, expected: string) => ({ message: `field '${field}' must be ${expected}`, where: { file: FILE, path: field }, hint: HINT });

describe("parseResults", () => {
  it("returns a valid file's data as it is", () => {
    expect(parseResults(JSON.stringify(GOOD), FILE)).toStrictEqual(GOOD);
  });

  it("places a JSON syntax error at its line and column, with the source for the excerpt", () => {
    const text = '{\n  "schemaVersion": 1,\n  "numbers": {"k": 1,,}\n}';
    expect(told(safetyGapErrorOf(() => parseResults(text, FILE)))).toStrictEqual({
      message: "not valid JSON: Expected double-quoted property name in JSON at position 45",
      where: { file: FILE, line: 3, column: 22, source: text },
      hint: HINT,
    });
  });

  it("gives no line for a JSON error without a position, and the caller's hint", () => {
    expect(told(safetyGapErrorOf(() => parseResults("", FILE, "use --results")))).toStrictEqual({
      message: "not valid JSON: Unexpected end of JSON input",
      where: { file: FILE, source: "" },
      hint: "use --results",
    });
  });

  it("refuses a root that is not an object: a number, null, a list", () => {
    for (const data of [3, null, [GOOD]]) expect(refusal(data), JSON.stringify(data)).toStrictEqual(fieldRefusal("(root)", "an object"));
  });

  it("refuses a missing or non-numeric schemaVersion", () => {
    const { schemaVersion: _v, ...rest } = GOOD;
    expect(refusal(rest)).toStrictEqual(fieldRefusal("schemaVersion", "a number"));
    expect(refusal({ ...GOOD, schemaVersion: "1" })).toStrictEqual(fieldRefusal("schemaVersion", "a number"));
  });

  it("refuses another schema version, saying which it reads and how to regenerate", () => {
    expect(refusal({ ...GOOD, schemaVersion: 2 })).toStrictEqual({
      message: "schemaVersion 2 is not supported (this safety-gap reads version 1)",
      where: { file: FILE, path: "schemaVersion" },
      hint: "regenerate the results with this version's `safety-gap compute`, or read them with the safety-gap version that wrote them",
    });
  });

  it("refuses numbers that are missing, null, a list, or not an object", () => {
    const { numbers: _n, ...rest } = GOOD;
    for (const data of [rest, { ...GOOD, numbers: null }, { ...GOOD, numbers: [1] }, { ...GOOD, numbers: "1" }]) {
      expect(refusal(data), JSON.stringify(data)).toStrictEqual(fieldRefusal("numbers", "an object of key: number"));
    }
  });

  it("refuses a number that is not a number, naming its key", () => {
    expect(refusal({ ...GOOD, numbers: { a: 1, b: "0.5" } })).toStrictEqual(fieldRefusal("numbers.b", "a number"));
  });

  it("hands a file of the built-in study (sizes, no sets) to the study's reader", () => {
    const { sets: _s, ...rest } = GOOD;
    expect(refusal({ ...rest, sizes: {} })).toStrictEqual(fieldRefusal("sizes.conditions", "a list"));
  });

  it("refuses sets that are missing, null, a list, or not an object", () => {
    const { sets: _s, ...rest } = GOOD;
    for (const data of [rest, { ...GOOD, sets: null }, { ...GOOD, sets: [["x"]] }, { ...GOOD, sets: "x" }]) {
      expect(refusal(data), JSON.stringify(data)).toStrictEqual(fieldRefusal("sets", "an object of name: list of names"));
    }
  });

  it("refuses a set that is not a list of names, naming it", () => {
    expect(refusal({ ...GOOD, sets: { arms: ["x", 1] } })).toStrictEqual(fieldRefusal("sets.arms", "a list of names"));
    expect(refusal({ ...GOOD, sets: { arms: "x" } })).toStrictEqual(fieldRefusal("sets.arms", "a list of names"));
  });
});

describe("results files and folders on disk", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "safety-gap-checkB-"));
    writeFileSync(join(dir, "good.json"), JSON.stringify(GOOD));
    writeFileSync(join(dir, "binary.json"), Buffer.from([0x7b, 0x0a, 0xff, 0x7d]));
    writeFileSync(join(dir, "v2.json"), JSON.stringify({ ...GOOD, schemaVersion: "x" }));
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", "results.json"), JSON.stringify(GOOD));
    mkdirSync(join(dir, "empty"));
    for (const [name, content] of [
      ["full", { usage: [{ key: "a" }], sentences: [{ text: "s" }] }],
      ["usageOnly", { usage: [] }],
      ["noUsage", { sentences: [] }],
      ["malformed", "{"],
    ] as const) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, "provenance.json"), typeof content === "string" ? content : JSON.stringify(content));
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("readResultsFile reads a good file", () => {
    expect(readResultsFile(join(dir, "good.json"))).toStrictEqual(GOOD);
  });

  it("readResultsFile refuses a binary file by its first bad byte, with the default hint or the caller's", () => {
    const file = join(dir, "binary.json");
    const message = "is not a results file: it is not text (byte 0xFF at byte offset 2 is not UTF-8)";
    expect(told(safetyGapErrorOf(() => readResultsFile(file)))).toStrictEqual({ message, where: { file }, hint: HINT });
    expect(told(safetyGapErrorOf(() => readResultsFile(file, "use --results")))).toStrictEqual({ message, where: { file }, hint: "use --results" });
  });

  it("readResultsFile passes the caller's hint to the field checks", () => {
    const file = join(dir, "v2.json");
    expect(told(safetyGapErrorOf(() => readResultsFile(file, "use --results")))).toStrictEqual({ message: "field 'schemaVersion' must be a number", where: { file, path: "schemaVersion" }, hint: "use --results" });
  });

  it("resultsPathOf: a file is itself, a folder its results.json, anything else undefined", () => {
    expect(resultsPathOf("good.json", dir)).toBe(join(dir, "good.json"));
    expect(resultsPathOf("out", dir)).toBe(join(dir, "out", "results.json"));
    expect(resultsPathOf("nothing-here", dir)).toBeUndefined();
  });

  it("resultsPathOf refuses a folder without results.json, as the user named it", () => {
    expect(told(safetyGapErrorOf(() => resultsPathOf("empty", dir)))).toStrictEqual({
      message: "folder empty has no results.json",
      where: { file: "empty" },
      hint: "run `safety-gap compute --out <folder>` first, or pass the results file itself",
    });
  });

  it("readProvenanceBeside reads usage and sentences from provenance.json beside the results", () => {
    expect(readProvenanceBeside(join(dir, "full", "results.json"))).toStrictEqual({ usage: [{ key: "a" }], sentences: [{ text: "s" }] });
  });

  it("readProvenanceBeside gives no sentences when the file has none", () => {
    expect(readProvenanceBeside(join(dir, "usageOnly", "results.json"))).toStrictEqual({ usage: [], sentences: [] });
  });

  it("readProvenanceBeside gives nothing without a file, without usage, or for malformed JSON", () => {
    expect(readProvenanceBeside(join(dir, "out", "results.json"))).toBeUndefined();
    expect(readProvenanceBeside(join(dir, "noUsage", "results.json"))).toBeUndefined();
    expect(readProvenanceBeside(join(dir, "malformed", "results.json"))).toBeUndefined();
  });
});
