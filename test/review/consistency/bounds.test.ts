// understated-bound (a bound that holds by a factor of 10 or more) and
// stated-bounds-agree (one quantity, one bound), on small published data.
import { describe, expect, it } from "vitest";
import { point } from "../../../src/lang/interval.js";
import { statedBounds } from "../../../src/review/consistency/statedBounds.js";
import { understated, understatedBounds } from "../../../src/review/consistency/understatedBounds.js";
import { small } from "./smallPublished.js";

const TABLE = `
tables:
  - id: t
    where: Table 1
    columns:
      - { id: a, name: A, key: "k.{row}.a" }
    rows:
      X: [0.70]
      Z: [0.50]
`;

const statements = (...rules: string[]) =>
  small(`${TABLE}
statements:
${rules.map((r, i) => `  - { id: st${i}, where: Section ${i}, quote: "claim ${i}", rule: "${r}" }`).join("\n")}
`);

describe("understated-bound", () => {
  it("reports a >= bound one value passes by a factor of 10, at the statement", () => {
    expect(understatedBounds.run(statements("`t.X.a` >= 0.05"))).toEqual([
      {
        rule: "understated-bound",
        severity: "understated",
        where: "Section 0",
        message: '"claim 0" is understated: it bounds 1 value by >= 0.05, and every one is above 0.5 (the closest is 0.695)',
        ids: ["st0"],
        at: { file: "small.yaml", line: 11, column: 58 },
      },
    ]);
  });

  it("looks only at statements that hold", () => {
    // `t.X.a` > 0.01 is loose, but the statement as a whole is false (and one that cannot be evaluated is skipped).
    expect(understatedBounds.run(statements("`t.X.a` > 0.01 and `t.Z.a` > 0.6", "`t.W.a` > 0.01"))).toEqual([]);
  });

  const use = (op: string, bound: number, value: number) => ({ op, bound, value: point(value) });

  it("scales the bound away from it: x10 above a positive bound or below a negative one, /10 otherwise", () => {
    expect(understated([use(">", -5, -0.1), use("<=", 5, 0.4), use("<", -5, -60), use(">", 2, 30)])).toEqual([
      { op: ">", bound: -5, limit: -0.5, closest: -0.1, count: 1 },
      { op: "<=", bound: 5, limit: 0.5, closest: 0.4, count: 1 },
      { op: "<", bound: -5, limit: -50, closest: -60, count: 1 },
      { op: ">", bound: 2, limit: 20, closest: 30, count: 1 },
    ]);
  });

  it("counts a value exactly at the limit as understated", () => {
    expect(understated([use(">", 2, 20), use("<", 5, 0.5)]).map((u) => [u.op, u.closest])).toEqual([
      [">", 20],
      ["<", 0.5],
    ]);
  });

  it("does not scale equality comparisons or a bound of 0", () => {
    expect(understated([use("!=", 5, 0.1), use("==", 5, 5), use(">", 0, 3), use("<", 0, -3)])).toEqual([]);
  });
});

describe("stated-bounds-agree", () => {
  const bounded = (rows: [quantity: string | undefined, bound: number | undefined][]) =>
    small(`${TABLE}
statements:
${rows
  .map(
    ([q, b], i) =>
      `  - { id: b${i}, where: Section ${i}, quote: "claim ${i}", rule: "\`t.X.a\` > 0"${q === undefined ? "" : `, quantity: ${q}`}${b === undefined ? "" : `, bound: ${b}`} }`,
  )
  .join("\n")}
`);

  it("lists the different bounds of one quantity, smallest first, each with where it is stated", () => {
    const found = statedBounds.run(
      bounded([
        ["tax", 0.012],
        ["tax", 0.01],
        ["tax", 0.011],
        ["tax", 0.01],
      ]),
    );
    expect(found).toEqual([
      {
        rule: "stated-bounds-agree",
        severity: "inconsistent",
        where: "Section 0",
        message: "the tax is stated as 1% (Section 1, Section 3) vs 1.1% (Section 2) vs 1.2% (Section 0)",
        ids: ["b0", "b1", "b2", "b3"],
        at: { file: "small.yaml", line: 11, column: 57 },
      },
    ]);
  });

  it("groups only statements that give both a quantity and a bound", () => {
    expect(
      statedBounds.run(
        bounded([
          [undefined, 0.01],
          [undefined, 0.02],
          ["tax", 0.01],
          ["tax", undefined],
        ]),
      ),
    ).toEqual([]);
  });
});
