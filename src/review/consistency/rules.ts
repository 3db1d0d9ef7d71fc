/**
 * The consistency checks `safety-gap check` runs on the published paper:
 * first the relations the paper declares (published.yaml `relations`, in the
 * results language: Eq. 2, t = d·√(n/2), ...), then the rules below, which
 * know the structure of published.yaml but nothing of any study. Each rule
 * lives in its own file; add one by adding a line here. All of them read only
 * report/published.yaml: the paper is checked against itself, independent of
 * any reproduction.
 */
import { columnPrecision } from "./columnPrecision.js";
import { derivedTextNumbers } from "./derivedTextNumbers.js";
import type { ConsistencyRule, Finding } from "./finding.js";
import { qualitativeStatements } from "./qualitativeStatements.js";
import { evaluateRelations } from "./relations.js";
import { samePrintedValue } from "./samePrintedValue.js";
import { statedBounds } from "./statedBounds.js";
import { understatedBounds } from "./understatedBounds.js";
import type { Published } from "../published/types.js";

export const CONSISTENCY_RULES: readonly ConsistencyRule[] = [
  samePrintedValue, //       text vs tables
  derivedTextNumbers, //     text numbers defined by a formula
  qualitativeStatements, //  each qualitative sentence
  statedBounds, //           the same bound stated differently
  understatedBounds, //      a bound that holds by an order of magnitude or more
  columnPrecision, //        hand-typed cells
];

/** The declared relations' ids and titles, then the rules', for the report. */
export function rulesOf(p: Published, rules: readonly ConsistencyRule[] = CONSISTENCY_RULES): { id: string; title: string }[] {
  return [...p.relations.map((r) => ({ id: r.id, title: r.title })), ...rules.map((r) => ({ id: r.id, title: r.title }))];
}

export function checkConsistency(p: Published, rules: readonly ConsistencyRule[] = CONSISTENCY_RULES): Finding[] {
  return [...evaluateRelations(p), ...rules.flatMap((r) => r.run(p))];
}
