/** The numbers behind a table cell: given values, else the keys' values, else the printed numbers. */
import { describe, expect, it } from "vitest";
import { cellValues, printedNumbers } from "../../../src/site/cellValues.js";
import { tableResults } from "./tableFixture.js";

describe("printedNumbers", () => {
  it("reads integers, decimals, typographic minus signs and exponents of any sign and length", () => {
    expect(printedNumbers("3 and 12.25, 1.5e3 to 1e\u22123; 1e+2, 1E12 \u22122")).toEqual([3, 12.25, 1500, 0.001, 100, 1e12, -2]);
  });

  it("reads nothing from text without digits", () => {
    expect(printedNumbers("n/a")).toEqual([]);
  });
});

describe("cellValues", () => {
  it("prefers given values, then one value per key, then the printed numbers", () => {
    expect(cellValues({ text: "0.1235", keys: ["a.1B"], values: [9] }, tableResults())).toEqual([9]);
    expect(cellValues({ text: "[0.1000, 0.2000]", keys: ["lo.1B", "hi.1B"] }, tableResults())).toEqual([0.1, 0.2]);
    expect(cellValues({ text: "7 and 8", keys: ["b.1B", "missing.1B"] }, tableResults())).toEqual([7, 8]);
    expect(cellValues({ text: "0.1235", keys: ["a.1B", "b.1B"] }, tableResults())).toEqual([0.1235]);
  });
});
