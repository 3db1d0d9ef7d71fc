/**
 * The consistency rules `safety-gap check` runs on the published paper, in
 * report order. Each lives in its own file; add a rule by adding a line here.
 * All of them read only report/published.yaml: the paper is checked against
 * itself, independent of any reproduction.
 */
import { averageOfRow } from "./averageOfRow.js";
import { ciAroundDifference } from "./ciAroundDifference.js";
import { columnPrecision } from "./columnPrecision.js";
import { deltaFromGaps } from "./deltaFromGaps.js";
import { derivedTextNumbers } from "./derivedTextNumbers.js";
import type { ConsistencyRule, Finding } from "./finding.js";
import { gapIsDifference } from "./gapIsDifference.js";
import { gapIsMeanOfBenchmarks } from "./gapIsMeanOfBenchmarks.js";
import { qualitativeStatements } from "./qualitativeStatements.js";
import { retentionFromGaps } from "./retentionFromGaps.js";
import { samePrintedValue } from "./samePrintedValue.js";
import { statedBounds } from "./statedBounds.js";
import { tFromEffectSize } from "./tFromEffectSize.js";
import type { Published } from "../published/types.js";

export const CONSISTENCY_RULES: readonly ConsistencyRule[] = [
  tFromEffectSize, //        t against d and n
  ciAroundDifference, //     CI midpoint/width against diff and t
  retentionFromGaps, //      Eq. 2, including the baseline's own R = 1
  deltaFromGaps, //          Eq. 3
  gapIsDifference, //        AP - NoAP within Table 1
  gapIsMeanOfBenchmarks, //  Table 1 = mean of Table 3 rows
  averageOfRow, //           Table 2 Safety Avg = mean of its row
  samePrintedValue, //       text vs tables
  derivedTextNumbers, //     text numbers defined by a formula
  qualitativeStatements, //  each qualitative sentence
  statedBounds, //           the same bound stated differently
  columnPrecision, //        hand-typed cells
];

export function checkConsistency(p: Published, rules: readonly ConsistencyRule[] = CONSISTENCY_RULES): Finding[] {
  return rules.flatMap((r) => r.run(p));
}
