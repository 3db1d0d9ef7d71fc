// parsePublished on small hand-written files: what each field becomes, and
// where each refusal points (its path in the file, its line and column).
import { describe, expect, it } from "vitest";
import type { SafetyGapError } from "../../../src/errors.js";
import { parsePublished } from "../../../src/review/published/loadPublished.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";
import { SMALL_FILE, small, smallSource } from "../consistency/smallPublished.js";

const errorOf = (yaml: string): SafetyGapError => safetyGapErrorOf(() => parsePublished(smallSource(yaml), SMALL_FILE));
/** message, path, line, column: what a refusal tells. */
const told = (e: SafetyGapError) => [e.message, e.where?.path, e.where?.line, e.where?.column];

const TABLES = `
tables:
  - id: t
    where: Table 1
    columns:
      - { id: a, name: A, key: "k.{row}.a" }
    rows:
      X: [0.5]
  - id: u
    where: Table 2
    columns:
      - { id: a, name: A, key: "k.{row}.a" }
      - { id: b, name: B, formula: "\`k.{row}.a\` * 2" }
    rows:
      X: [0.5, 1.0]
      Y: [0.5]
`;

describe("parsePublished: what each field becomes", () => {
  it("reads a design set given as one name as a set of one", () => {
    expect(small("design:\n  baseline: SFT\n  methods: [SFT, CAI]\n").design).toEqual({ baseline: ["SFT"], methods: ["SFT", "CAI"] });
  });

  it("has no relations when the file declares none", () => {
    expect(small("").relations).toEqual([]);
  });

  it("keeps a text number's declared decimals over its printed ones, and locates it at its value", () => {
    const p = small(`
text:
  - id: s.a
    where: Section 1
    quote: "A is 0.5"
    value: 0.5
    decimals: 3
    key: k.a
`);
    expect(p.numbers).toEqual([{ id: "s.a", where: "Section 1", quote: "A is 0.5", value: 0.5, decimals: 3, key: "k.a", origin: "text", at: { file: SMALL_FILE, line: 5, column: 12 } }]);
  });

  it("locates a statement at its rule, and keeps its quantity and bound", () => {
    const p = small(`
statements:
  - id: st
    where: Section 5
    quote: "tax below 1%"
    quantity: tax
    bound: 0.01
    rule: "\`k.a\` < 0.01"
`);
    expect(p.statements).toMatchObject([{ id: "st", where: "Section 5", quote: "tax below 1%", ruleText: "`k.a` < 0.01", quantity: "tax", bound: 0.01, at: { file: SMALL_FILE, line: 7, column: 11 } }]);
  });
});

describe("parsePublished: where a refusal points", () => {
  it("a short row, in the table it belongs to", () => {
    expect(told(errorOf(TABLES))).toEqual(["row 'Y' has 1 values but the table has 2 columns", "tables[1].rows.Y", 15, 10]);
  });

  it("a column with neither key nor formula", () => {
    expect(told(errorOf(TABLES.replace('{ id: b, name: B, formula: "`k.{row}.a` * 2" }', "{ id: b, name: B }")))).toEqual([
      "each number needs a 'key' (a results key) or a 'formula' (an expression over keys)",
      "tables[1].columns[1]",
      12,
      9,
    ]);
  });

  const TEXT = `
text:
  - { id: s.a, where: Section 1, quote: "A", value: 0.5, key: k.a }
  - { id: s.b, where: Section 2, quote: "B", value: 0.5, key: k.b }
`;

  it("a text number with neither key nor formula", () => {
    expect(told(errorOf(TEXT.replace(", key: k.b }", " }")))).toEqual([
      "each number needs a 'key' (a results key) or a 'formula' (an expression over keys)",
      "text[1]",
      3,
      5,
    ]);
  });

  it("a text number with both key and formula, at its formula", () => {
    expect(told(errorOf(TEXT.replace("key: k.b }", 'key: k.b, formula: "`k.a` * 2" }')))).toEqual(["give either 'key' or 'formula', not both", "text[1]", 3, 77]);
  });

  it("a syntax error in a text number's formula, at the error", () => {
    expect(told(errorOf(TEXT.replace("key: k.b }", 'formula: "`k.a` * * 2" }')))).toEqual(["expression: expected a value, found '*'", "text[1].formula", 3, 76]);
  });

  it("a statement whose id a number already has", () => {
    const e = errorOf(`${TEXT}statements:\n  - { id: s.b, where: Section 3, quote: "C", rule: "\`k.a\` > 0" }\n`);
    expect(told(e)).toEqual(["duplicate id 's.b'", "s.b", 5, 5]);
    expect(e.hint).toBe("every number, statement and claim needs its own id");
  });
});

const RELATIONS = `
tables:
  - id: t
    where: Table 1
    columns:
      - { id: a, name: A, key: "k.{row}.a" }
      - { id: b, name: B, key: "k.{row}.b" }
    rows:
      X: [0.5, 1.0]
relations:
  - id: double
    title: B is twice A
    checks:
      - value: "\`t.X.b\`"
        equals: "2 * \`t.X.a\`"
        label: twice A
        within: "0.01"
      - for: r in rows
        value: "\`t.{r}.b\`"
        equals: "2 * \`t.{r}.a\`"
        label: twice A
`;

describe("parsePublished: relations", () => {
  it("reads a check without `for` as having no bindings, keeps its tolerance, and locates each check", () => {
    const r = small(RELATIONS).relations;
    expect(r.map((x) => [x.id, x.title, x.checks.length])).toEqual([["double", "B is twice A", 2]]);
    const [first, second] = r[0]!.checks;
    expect(first).toMatchObject({ bindings: [], label: "twice A", within: { kind: "num", value: 0.01 }, at: { file: SMALL_FILE, line: 13, column: 9 } });
    expect(second!.bindings.map((b) => b.name)).toEqual(["r"]);
    expect(second).not.toHaveProperty("within");
    expect(second!.at).toEqual({ file: SMALL_FILE, line: 17, column: 9 });
  });

  it("refuses a relation id given twice, at the second one", () => {
    const e = errorOf(`${RELATIONS}  - id: double\n    title: again\n    checks: []\n`);
    expect(told(e)).toEqual(["duplicate id 'double'", "relations[1].id", 21, 9]);
    expect(e.hint).toBe("every number, statement and claim needs its own id");
  });

  it("locates a syntax error in a check's value or tolerance at its field", () => {
    expect(told(errorOf(RELATIONS.replace('value: "`t.X.b`"', 'value: "`t.X.b` +"')))).toEqual(["expression: expected a value, found end of expression", "relations[0].checks[0].value", 13, 26]);
    expect(told(errorOf(RELATIONS.replace('within: "0.01"', 'within: "0.01 +"')))).toEqual(["expression: expected a value, found end of expression", "relations[0].checks[0].within", 16, 24]);
  });
});

describe("published.yaml's shape: what a wrong type is told", () => {
  it("a design entry must be a name or a list of names", () => {
    expect(told(errorOf("design: { x: { a: 1 } }\n"))).toEqual(["`design.x` must be a name or a list of names, got a mapping", "design.x", 1, 14]);
  });

  it("a table row must be a list of numbers, one per column", () => {
    expect(told(errorOf("tables:\n  - { id: t, where: T, columns: [], rows: { X: abc } }\n"))).toEqual([
      "`tables[0].rows.X` must be a list of numbers, one per column, got `abc`",
      "tables[0].rows.X",
      2,
      48,
    ]);
  });
});
