// A table cell printed with fewer decimals than most of its column (typed in
// by hand?) is noted; each column of each table is judged on its own.
import { describe, expect, it } from "vitest";
import { columnPrecision } from "../../../src/review/consistency/columnPrecision.js";
import type { Published, PublishedNumber } from "../../../src/review/published/types.js";

const cell = (table: string, row: string, column: string, value: number, decimals: number, line: number): PublishedNumber => ({
  id: `${table}.${row}.${column}`,
  where: `Table ${table}, row ${row}, column ${column}`,
  value,
  decimals,
  key: `s.${row}.${column}`,
  origin: "table",
  cell: { table, row, column },
  at: { file: "paper.yaml", line, column: 9 },
});

const paper = (numbers: PublishedNumber[]): Published => ({ file: "paper.yaml", design: {}, numbers, statements: [], relations: [] });

describe("columnPrecision", () => {
  it("notes the cell with fewer decimals than the rest of its column, wherever it stands in the column", () => {
    const p = paper([
      // The short cell first: the usual precision is the most frequent one, not the first seen.
      cell("1", "A", "ratio", 0.81, 2, 10),
      cell("1", "B", "ratio", 0.7934, 4, 11),
      cell("1", "C", "ratio", 0.8263, 4, 12),
      cell("1", "A", "gap", 0.2009, 4, 10),
      cell("1", "B", "gap", 0.1594, 4, 11),
      cell("1", "C", "gap", 0.17, 2, 12),
    ]);
    expect(columnPrecision.run(p)).toEqual([
      {
        rule: "column-precision",
        severity: "rounding",
        where: "Table 1, row A, column ratio",
        message: "Table 1, row A, column ratio prints 0.81 with 2 decimals; the rest of the column has 4",
        ids: ["1.A.ratio"],
        at: { file: "paper.yaml", line: 10, column: 9 },
      },
      {
        rule: "column-precision",
        severity: "rounding",
        where: "Table 1, row C, column gap",
        message: "Table 1, row C, column gap prints 0.17 with 2 decimals; the rest of the column has 4",
        ids: ["1.C.gap"],
        at: { file: "paper.yaml", line: 12, column: 9 },
      },
    ]);
  });

  it("does not note a cell with more decimals than the rest, nor the cells that have the usual precision", () => {
    const p = paper([cell("1", "A", "t", 184.3386, 4, 10), cell("1", "B", "t", 188.87661, 5, 11), cell("1", "C", "t", 169.6653, 4, 12)]);
    expect(columnPrecision.run(p)).toEqual([]);
  });

  it("judges each table's column apart from the others, and ignores text numbers", () => {
    const p = paper([
      cell("1", "A", "x", 0.1234, 4, 10),
      cell("1", "B", "x", 0.2345, 4, 11),
      cell("1", "C", "x", 0.3456, 4, 12),
      cell("2", "A", "x", 0.12, 2, 20),
      cell("2", "B", "x", 0.23, 2, 21),
      cell("1", "A", "y", 0.12, 2, 10),
      cell("1", "B", "y", 0.23, 2, 11),
      { id: "s1.x", where: "Section 1", value: 0.1, decimals: 1, key: "s.A.x", origin: "text", at: { file: "paper.yaml", line: 30, column: 5 } },
    ]);
    expect(columnPrecision.run(p)).toEqual([]);
  });

  it("has an id and a title for the report", () => {
    expect([columnPrecision.id, columnPrecision.title]).toEqual(["column-precision", "Table cells are printed with the precision of the rest of their column"]);
  });
});
