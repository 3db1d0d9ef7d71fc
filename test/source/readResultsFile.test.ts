// A results file a command wrote -> the engine's results: normalized as CONTRACT.md §2 says, and every
// problem an error at the file's line and column with the field and the fix.
import { describe, expect, it } from "vitest";
import { readResultsFile } from "../../src/source/readResultsFile.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

const tool = { name: "safety-gap", version: "9.9.9" };
const read = (text: string) => readResultsFile(new TextEncoder().encode(text), "results.json", tool);
const errorOf = (text: string): string => safetyGapErrorOf(() => read(text), text).format();

describe("readResultsFile", () => {
  it("normalizes value, se, interval and provenance into numbers and about, keys sorted", () => {
    const r = read(
      '{"$schema": "x", "seed": 7, "sets": {"arms": ["t", "c"]}, "design": {"n": 10}, "numbers": {"b": 2, "a": {"value": 1.5, "se": 0.25, "interval": [1, 2], "n": 10, "unit": "pt", "formula": "2 * b", "inputs": ["b"], "meaning": "m"}}, "tables": {"samples": "data/s.csv"}}',
    );
    expect(r).toEqual({
      results: {
        schemaVersion: 1,
        tool,
        seed: 7,
        numbers: { a: 1.5, "a.ciHigh": 2, "a.ciLow": 1, "a.se": 0.25, b: 2 },
        sets: { arms: ["t", "c"] },
        design: { n: 10 },
        about: { a: { n: 10, unit: "pt", formula: "2 * b", inputs: ["b"], meaning: "m" } },
      },
      tables: { samples: "data/s.csv" },
    });
    expect(Object.keys(r.results.numbers)).toEqual(["a", "a.ciHigh", "a.ciLow", "a.se", "b"]);
  });

  it("takes a file with only numbers: no seed, no about, empty sets", () => {
    expect(read('{"numbers": {"x.y": -0.5}}').results).toEqual({ schemaVersion: 1, tool, numbers: { "x.y": -0.5 }, sets: {} });
  });

  it("reports JSON syntax at its line and column", () => {
    expect(errorOf('{\n  "numbers": {\n    "a": 1,\n  }\n}')).toBe(
      [
        "results.json:4:3: expected a property name in double quotes, found '}'",
        "  4 |   }",
        "        ^",
        "  fix: A results file is JSON (docs/results-file.md): check the command that wrote it.",
      ].join("\n"),
    );
  });

  it("names a misspelt field and the one it was meant to be", () => {
    expect(errorOf('{\n  "nubmers": {}\n}')).toBe(
      [
        "results.json:2:3 (nubmers): unknown field `nubmers`; allowed: `$schema`, `seed`, `sets`, `design`, `numbers`, `tables`",
        '  2 |   "nubmers": {}',
        "        ^^^^^^^^^",
        "  fix: did you mean `numbers`?",
      ].join("\n"),
    );
    expect(errorOf('{\n  "numbers": {\n    "a": { "value": 1, "sd": 2 }\n  }\n}').split("\n")[0]).toBe(
      "results.json:3:24 (numbers.a.sd): unknown field `sd` in `numbers.a`; allowed: `value`, `se`, `interval`, `n`, `unit`, `formula`, `inputs`, `meaning`",
    );
    expect(errorOf('{\n  "numbers": {\n    "a": { "value": 1, "sd": 2 }\n  }\n}').split("\n").at(-1)).toBe("  fix: did you mean `se`?");
  });

  it("refuses a key outside the key syntax, at the key", () => {
    expect(errorOf('{\n  "numbers": {\n    "a b": 1\n  }\n}')).toBe(
      [
        "results.json:3:5 (numbers.a b): key `a b` in `numbers` is not allowed: a key must be a results key: names of letters, digits, `_`, `+` and `-`, joined by dots (e.g. `effect.diff`)",
        '  3 |     "a b": 1',
        "          ^^^^^",
        "  fix: docs/results-file.md describes every field.",
      ].join("\n"),
    );
  });

  it("reports a wrong value inside a number's object at that value, with what is allowed", () => {
    expect(errorOf('{\n  "numbers": {\n    "a": { "value": 1, "se": -1 }\n  }\n}').split("\n").slice(0, 3)).toEqual([
      "results.json:3:30 (numbers.a.se): `numbers.a.se` must be a number >= 0 (its standard error: diff and check treat a change within K of them as noise), got -1",
      '  3 |     "a": { "value": 1, "se": -1 }',
      "                                   ^^",
    ]);
    expect(errorOf('{\n  "numbers": {\n    "a": { "value": 1, "se": "x" }\n  }\n}').split("\n")[0]).toBe("results.json:3:30 (numbers.a.se): `numbers.a.se` must be a number >= 0 (its standard error: diff and check treat a change within K of them as noise), got `x`");
    expect(errorOf('{\n  "numbers": {\n    "a": "1.5"\n  }\n}').split("\n")[0]).toBe(
      "results.json:3:10 (numbers.a): `numbers.a` must be a number, or an object with `value` and optional `se`, `interval`, `n`, `unit`, `formula`, `inputs`, `meaning`, got `1.5`",
    );
    expect(errorOf('{\n  "seed": 1\n}').split("\n")[0]).toBe("results.json:1:1: `numbers` is missing; it must be a mapping of results keys to numbers (every citable number)");
    expect(errorOf('{\n  "numbers": {},\n  "tables": { "s": "../x.csv" }\n}').split("\n")[0]).toBe(
      "results.json:3:20 (tables.s): `tables.s` must be a CSV file beside the results file (a relative path of plain names ending in `.csv`), got `../x.csv`",
    );
  });

  it("refuses a key given twice (as its own number and as another's se), a reversed interval and an unknown input", () => {
    expect(errorOf('{\n  "numbers": {\n    "a.se": 0.1,\n    "a": { "value": 1, "se": 0.2 }\n  }\n}')).toBe(
      [
        "results.json:3:5 (numbers.a.se): `a.se` is given twice: as a number and as the se of `a`",
        '  3 |     "a.se": 0.1,',
        "          ^^^^^^",
        "  fix: Give each number once: either the key with .se/.ciLow/.ciHigh, or `se` / `interval` in the object of its key.",
      ].join("\n"),
    );
    expect(errorOf('{\n  "numbers": {\n    "a": { "value": 1, "interval": [2, 1] }\n  }\n}').split("\n")[0]).toBe("results.json:3:36 (numbers.a.interval): the interval's low end 2 is above its high end 1");
    expect(errorOf('{\n  "numbers": {\n    "alpha": 1,\n    "a": { "value": 1, "inputs": ["alpah"] }\n  }\n}').split("\n")[0]).toBe(
      "results.json:4:35 (numbers.a.inputs[0]): `alpah` is not a key of numbers; did you mean `alpha`?",
    );
  });

  it("refuses bytes that are not UTF-8, at the bad byte, and cuts a huge value in the message", () => {
    const e = safetyGapErrorOf(() => readResultsFile(new Uint8Array([0x7b, 0xff, 0x7d]), "results.json", tool));
    expect(e.format().split("\n")[0]).toBe("results.json:1:2: the results file is not valid UTF-8: byte 0xFF at byte offset 1 cannot start or continue a character (shown as \uFFFD)");
    const huge = errorOf(`{"numbers": {"a": "${"x".repeat(100_000)}"}}`);
    expect(huge.length).toBeLessThan(2000);
    expect(huge.split("\n")[0]).toBe(`results.json:1:19 (numbers.a): \`numbers.a\` must be a number, or an object with \`value\` and optional \`se\`, \`interval\`, \`n\`, \`unit\`, \`formula\`, \`inputs\`, \`meaning\`, got \`${"x".repeat(60)}…\` (100,000 characters)`);
  });
  it("keeps a number's fields that are given and nothing else: no se, no about, no seed when absent", () => {
    const r = read('{"numbers": {"c": {"value": 3, "unit": "pt"}, "b": {"value": 2}, "a": {"value": 1, "n": 4}}}').results;
    expect(r).toStrictEqual({ schemaVersion: 1, tool, numbers: { a: 1, b: 2, c: 3 }, sets: {}, about: { a: { n: 4 }, c: { unit: "pt" } } });
    // Sorted, not in the file's order, so the same results give the same results.json.
    expect(Object.keys(r.about!)).toEqual(["a", "c"]);
  });

  it("takes an interval whose ends are equal", () => {
    expect(read('{"numbers": {"a": {"value": 1, "interval": [1, 1]}}}').results.numbers).toStrictEqual({ a: 1, "a.ciHigh": 1, "a.ciLow": 1 });
  });

  it("reports a key given twice at its plain number, whichever comes first, naming what the other is", () => {
    expect(errorOf('{\n  "numbers": {\n    "a": { "value": 1, "se": 0.2 },\n    "a.se": 0.1\n  }\n}').split("\n")[0]).toBe(
      "results.json:4:5 (numbers.a.se): `a.se` is given twice: as a number and as the se of `a`",
    );
    expect(errorOf('{\n  "numbers": {\n    "a.se": { "value": 2 },\n    "a": { "value": 1, "se": 0.1 }\n  }\n}').split("\n")[0]).toBe(
      "results.json:3:5 (numbers.a.se): `a.se` is given twice: as a number and as the se of `a`",
    );
    expect(errorOf('{\n  "numbers": {\n    "a": { "value": 1, "interval": [0, 2] },\n    "a.ciLow": 0\n  }\n}').split("\n")[0]).toBe(
      "results.json:4:5 (numbers.a.ciLow): `a.ciLow` is given twice: as a number and as the interval of `a`",
    );
    expect(errorOf('{\n  "numbers": {\n    "a": { "value": 1, "interval": [0, 2] },\n    "a.ciHigh": 2\n  }\n}').split("\n")[0]).toBe(
      "results.json:4:5 (numbers.a.ciHigh): `a.ciHigh` is given twice: as a number and as the interval of `a`",
    );
  });
});
