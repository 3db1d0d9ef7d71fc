// same-key-same-value: every print of one results key is compared with its
// first table print (or its first print when no table prints it).
import { describe, expect, it } from "vitest";
import { samePrintedValue } from "../../../src/review/consistency/samePrintedValue.js";
import { small } from "./smallPublished.js";

const PRINTS = `
tables:
  - id: t1
    where: Table 1
    columns:
      - { id: a, name: A, key: k.a }
    rows:
      X: [0.5000]
  - id: t2
    where: Table 2
    columns:
      - { id: a, name: A, key: k.a }
    rows:
      X: [0.6000]
text:
  - { id: s.a, where: Section 1, quote: "A is 0.50", value: 0.50, key: k.a }
`;

describe("same-key-same-value", () => {
  it("reports a print that disagrees with the key's table print", () => {
    expect(samePrintedValue.run(small(PRINTS))).toEqual([
      {
        rule: "same-key-same-value",
        severity: "inconsistent",
        where: "Table 2, row X, column A",
        message: "Table 2, row X, column A prints 0.6000 for k.a, but Table 1, row X, column A prints 0.5000",
        ids: ["t2.X.a", "t1.X.a"],
        at: { file: "small.yaml", line: 13, column: 11 },
      },
    ]);
  });

  it("compares with the first table print even when a text print comes first", () => {
    const p = small(PRINTS);
    p.numbers = [p.numbers[2]!, p.numbers[0]!, p.numbers[1]!];
    expect(samePrintedValue.run(p).map((f) => f.message)).toEqual(["Table 2, row X, column A prints 0.6000 for k.a, but Table 1, row X, column A prints 0.5000"]);
  });

  it("compares with the first print when no table prints the key", () => {
    const p = small(`
text:
  - { id: s.a, where: Section 1, quote: "A is 0.50", value: 0.50, key: k.a }
  - { id: s.b, where: Section 2, quote: "A is 0.5", value: 0.5, key: k.a }
  - { id: s.c, where: Section 3, quote: "A is 0.53", value: 0.53, key: k.a }
`);
    expect(samePrintedValue.run(p).map((f) => [f.message, f.ids])).toEqual([["Section 3 prints 0.53 for k.a, but Section 1 prints 0.50", ["s.c", "s.a"]]]);
  });

  it("finds nothing when every print is within rounding of the first", () => {
    expect(samePrintedValue.run(small(PRINTS.replace("[0.6000]", "[0.5]")))).toEqual([]);
  });
});
