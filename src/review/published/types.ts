/** The published paper's numbers and statements, as transcribed in report/published.yaml. */
import type { Binding, Expr } from "../../lang/ast.js";

export interface Located {
  file: string;
  line: number;
  column: number;
}

export interface PublishedNumber {
  /** Stable id: `<table>.<row>.<column>` for table cells (`t1.A.ratio`), a chosen name for text. */
  id: string;
  /** Where it is printed: "Table 1, row A, column Ratio" or "Section 3.7". */
  where: string;
  /** A short quote around a number printed in running text. */
  quote?: string;
  value: number;
  /** Decimals as printed (0.1660 has 4): the number stands for value ± half a unit of the last digit. */
  decimals: number;
  /** The results key it reports, or ... */
  key?: string;
  /** ... a formula over results keys (`1 - \`x.y.ratio\``). */
  formula?: Expr;
  formulaText?: string;
  origin: "table" | "text";
  /** For table cells: the table id, row id and column id. */
  cell?: { table: string; row: string; column: string };
  at: Located;
}

export interface PublishedStatement {
  id: string;
  where: string;
  quote: string;
  /** The statement as a rule over published ids/keys, evaluated with rounding-aware intervals. */
  rule: Expr;
  ruleText: string;
  /** Statements giving a bound on the same quantity (e.g. `tax-bound`) must agree on it. */
  quantity?: string;
  bound?: number;
  at: Located;
}

/** The named sets published.yaml declares under `design` (`methods: [...]`; a single name, `baseline: X`, is a set of one). */
export type PublishedDesign = Record<string, string[]>;

/**
 * One check of a declared relation: for each instance of `for`, `value`
 * must equal `equals` within rounding (and `within`, a tolerance).
 */
export interface RelationCheck {
  bindings: Binding[];
  value: Expr;
  /** What `value` is, when it is not one printed number ("the 95% CI's midpoint"). */
  valueLabel?: string;
  equals: Expr;
  /** What `equals` is, for the message ("Eq. 2, Safety Gap / baseline Safety Gap"). */
  label: string;
  within?: Expr;
  at: Located;
}

/** A consistency relation declared in published.yaml `relations`, written in the results language. */
export interface Relation {
  id: string;
  title: string;
  checks: RelationCheck[];
}

export interface Published {
  file: string;
  design: PublishedDesign;
  numbers: PublishedNumber[];
  statements: PublishedStatement[];
  relations: Relation[];
}
