/**
 * The review tools' public API: the keyed diff, the check of the
 * published paper, and the claims, for the build and the supplement to call.
 */
export { diffResults, type DiffReport, type DiffEntry, type DiffInput, type SentenceChange } from "./diffResults.js";
export { renderDiffText } from "./renderDiffText.js";
export { renderDiffMarkdown } from "./renderDiffMarkdown.js";
export { resolveSide } from "./resolveSide.js";
export { checkPublished, buildCheckReport, type CheckReport, type PublishedCheck } from "./checkPublished.js";
export { renderCheckText } from "./renderCheckText.js";
export { renderCheckHtml } from "./renderCheckHtml.js";
export { evaluateClaims, type ClaimResult } from "./claims/evaluateClaims.js";
export { loadClaims, parseClaims, type Claim } from "./claims/loadClaims.js";
export { loadPublished, parsePublished } from "./published/loadPublished.js";
export type { Published, PublishedNumber, PublishedStatement } from "./published/types.js";
export { CONSISTENCY_RULES, checkConsistency } from "./consistency/rules.js";
export type { Finding, ConsistencyRule } from "./consistency/finding.js";
export { compareWithReproduction, type Comparison, type Verdict } from "./compareWithReproduction.js";
export { standardErrorOf } from "./standardError.js";
