/** Small tables.yaml files at every scale, and captions from the paper's Markdown. */
import { describe, expect, it } from "vitest";
import { reportTables, tableCaptions } from "../../../src/site/reportTables.js";
import { syntheticResults } from "../syntheticResults.js";

const YAML = `first:
  scale: 7B
  rows: $methods
  stub: Method
  columns:
    - { group: Safety, header: "Cohen's *d*", key: "summary.{scale}.{row}.apSafety", format: f4 }
second:
  rows: $methods
  stub: M
  columns:
    - { header: Gap, key: "summary.{scale}.{row}.safetyGap", format: f4 }
`;

describe("reportTables", () => {
  const r = syntheticResults();
  const [first, second] = reportTables(YAML, "tables.yaml", r, { first: "Given at {scale}." });

  it("numbers the tables in file order, takes the given caption or names the table, and keeps the paper's scale", () => {
    expect([first!.id, first!.number, first!.caption, first!.stub, first!.paperScale]).toEqual(["table1", 1, "Given at {scale}.", "Method", "7B"]);
    expect(second).toMatchObject({ id: "table2", number: 2, caption: "second at {scale} scale.", stub: "M" });
    expect(second).not.toHaveProperty("paperScale");
  });

  it("prints Markdown headers as text and keeps column groups", () => {
    expect(first!.columns).toStrictEqual([{ header: "Cohen's d", group: "Safety" }]);
    expect(second!.columns).toStrictEqual([{ header: "Gap" }]);
  });

  it("renders each table at every scale of the results, with each cell's key", () => {
    expect(Object.keys(first!.byScale)).toEqual(["1B", "7B", "13B"]);
    const method = r.sizes.methods[0]!;
    const key = `summary.1B.${method}.apSafety`;
    expect(first!.byScale["1B"]![0]).toStrictEqual({ label: method, cells: [{ text: r.numbers[key]!.toFixed(4), keys: [key], values: [r.numbers[key]] }] });
  });

  it("has no scale when the results name none", () => {
    const { scales: _scales, ...sets } = r.sets;
    const noScales = { ...r, sets };
    expect(reportTables(YAML, "tables.yaml", noScales).map((t) => t.byScale)).toEqual([{}, {}]);
  });
});

describe("tableCaptions", () => {
  it("reads each ::: table directive's caption, trimmed, with the scale as {scale} and no emphasis", () => {
    const md = [
      ":::table tbl:ab-c scale=13B\n  Gap *at* {{{scale}}} and {{  {scale}  }}.  \n:::",
      "::: table  tbl:xy\nTwo words\nand a line\n:::\nnot ::: table tbl:mid\nNo\n:::",
    ];
    expect(tableCaptions(md)).toStrictEqual({ "ab-c": "Gap at {scale} and {scale}.", xy: "Two words\nand a line" });
  });
});
