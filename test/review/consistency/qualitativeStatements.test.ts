// qualitative-statement: each statement of published.yaml evaluated over the
// printed numbers; a false one is quoted with the instance that breaks it.
import { describe, expect, it } from "vitest";
import type { Scope } from "../../../src/lang/evaluate.js";
import { describeCounterexample, evaluatedStatements, qualitativeStatements } from "../../../src/review/consistency/qualitativeStatements.js";
import { small } from "./smallPublished.js";

const TABLE = `
design:
  methods: [X, Y, Z]
tables:
  - id: t
    where: Table 1
    columns:
      - { id: a, name: A, key: "k.{row}.a" }
    rows:
      X: [0.70]
      Y: [0.80]
      Z: [0.50]
`;

const withStatement = (rule: string) =>
  small(`${TABLE}
statements:
  - { id: st, where: Section 5, quote: "A stays low", rule: "${rule}" }
`);

describe("qualitative-statement", () => {
  it("quotes the one instance that contradicts a statement, with its binding and numbers", () => {
    expect(qualitativeStatements.run(withStatement("all m in methods: `t.{m}.a` < 0.75"))).toEqual([
      {
        rule: "qualitative-statement",
        severity: "inconsistent",
        where: "Section 5",
        message: '"A stays low" is contradicted by m=Y: 0.8 < 0.75 is false (t.Y.a = 0.8000)',
        ids: ["st", "t.Y.a"],
        at: { file: "small.yaml", line: 14, column: 61 },
      },
    ]);
  });

  it("counts the further contradicting instances, and lists each number they read once", () => {
    const found = qualitativeStatements.run(withStatement("all m in methods except [\\\"Z\\\"]: `t.{m}.a` < `t.Z.a`"));
    expect(found.map((f) => [f.message, f.ids])).toEqual([
      ['"A stays low" is contradicted by m=X: 0.7 < 0.5 is false (t.X.a = 0.7000, t.Z.a = 0.5000) (and 1 more)', ["st", "t.X.a", "t.Z.a", "t.Y.a"]],
    ]);
  });

  it("finds nothing when the statement holds", () => {
    expect(qualitativeStatements.run(withStatement("all m in methods: `t.{m}.a` < 0.9"))).toEqual([]);
  });

  it("reports a statement that cannot be evaluated, with the evaluator's reason", () => {
    expect(qualitativeStatements.run(withStatement("`t.W.a` < 0.9"))).toEqual([
      {
        rule: "qualitative-statement",
        severity: "inconsistent",
        where: "Section 5",
        message: "\"A stays low\": cannot be evaluated (no number named 't.W.a'; did you mean 't.X.a'?)",
        ids: ["st"],
        at: { file: "small.yaml", line: 14, column: 61 },
      },
    ]);
  });

  it("lets an error that is not the statement's (a bug) through", () => {
    const p = withStatement("`t.X.a` < 0.9");
    const broken: Scope = {
      lookup: () => {
        throw new Error("scope bug");
      },
      names: () => [],
      sets: {},
    };
    expect(() => [...evaluatedStatements(p, broken)]).toThrow(new Error("scope bug"));
  });
});

describe("describeCounterexample", () => {
  const num = (name: string, lo: number, hi = lo) => ({ name, value: { lo, hi } });

  it("shows each binding that is not itself a number read, and each number at its interval's midpoint", () => {
    expect(
      describeCounterexample({
        bindings: { m: "RLVR", b: "BBQ", x: "t.RLVR.a" },
        numbers: [num("t.RLVR.a", 0.15, 0.25), num("n", 10), num("z", 0), num("p", 0.05)],
      }),
    ).toBe("m=RLVR, b=BBQ: t.RLVR.a = 0.2000, n = 10, z = 0, p = 0.0500");
  });

  it("puts the failing comparison first when there is one", () => {
    expect(describeCounterexample({ bindings: {}, numbers: [num("a", 0.5)], reason: "0.5000 > 1" })).toBe("0.5000 > 1 is false (a = 0.5000)");
  });

  it("shows at most 6 numbers, and says when there are more", () => {
    const numbers = [1, 2, 3, 4, 5, 6, 7].map((i) => num(`n${i}`, i));
    expect(describeCounterexample({ bindings: {}, numbers: numbers.slice(0, 6) })).toBe("n1 = 1, n2 = 2, n3 = 3, n4 = 4, n5 = 5, n6 = 6");
    expect(describeCounterexample({ bindings: {}, numbers })).toBe("n1 = 1, n2 = 2, n3 = 3, n4 = 4, n5 = 5, n6 = 6, ...");
  });
});
