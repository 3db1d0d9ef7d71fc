// Rows from the binding block: name lists and parameters as selectors, and
// what stops a dataset before it reaches a figure.
import { describe, expect, it } from "vitest";
import { bindFigure } from "../../../src/render/figures/bindFigure.js";
import type { BindOptions } from "../../../src/render/figures/bindFigure.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";
import { syntheticResults } from "./syntheticResults.js";

const results = syntheticResults();

const spec = (forClause: object): string =>
  JSON.stringify({
    usermeta: { results: { title: "T", params: { scale: "7B" }, datasets: { rows: [{ for: forClause, fields: { retention: "summary.{scale}.{method}.retention" } }] } } },
    data: { name: "rows" },
    mark: "bar",
    encoding: { x: { field: "method", type: "nominal" }, y: { field: "retention", type: "quantitative" } },
  });

type Rows = { datasets: { rows: Record<string, unknown>[] } };
const rows = (forClause: object, r = results, opts: BindOptions = {}): Record<string, unknown>[] => (bindFigure(spec(forClause), "f.vl.json", r, opts) as unknown as Rows).datasets.rows;

describe("expandRows", () => {
  it("takes a list of names in the order written", () => {
    expect(rows({ method: ["CAI", "RLVR"] })).toEqual([
      { method: "CAI", retention: results.numbers["summary.7B.CAI.retention"] },
      { method: "RLVR", retention: results.numbers["summary.7B.RLVR.retention"] },
    ]);
  });

  it("resolves a parameter used as a name, at the rebound scale too", () => {
    expect(rows({ scale: "{scale}", method: ["CAI"] })).toEqual([{ scale: "7B", method: "CAI", retention: results.numbers["summary.7B.CAI.retention"] }]);
    expect(rows({ scale: "{scale}", method: ["CAI"] }, results, { scale: "13B" })).toEqual([{ scale: "13B", method: "CAI", retention: results.numbers["summary.13B.CAI.retention"] }]);
  });

  it("refuses a row group that selects nothing", () => {
    const e = safetyGapErrorOf(() => rows({ method: { in: "$advancedMethods", except: ["RLVR", "Reasoning-PT", "Deliberative", "CAI"] } }));
    expect(e.message).toBe('row group of dataset "rows" selects no rows');
    expect(e.where?.path).toBe("/usermeta/results/datasets/rows/0");
    expect(e.hint).toBe('loosen the selectors in "for" (an "except" that removes everything?)');
  });

  it("refuses a number that cannot be plotted", () => {
    const broken = { ...results, numbers: { ...results.numbers, "summary.7B.CAI.retention": Number.NaN } };
    const e = safetyGapErrorOf(() => rows({ method: ["CAI"] }, broken));
    expect(e.message).toBe('results number "summary.7B.CAI.retention" is NaN, which cannot be plotted');
    expect(e.where?.path).toBe("/usermeta/results/datasets/rows/0/fields/retention");
  });
});
