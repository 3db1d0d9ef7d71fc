/** src/render's rendered tables, adapted for the supplement; values for the CSV. */
import { describe, expect, it } from "vitest";
import { fromRenderedTable } from "../../src/site/fromRenderedTable.js";
import { cellValues } from "../../src/site/cellValues.js";
import { renderTableCsv } from "../../src/site/tableCsv.js";
import { keyHrefs } from "../../src/site/keyIndex.js";
import type { SiteTable, SiteTableCell } from "../../src/site/types.js";
import { syntheticResults } from "./syntheticResults.js";

const r = syntheticResults();

describe("fromRenderedTable", () => {
  const k = (s: string): string => `cmp.1B.RLVR.ToxiGen.${s}`;
  const rows = [
    [
      { text: "RLVR", keys: [] },
      { text: r.numbers[k("diff")]!.toFixed(4), keys: [k("diff")] },
      { text: "\u22120.0123", keys: ["cmp.1B.RLVR.BBQ.diff", "cmp.1B.SFT+DPO.BBQ.diff"] },
      { text: `[${r.numbers[k("ciLow")]!.toFixed(4)}, ${r.numbers[k("ciHigh")]!.toFixed(4)}]`, keys: [k("ciLow"), k("ciHigh"), k("ciLow")] },
    ],
  ];
  const t = fromRenderedTable(
    { id: "tests", number: 4, caption: "Tests at {scale}.", stub: "Method", columns: [{ header: "Diff" }, { header: "Delta" }, { header: "95% CI" }] },
    { "1B": rows },
  );

  it("takes the first rendered cell as the row label and dedupes keys", () => {
    expect(t.byScale["1B"]![0]!.label).toBe("RLVR");
    expect(t.byScale["1B"]![0]!.cells[2]!.keys).toEqual([k("ciLow"), k("ciHigh")]);
  });

  it("uses full-precision key values when the cell prints one number per key, the printed number otherwise", () => {
    const [diff, delta, ci] = t.byScale["1B"]![0]!.cells;
    expect(cellValues(diff!, r)).toEqual([r.numbers[k("diff")]]);
    expect(cellValues(delta!, r)).toEqual([-0.0123]);
    expect(cellValues(ci!, r)).toEqual([r.numbers[k("ciLow")], r.numbers[k("ciHigh")]]);
  });

  it("writes a CSV with low/high columns for an interval", () => {
    const csv = renderTableCsv(t, "1B", r).split("\r\n");
    expect(csv[0]).toBe("method,scale,Diff,Delta,95% CI low,95% CI high");
    expect(csv[1]).toBe(`RLVR,1B,${r.numbers[k("diff")]},-0.0123,${r.numbers[k("ciLow")]},${r.numbers[k("ciHigh")]}`);
  });

  it("links a key to the row that shows it alone, never to a difference's row", () => {
    const href = keyHrefs([t]);
    expect(href(k("diff"))).toBe("tables.html#tests-1B-RLVR");
    expect(href(k("ciHigh"))).toBe("tables.html#tests-1B-RLVR");
    expect(href("cmp.1B.RLVR.BBQ.diff")).toBe("numbers.html#k-cmp.1B.RLVR.BBQ.diff");
  });

  it("links a number computed from several keys to the row of a cell computed from the same keys, in any order", () => {
    // Table A shows x alone; table B shows x - y in its row "R": the difference belongs to B's row, not to x's row in A.
    const cell = (text: string, keys: string[]): SiteTableCell => ({ text, keys });
    const a: SiteTable = { id: "a", number: 1, caption: "", stub: "m", columns: [{ header: "x" }], byScale: { "1B": [{ label: "R", cells: [cell("0.1000", ["x"])] }] } };
    const b: SiteTable = { id: "b", number: 2, caption: "", stub: "m", columns: [{ header: "x-y" }], byScale: { "1B": [{ label: "R", cells: [cell("0.0500", ["x", "y"])] }] } };
    const href = keyHrefs([a, b]);
    expect(href(["y", "x"])).toBe("tables.html#b-1B-R");
    expect(href(["x"])).toBe("tables.html#a-1B-R");
    // No cell is computed from exactly these keys: the row of the first.
    expect(href(["x", "z"])).toBe("tables.html#a-1B-R");
  });
});
