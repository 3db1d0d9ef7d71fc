/** A check report with nothing in it: no reproduction, no claims, no finding. Both renderers' tests start from it. */
import type { CheckReport } from "../../../src/review/checkPublished.js";

export const emptyReport: CheckReport = {
  publishedFile: "published.yaml",
  counts: { numbers: 0, statements: 0, claims: 0 },
  rules: [],
  comparisons: [],
  findings: [],
  claims: [],
  notes: [],
  strict: false,
  problems: { numbers: 0, inconsistencies: 0, claims: 0 },
  exitCode: 0,
};
