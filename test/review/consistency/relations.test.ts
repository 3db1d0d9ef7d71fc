// The relations published.yaml declares, evaluated on a small hand-made
// paper: each finding's rule, severity, place, message and ids, and which
// path (one printed number, or an interval with a tolerance) reports it.
import { describe, expect, it } from "vitest";
import { evaluateRelations } from "../../../src/review/consistency/relations.js";
import { parsePublished } from "../../../src/review/published/loadPublished.js";
import type { Published } from "../../../src/review/published/types.js";

/** Table 1 prints a gap and a ratio for rows A and B; the text quotes A's gap with 2 decimals. */
const paper = (checks: string): Published =>
  parsePublished(
    `design:
  rows: [A, B]
tables:
  - id: t1
    where: Table 1
    columns:
      - { id: gap, name: Gap, key: "s.{row}.gap" }
      - { id: ratio, name: Ratio, key: "s.{row}.ratio" }
    rows:
      A: [0.2000, 1.00]
      B: [0.1500, 0.80]
text:
  - { id: s1.gapA, where: Section 1, quote: "a gap of 0.20", value: 0.20, key: s.A.gap }
statements: []
relations:
  - id: rel
    title: "Eq. 1: Ratio = Gap / A's Gap"
    checks:
${checks}`,
    "paper.yaml",
  );

const at = (line: number, column: number) => ({ file: "paper.yaml", line, column });
const CELL_B_RATIO = at(11, 19);
const CHECK = at(19, 9);
const CELL_A_GAP = at(10, 11);

const RATIO_OF_GAPS = `      - for: m in rows
        value: "\`t1.{m}.ratio\`"
        equals: "\`s.{m}.gap\` / \`s.A.gap\`"
        label: Gap / A's Gap`;

describe("evaluateRelations", () => {
  it("compares one printed number with what the relation implies, shows the numbers read by key as the table prints them, and lists their ids", () => {
    expect(evaluateRelations(paper(RATIO_OF_GAPS))).toEqual([
      {
        rule: "rel",
        severity: "inconsistent",
        where: "Table 1, row B, column Ratio",
        message: "Table 1, row B, column Ratio prints 0.80 but Gap / A's Gap (0.1500 / 0.2000) = 0.7500",
        ids: ["t1.B.ratio", "t1.B.gap", "t1.A.gap"],
        at: CELL_B_RATIO,
      },
    ]);
  });

  it("resolves a key to the table's number even when the text's comes first in the list", () => {
    const p = paper(RATIO_OF_GAPS);
    const reordered = { ...p, numbers: [...p.numbers.filter((n) => n.origin === "text"), ...p.numbers.filter((n) => n.origin === "table")] };
    expect(evaluateRelations(reordered).map((f) => [f.message, f.ids])).toEqual([
      ["Table 1, row B, column Ratio prints 0.80 but Gap / A's Gap (0.1500 / 0.2000) = 0.7500", ["t1.B.ratio", "t1.B.gap", "t1.A.gap"]],
    ]);
  });

  it("reads a text number by its id", () => {
    const p = paper(`      - value: "\`t1.A.ratio\`"
        equals: "\`s1.gapA\` / 0.4"
        label: the quoted gap / 0.4`);
    expect(evaluateRelations(p)).toEqual([
      {
        rule: "rel",
        severity: "inconsistent",
        where: "Table 1, row A, column Ratio",
        message: "Table 1, row A, column Ratio prints 1.00 but the quoted gap / 0.4 (0.20 / 0.4) = 0.5000",
        ids: ["t1.A.ratio", "s1.gapA"],
        at: at(10, 19),
      },
    ]);
  });

  it("lists the printed number once when the relation reads it too", () => {
    const p = paper(`      - value: "\`t1.A.ratio\`"
        equals: "\`t1.A.ratio\` - \`t1.B.gap\`"
        label: Ratio - B's Gap`);
    expect(evaluateRelations(p).map((f) => [f.message, f.ids])).toEqual([["Table 1, row A, column Ratio prints 1.00 but Ratio - B's Gap (1.00 - 0.1500) = 0.8500", ["t1.A.ratio", "t1.B.gap"]]]);
  });

  it("shows every number a pattern reads, comma-separated", () => {
    const p = paper(`      - value: "\`t1.A.ratio\`"
        equals: "mean(\`t1.*.gap\`)"
        label: the mean gap`);
    expect(evaluateRelations(p).map((f) => f.message)).toEqual(["Table 1, row A, column Ratio prints 1.00 but the mean gap (mean(0.2000, 0.1500)) = 0.1750"]);
  });

  it("widens a printed number by `within`, and names the row (not the column) and the allowance when still apart", () => {
    const check = (within: string) => `      - value: "\`t1.B.ratio\`"
        equals: "\`t1.B.gap\` / \`t1.A.gap\`"
        label: Gap / A's Gap
        within: "${within}"`;
    expect(evaluateRelations(paper(check("0.01")))).toEqual([
      {
        rule: "rel",
        severity: "inconsistent",
        where: "Table 1, row B",
        message: "Table 1, row B, column Ratio prints 0.80 but Gap / A's Gap (0.1500 / 0.2000) = 0.75000, beyond rounding and the allowed 0.01000",
        ids: ["t1.B.ratio", "t1.B.gap", "t1.A.gap"],
        at: CELL_B_RATIO,
      },
    ]);
    expect(evaluateRelations(paper(check("0.05")))).toEqual([]);
  });

  it("reports an expression that is not one printed number by its label and value, without an allowance when none is given", () => {
    const p = paper(`      - value: "(\`t1.A.gap\` + \`s.B.gap\`) / 2"
        equals: "\`t1.B.ratio\` / 4"
        label: B's Ratio / 4
      - value: "\`t1.A.gap\` - \`t1.B.gap\`"
        valueLabel: the gap difference
        equals: "\`t1.B.ratio\`"
        label: B's Ratio`);
    expect(evaluateRelations(p)).toEqual([
      {
        rule: "rel",
        severity: "inconsistent",
        where: "Table 1, row A",
        message: "Table 1, row A: the value ((0.2000 + 0.1500) / 2) = 0.17500 but B's Ratio / 4 (0.80 / 4) = 0.20000",
        ids: ["t1.A.gap", "t1.B.gap", "t1.B.ratio"],
        at: CELL_A_GAP,
      },
      {
        rule: "rel",
        severity: "inconsistent",
        where: "Table 1, row A",
        message: "Table 1, row A: the gap difference (0.2000 - 0.1500) = 0.05000 but B's Ratio (0.80) = 0.80000",
        ids: ["t1.A.gap", "t1.B.gap", "t1.B.ratio"],
        at: CELL_A_GAP,
      },
    ]);
  });

  it("reports a value that reads no printed number under the relation's title, at the check", () => {
    const p = paper(`      - value: "1"
        equals: "\`t1.B.ratio\`"
        label: B's Ratio`);
    expect(evaluateRelations(p)).toEqual([
      { rule: "rel", severity: "inconsistent", where: "Eq. 1: Ratio = Gap / A's Gap", message: "Eq. 1: Ratio = Gap / A's Gap: the value (1) = 1.00000 but B's Ratio (0.80) = 0.80000", ids: ["t1.B.ratio"], at: CHECK },
    ]);
  });

  it("skips an instance that lacks its numbers, and reports the check when no instance could be evaluated", () => {
    const partly = paper(`      - for: 'm in ["A", "C"]'
        value: "\`t1.{m}.ratio\`"
        equals: "\`t1.{m}.gap\` / \`t1.A.gap\`"
        label: Gap / A's Gap`);
    expect(evaluateRelations(partly)).toEqual([]);
    const none = paper(`      - for: 'm in ["C", "D"]'
        value: "\`t1.{m}.ratio\`"
        equals: "\`t1.{m}.gap\` / \`t1.A.gap\`"
        label: Gap / A's Gap`);
    expect(evaluateRelations(none)).toEqual([
      {
        rule: "rel",
        severity: "inconsistent",
        where: "Eq. 1: Ratio = Gap / A's Gap",
        message: "relation 'rel' could not be evaluated for any instance (no number named 't1.D.ratio'; did you mean 't1.A.ratio'?): check its keys and sets",
        ids: [],
        at: CHECK,
      },
    ]);
  });

  it("reports nothing for a check with no instances (every member excepted)", () => {
    const p = paper(`      - for: 'm in rows except ["A", "B"]'
        value: "\`t1.{m}.ratio\`"
        equals: "2"
        label: two`);
    expect(evaluateRelations(p)).toEqual([]);
  });

  it("reports a check whose instances cannot be listed (an unknown set)", () => {
    const p = paper(`      - for: m in columns
        value: "\`t1.{m}.ratio\`"
        equals: "2"
        label: two`);
    expect(evaluateRelations(p)).toEqual([
      { rule: "rel", severity: "inconsistent", where: "Eq. 1: Ratio = Gap / A's Gap", message: "relation 'rel' could not be evaluated for any instance (unknown set 'columns' (known: rows)): check its keys and sets", ids: [], at: CHECK },
    ]);
  });

  it("lets an internal error through instead of reporting it as a relation that could not be evaluated", () => {
    // A design whose sets cannot be read stands for a bug, not for a mistake in published.yaml.
    const broken = (checks: string): Published => {
      const p = paper(checks);
      const design = new Proxy(p.design, {
        getOwnPropertyDescriptor: () => {
          throw new TypeError("design unreadable");
        },
      });
      return { ...p, design };
    };
    expect(() => evaluateRelations(broken(RATIO_OF_GAPS))).toThrow(new TypeError("design unreadable"));
    const noBindings = `      - value: "\`t1.A.ratio\`"
        equals: "mean(\`t1.$rows.gap\`)"
        label: the mean gap`;
    expect(() => evaluateRelations(broken(noBindings))).toThrow(new TypeError("design unreadable"));
  });
});
