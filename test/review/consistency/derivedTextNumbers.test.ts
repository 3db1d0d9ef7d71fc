// derived-text-numbers: a text number given by a formula must follow from
// the printed numbers the formula reads (by id or by results key).
import { describe, expect, it } from "vitest";
import type { Expr } from "../../../src/lang/ast.js";
import { derivedTextNumbers } from "../../../src/review/consistency/derivedTextNumbers.js";
import type { Published } from "../../../src/review/published/types.js";
import { small } from "./smallPublished.js";

const TABLE = `
tables:
  - id: t
    where: Table 1
    columns:
      - { id: a, name: A, key: "k.{row}.a" }
      - { id: b, name: B, key: "k.{row}.b" }
      - { id: c, name: C, key: "k.{row}.c" }
      - { id: d, name: D, formula: "\`k.{row}.a\` - \`k.{row}.b\`" }
    rows:
      X: [0.50, 0.20, 0.90, 0.45]
`;

const run = (p: Published) => derivedTextNumbers.run(p);

describe("derived-text-numbers", () => {
  it("reports a text number its formula contradicts, with the formula's value on the printed digits and the numbers it read", () => {
    const p = small(`${TABLE}
text:
  - { id: s.a, where: Section 1, quote: "A is 0.50", value: 0.50, key: k.X.a }
  - { id: s.byKey, where: Section 2, quote: "A - B is 0.40", value: 0.40, formula: "\`k.X.a\` - \`k.X.b\`" }
  - { id: s.byId, where: Section 3, quote: "B - A is 0.10", value: 0.10, formula: "\`t.X.b\` - \`t.X.a\`" }
`);
    expect(run(p)).toEqual([
      {
        rule: "derived-text-numbers",
        severity: "inconsistent",
        where: "Section 2",
        // s.a prints k.X.a again: the key's number is listed once (its table cell); t.X.c is not read.
        message: "Section 2 prints 0.40 but `k.X.a` - `k.X.b` = 0.3000",
        ids: ["s.byKey", "t.X.a", "t.X.b"],
        at: { file: "small.yaml", line: 14, column: 69 },
      },
      {
        rule: "derived-text-numbers",
        severity: "inconsistent",
        where: "Section 3",
        message: "Section 3 prints 0.10 but `t.X.b` - `t.X.a` = -0.3000",
        ids: ["s.byId", "t.X.a", "t.X.b"],
        at: { file: "small.yaml", line: 15, column: 68 },
      },
    ]);
  });

  it("lists every key-less number the formula reads (table formula cells, other derived text numbers)", () => {
    const p = small(`${TABLE}
text:
  - { id: s.half, where: Section 1, quote: "half of D is 0.15", value: 0.15, formula: "\`t.X.d\` / 2" }
  - { id: s.sum, where: Section 2, quote: "D plus half of it is 0.99", value: 0.99, formula: "\`t.X.d\` + \`s.half\`" }
`);
    expect(run(p).map((f) => [f.message, f.ids])).toEqual([
      ["Section 1 prints 0.15 but `t.X.d` / 2 = 0.2250", ["s.half", "t.X.d"]],
      ["Section 2 prints 0.99 but `t.X.d` + `s.half` = 0.6000", ["s.sum", "t.X.d", "s.half"]],
    ]);
  });

  it("does not check table cells given by a formula (other rules compare cells)", () => {
    const p = small(TABLE.replace("0.90, 0.45]", "0.90, 0.95]"));
    expect(run(p)).toEqual([]);
  });

  it("finds nothing when the text number follows from its inputs", () => {
    const p = small(`${TABLE}
text:
  - { id: s.d, where: Section 1, quote: "A - B is 0.30", value: 0.30, formula: "\`k.X.a\` - \`k.X.b\`" }
`);
    expect(run(p)).toEqual([]);
  });

  it("skips a text number whose formula reads a number the paper never prints", () => {
    const p = small(`${TABLE}
text:
  - { id: s.n, where: Section 1, quote: "30 configurations", value: 30, formula: "3 * \`sizes.methods\`" }
`);
    expect(run(p)).toEqual([]);
  });

  it("lets an error that is not the formula's (a bug) through instead of skipping the number", () => {
    const p = small(`${TABLE}
text:
  - { id: s.d, where: Section 1, quote: "A - B is 0.30", value: 0.30, formula: "\`k.X.a\` - \`k.X.b\`" }
`);
    const broken = {
      get kind(): never {
        throw new Error("evaluator bug");
      },
    } as unknown as Expr;
    p.numbers.find((n) => n.id === "s.d")!.formula = broken;
    expect(() => run(p)).toThrow(new Error("evaluator bug"));
  });

  it("names the formula 'its formula' when its text is not known", () => {
    const p = small(`${TABLE}
text:
  - { id: s.d, where: Section 1, quote: "A - B is 0.40", value: 0.40, formula: "\`k.X.a\` - \`k.X.b\`" }
`);
    delete p.numbers.find((n) => n.id === "s.d")!.formulaText;
    expect(run(p).map((f) => f.message)).toEqual(["Section 1 prints 0.40 but its formula = 0.3000"]);
  });

  it("does not list the number itself among its inputs when its id is also a printed key", () => {
    // The scope leaves the number out, so `k.X.a` is the table cell; the number's own id equals that key.
    const p = small(`${TABLE}
text:
  - { id: k.X.a, where: Section 1, quote: "A is 0.60", value: 0.60, formula: "\`k.X.a\` * 1" }
`);
    expect(run(p).map((f) => [f.message, f.ids])).toEqual([["Section 1 prints 0.60 but `k.X.a` * 1 = 0.5000", ["k.X.a", "t.X.a"]]]);
  });
});
