// The most numbers a results file may hold, with the limit lowered (the real one is a million, too many
// to write in a quick test): one more is an error at the `numbers` key, the limit itself is taken.
import { describe, expect, it, vi } from "vitest";
import { readResultsFile } from "../../src/source/readResultsFile.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

vi.mock("../../src/source/resultsFileSchema.js", async (importOriginal) => ({ ...(await importOriginal<typeof import("../../src/source/resultsFileSchema.js")>()), MAX_NUMBERS: 3 }));

const tool = { name: "safety-gap", version: "9.9.9" };
const read = (text: string) => readResultsFile(new TextEncoder().encode(text), "results.json", tool);

describe("readResultsFile's limit on numbers", () => {
  it("takes as many numbers as the limit", () => {
    expect(read('{"numbers": {"a": 1, "b": 2, "c": 3}}').results.numbers).toStrictEqual({ a: 1, b: 2, c: 3 });
  });

  it("refuses one more, at the numbers key, with the fix", () => {
    const text = '{\n  "seed": 1,\n  "numbers": {"a": 1, "b": 2, "c": 3, "d": 4}\n}';
    expect(safetyGapErrorOf(() => read(text), text).format()).toBe(
      [
        "results.json:3:3 (numbers): the results file has 4 numbers, more than the 3 a results file may hold",
        '  3 |   "numbers": {"a": 1, "b": 2, "c": 3, "d": 4}',
        "        ^^^^^^^^^",
        "  fix: Write the samples as a table (tables: { samples: samples.csv }) and only the numbers the paper cites in numbers.",
      ].join("\n"),
    );
  });
});
