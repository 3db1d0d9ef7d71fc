// A command source's results as out/results.json: the same results give the same bytes, whatever order
// their numbers came in, with a field the results lack left out rather than written as null.
import { describe, expect, it } from "vitest";
import type { Results } from "../../src/results/types.js";
import { serializeSourceResults } from "../../src/source/serializeSourceResults.js";

const tool = { version: "9.9.9", name: "safety-gap" };

describe("serializeSourceResults", () => {
  it("writes the fields in a fixed order and the numbers sorted by key", () => {
    const r: Results = {
      numbers: { b: 2, "a.se": 0.5, a: 1.25 },
      tables: { s: "data/s.csv" },
      about: { a: { n: 3 } },
      design: { arms: 2 },
      sets: { arms: ["t", "c"] },
      paramsHash: "h",
      seed: 7,
      tool,
      schemaVersion: 1,
    };
    expect(serializeSourceResults(r)).toBe(
      '{\n "schemaVersion": 1,\n "tool": {\n  "name": "safety-gap",\n  "version": "9.9.9"\n },\n "seed": 7,\n "paramsHash": "h",\n "sets": {\n  "arms": [\n   "t",\n   "c"\n  ]\n },\n "design": {\n  "arms": 2\n },\n "about": {\n  "a": {\n   "n": 3\n  }\n },\n "tables": {\n  "s": "data/s.csv"\n },\n "numbers": {\n  "a": 1.25,\n  "a.se": 0.5,\n  "b": 2\n }\n}\n',
    );
  });

  it("leaves out the optional fields the results lack", () => {
    expect(serializeSourceResults({ schemaVersion: 1, tool, sets: {}, numbers: { x: -0.1 } })).toBe('{\n "schemaVersion": 1,\n "tool": {\n  "name": "safety-gap",\n  "version": "9.9.9"\n },\n "sets": {},\n "numbers": {\n  "x": -0.1\n }\n}\n');
  });
});
