// The report's rule table: the paper's declared relations first, then the rules.
import { describe, expect, it } from "vitest";
import { columnPrecision } from "../../../src/review/consistency/columnPrecision.js";
import { CONSISTENCY_RULES, rulesOf } from "../../../src/review/consistency/rules.js";
import type { Published } from "../../../src/review/published/types.js";

const at = { file: "paper.yaml", line: 1, column: 1 };
const p: Published = {
  file: "paper.yaml",
  design: {},
  numbers: [],
  statements: [],
  relations: [
    { id: "eq-1", title: "Eq. 1: Ratio = Gap / A's Gap", checks: [] },
    { id: "avg", title: "Avg is the mean of its row", checks: [{ bindings: [], value: { kind: "num", value: 1, pos: 0 }, equals: { kind: "num", value: 1, pos: 0 }, label: "one", at }] },
  ],
};

describe("rulesOf", () => {
  it("lists the declared relations' ids and titles, then the rules'", () => {
    expect(rulesOf(p, [columnPrecision])).toEqual([
      { id: "eq-1", title: "Eq. 1: Ratio = Gap / A's Gap" },
      { id: "avg", title: "Avg is the mean of its row" },
      { id: "column-precision", title: "Table cells are printed with the precision of the rest of their column" },
    ]);
  });

  it("lists every consistency rule by default", () => {
    expect(rulesOf(p).slice(2)).toEqual(CONSISTENCY_RULES.map((r) => ({ id: r.id, title: r.title })));
    expect(rulesOf(p)).toHaveLength(2 + CONSISTENCY_RULES.length);
  });
});
