// The terminal `check` report, whole: the comparison table (off and missing first), the paper's findings, the claims, the fragile claims, and the last line's verdict.
import { describe, expect, it } from "vitest";
import type { CheckReport } from "../../../src/review/checkPublished.js";
import type { ClaimResult } from "../../../src/review/claims/evaluateClaims.js";
import type { Finding } from "../../../src/review/consistency/finding.js";
import type { FragileClaim } from "../../../src/sweep/fragile.js";
import { renderCheckText } from "../../../src/review/renderCheckText.js";
import { emptyReport } from "./emptyReport.js";

const rules = [
  { id: "sum", title: "Parts add up" },
  { id: "ratio", title: "Ratios match" },
  { id: "bound", title: "Bounds are tight" },
];
const finding = (rule: string, severity: Finding["severity"], message: string): Finding => ({ rule, severity, where: "Table 1", message, ids: [] });
const claim = (c: Partial<ClaimResult> & Pick<ClaimResult, "id" | "status">): ClaimResult => ({
  claim: `claim ${c.id}`,
  counterexamples: [],
  message: "",
  at: { file: "report/claims.yaml", line: 1, column: 5 },
  ...c,
});
const fragile = (id: string, holds: number, low: number, high: number): FragileClaim => ({ id, kind: "claim", text: `${id} text`, paper: true, holds, of: 100, rate: holds / 100, low, high });

/** Every verdict, in an order other than the printed one; a ref over 48 characters and one of exactly 48; 2 of the 3 kinds of finding twice; a failing and an unevaluable claim. */
const several: CheckReport = {
  publishedFile: "report/published.yaml",
  resultsFile: "out/results.json",
  claimsFile: "report/claims.yaml",
  counts: { numbers: 5, statements: 0, claims: 4 },
  rules,
  comparisons: [
    { id: "a", where: "Table 1", ref: "gap.7B", published: 0.2, decimals: 2, value: 0.2049, difference: 0.0049, se: 0.01, z: 0.3465, verdict: "within rounding" },
    { id: "b", where: "Section 3", ref: "tax.13B", published: 0.5, decimals: 1, value: 0.52, difference: 0.02, se: 0.01, z: 1.4142, verdict: "reproduced" },
    { id: "c", where: "Abstract", ref: "summary.7B.CAI.retention - summary.7B.RLVR.retention", published: 1.25, decimals: 2, value: 1.5, difference: 0.25, se: 0.02, z: 8.8388, verdict: "off" },
    { id: "d", where: "Figure 2", ref: "summary.13B.Deliberative.retention.lo.hi.abcdefg", published: 3, decimals: 0, verdict: "missing" },
    { id: "e", where: "Sec 5", ref: "b", published: -0.01, decimals: 3, value: -0.0098, difference: 0.0002, se: 0.001, z: -0.1414, verdict: "reproduced" },
  ],
  findings: [
    finding("sum", "rounding", "1.2 + 3.4 = 4.6, printed 4.7"),
    finding("sum", "inconsistent", "0.2 + 0.3 = 0.5, printed 0.9"),
    finding("bound", "understated", "'below 50%' bounds values up to 2%"),
    finding("ratio", "inconsistent", "0.4 / 0.2 = 2, printed 3"),
    finding("ratio", "rounding", "0.33 / 0.11 = 3, printed 3.1"),
  ],
  claims: [
    claim({ id: "c1", status: "pass" }),
    claim({ id: "c2", status: "fail", message: "summary.7B.gap = 0.1 > 0.05" }),
    claim({ id: "c3", status: "error", message: "no number named 'x'", at: { file: "report/claims.yaml", line: 12, column: 9 } }),
    claim({ id: "c4", status: "pass" }),
  ],
  notes: ["no sweep.json: z uses the Monte-Carlo SE", "second note"],
  strict: false,
  problems: { numbers: 2, inconsistencies: 2, claims: 2 },
  exitCode: 0,
};

/** With --strict and a sweep: one of each kind of finding but understated (twice), one failing claim, no file names for the results and claims. */
const strictSweep: CheckReport = {
  publishedFile: "published.yaml",
  counts: { numbers: 2, statements: 0, claims: 2 },
  rules: rules.slice(0, 2),
  comparisons: [
    { id: "a", where: "Table 2", ref: "x", published: 0.25, decimals: 2, value: 0.2512, difference: 0.0012, se: 0.01, seedSd: 0.004, z: 0.3, verdict: "reproduced" },
    { id: "b", where: "Table 2", ref: "y", published: 0.5, decimals: 2, value: 0.6, difference: 0.1, seedSd: 0.02, z: 5, verdict: "off" },
  ],
  findings: [
    finding("bound", "understated", "'below 10%' bounds values up to 0.5%"),
    finding("sum", "inconsistent", "0.2 + 0.3 = 0.5, printed 0.9"),
    finding("bound", "understated", "'under 1' bounds values up to 0.01"),
    finding("sum", "rounding", "1.2 + 3.4 = 4.6, printed 4.7"),
  ],
  claims: [claim({ id: "c1", status: "fail", message: "y = 0.6 > 0.55" }), claim({ id: "c2", status: "pass" })],
  sweep: { file: "out/sweep.json", seeds: 100, fragileBelow: 0.5, fragile: [fragile("gap-closes", 40, 0.31, 0.5), fragile("ratio-small", 12, 0.07, 0.2)] },
  notes: [],
  strict: true,
  problems: { numbers: 1, inconsistencies: 1, claims: 1 },
  exitCode: 1,
};

/** No reproduction; a rounding note, claims that all hold and one fragile claim, none of which --strict fails on. */
const passing: CheckReport = {
  publishedFile: "published.yaml",
  claimsFile: "claims.yaml",
  counts: { numbers: 0, statements: 1, claims: 2 },
  rules,
  comparisons: [],
  findings: [finding("sum", "rounding", "1.2 + 3.4 = 4.6, printed 4.7")],
  claims: [claim({ id: "c1", status: "pass" }), claim({ id: "c2", status: "pass" })],
  sweep: { file: "sweep.json", seeds: 100, fragileBelow: 0.95, fragile: [fragile("s1", 85, 0.64, 0.95)] },
  notes: ["no results.json: only the paper against itself"],
  strict: true,
  problems: { numbers: 0, inconsistencies: 0, claims: 0 },
  exitCode: 0,
};


describe("renderCheckText", () => {
  it("puts off and missing numbers first, cuts a ref over 48 characters, and counts each kind of finding and the failing claims as warnings", () => {
    expect(renderCheckText(several)).toBe([
      "note: no sweep.json: z uses the Monte-Carlo SE",
      "note: second note",
      "Published numbers vs reproduction (out/results.json)",
      "  5 numbers: 1 within rounding, 2 reproduced, 1 off, 1 missing   z = (reproduced - published) / (sqrt(2)·SE)",
      "  where      key or formula                                    published  reproduced     diff     SE      z  verdict",
      "  Abstract   summary.7B.CAI.retention - summary.7B.RLVR.re...       1.25         1.5    +0.25   0.02   8.84  off",
      "  Figure 2   summary.13B.Deliberative.retention.lo.hi.abcdefg          3                                     missing",
      "  Section 3  tax.13B                                                 0.5        0.52    +0.02   0.01   1.41  reproduced",
      "  Sec 5      b                                                    -0.010     -0.0098  +0.0002  0.001  -0.14  reproduced",
      "  Table 1    gap.7B                                                 0.20      0.2049  +0.0049   0.01   0.35  within rounding",
      "",
      "Internal consistency of the published paper (report/published.yaml, 3 rules)",
      "  2 inconsistencies, 1 understated bound, 2 rounding notes",
      "  ✗ 0.2 + 0.3 = 0.5, printed 0.9  [sum]",
      "  ✗ 0.4 / 0.2 = 2, printed 3  [ratio]",
      "  ≪ 'below 50%' bounds values up to 2%  [bound]",
      "  ~ 1.2 + 3.4 = 4.6, printed 4.7  [sum]",
      "  ~ 0.33 / 0.11 = 3, printed 3.1  [ratio]",
      "",
      "Claims (report/claims.yaml) against the reproduction",
      "  2/4 hold; 2 warnings",
      "  ✓ claim c1",
      "  ! claim c2 — summary.7B.gap = 0.1 > 0.05",
      "  ! claim c3 — no number named 'x' (report/claims.yaml:12:9)",
      "  ✓ claim c4",
      "",
      "! 2 numbers off or missing, 2 inconsistencies, 2 failing claims: reported as warnings (exit 0; --strict makes them errors, exit 1)",
      "",
    ].join("\n"));
  });
  it("colours each verdict, mark and heading when asked, aligned on the visible text", () => {
    expect(renderCheckText(several, true)).toBe([
      "\x1b[33mnote: no sweep.json: z uses the Monte-Carlo SE\x1b[0m",
      "\x1b[33mnote: second note\x1b[0m",
      "\x1b[1mPublished numbers vs reproduction (out/results.json)\x1b[0m",
      "  5 numbers: 1 within rounding, 2 reproduced, 1 off, 1 missing   z = (reproduced - published) / (sqrt(2)·SE)",
      "  where      key or formula                                    published  reproduced     diff     SE      z  verdict",
      "  Abstract   summary.7B.CAI.retention - summary.7B.RLVR.re...       1.25         1.5    +0.25   0.02   8.84  \x1b[31moff\x1b[0m",
      "  Figure 2   summary.13B.Deliberative.retention.lo.hi.abcdefg          3                                     \x1b[33mmissing\x1b[0m",
      "  Section 3  tax.13B                                                 0.5        0.52    +0.02   0.01   1.41  \x1b[32mreproduced\x1b[0m",
      "  Sec 5      b                                                    -0.010     -0.0098  +0.0002  0.001  -0.14  \x1b[32mreproduced\x1b[0m",
      "  Table 1    gap.7B                                                 0.20      0.2049  +0.0049   0.01   0.35  \x1b[32mwithin rounding\x1b[0m",
      "",
      "\x1b[1mInternal consistency of the published paper (report/published.yaml, 3 rules)\x1b[0m",
      "  2 inconsistencies, 1 understated bound, 2 rounding notes",
      "  \x1b[31m✗\x1b[0m 0.2 + 0.3 = 0.5, printed 0.9  \x1b[2m[sum]\x1b[0m",
      "  \x1b[31m✗\x1b[0m 0.4 / 0.2 = 2, printed 3  \x1b[2m[ratio]\x1b[0m",
      "  \x1b[33m≪\x1b[0m 'below 50%' bounds values up to 2%  \x1b[2m[bound]\x1b[0m",
      "  \x1b[33m~\x1b[0m 1.2 + 3.4 = 4.6, printed 4.7  \x1b[2m[sum]\x1b[0m",
      "  \x1b[33m~\x1b[0m 0.33 / 0.11 = 3, printed 3.1  \x1b[2m[ratio]\x1b[0m",
      "",
      "\x1b[1mClaims (report/claims.yaml) against the reproduction\x1b[0m",
      "  2/4 hold; 2 warnings",
      "  \x1b[32m✓\x1b[0m claim c1",
      "  \x1b[33m!\x1b[0m claim c2 — summary.7B.gap = 0.1 > 0.05",
      "  \x1b[33m!\x1b[0m claim c3 — no number named 'x' (report/claims.yaml:12:9)",
      "  \x1b[32m✓\x1b[0m claim c4",
      "",
      "\x1b[33m! 2 numbers off or missing, 2 inconsistencies, 2 failing claims: reported as warnings (exit 0; --strict makes them errors, exit 1)\x1b[0m",
      "",
    ].join("\n"));
  });
  it("with a sweep, measures z in the seeds' SD, shows the SD rather than the SE, and lists the fragile claims; with --strict, failing claims are errors", () => {
    expect(renderCheckText(strictSweep)).toBe([
      "Published numbers vs reproduction ()",
      "  2 numbers: 1 reproduced, 1 off   z = (reproduced - published) / SD over 100 seeds (out/sweep.json)",
      "  where    key or formula  published  reproduced     diff  SD seeds     z  verdict",
      "  Table 2  y                    0.50         0.6     +0.1      0.02  5.00  off",
      "  Table 2  x                    0.25      0.2512  +0.0012     0.004  0.30  reproduced",
      "",
      "Internal consistency of the published paper (published.yaml, 2 rules)",
      "  1 inconsistency, 2 understated bounds, 1 rounding note",
      "  ✗ 0.2 + 0.3 = 0.5, printed 0.9  [sum]",
      "  ≪ 'below 10%' bounds values up to 0.5%  [bound]",
      "  ≪ 'under 1' bounds values up to 0.01  [bound]",
      "  ~ 1.2 + 3.4 = 4.6, printed 4.7  [sum]",
      "",
      "Claims () against the reproduction",
      "  1/2 hold; 1 error",
      "  ✗ claim c1 — y = 0.6 > 0.55",
      "  ✓ claim c2",
      "",
      "Robustness to the seed (out/sweep.json, 100 seeds)",
      "  2 fragile: hold in the paper's seed but in fewer than 50% of the seeds",
      "  ~ fragile: gap-closes holds in the paper's seed but in 40 of 100 seeds (40%, 95% CI 31–50%) — gap-closes text",
      "  ~ fragile: ratio-small holds in the paper's seed but in 12 of 100 seeds (12%, 95% CI 7–20%) — ratio-small text",
      "",
      "✗ 1 number off or missing, 1 inconsistency, 1 failing claim: errors with --strict (exit 1)",
      "",
    ].join("\n"));
  });
  it("colours --strict's failures red", () => {
    expect(renderCheckText(strictSweep, true)).toBe([
      "\x1b[1mPublished numbers vs reproduction ()\x1b[0m",
      "  2 numbers: 1 reproduced, 1 off   z = (reproduced - published) / SD over 100 seeds (out/sweep.json)",
      "  where    key or formula  published  reproduced     diff  SD seeds     z  verdict",
      "  Table 2  y                    0.50         0.6     +0.1      0.02  5.00  \x1b[31moff\x1b[0m",
      "  Table 2  x                    0.25      0.2512  +0.0012     0.004  0.30  \x1b[32mreproduced\x1b[0m",
      "",
      "\x1b[1mInternal consistency of the published paper (published.yaml, 2 rules)\x1b[0m",
      "  1 inconsistency, 2 understated bounds, 1 rounding note",
      "  \x1b[31m✗\x1b[0m 0.2 + 0.3 = 0.5, printed 0.9  \x1b[2m[sum]\x1b[0m",
      "  \x1b[33m≪\x1b[0m 'below 10%' bounds values up to 0.5%  \x1b[2m[bound]\x1b[0m",
      "  \x1b[33m≪\x1b[0m 'under 1' bounds values up to 0.01  \x1b[2m[bound]\x1b[0m",
      "  \x1b[33m~\x1b[0m 1.2 + 3.4 = 4.6, printed 4.7  \x1b[2m[sum]\x1b[0m",
      "",
      "\x1b[1mClaims () against the reproduction\x1b[0m",
      "  1/2 hold; 1 error",
      "  \x1b[31m✗\x1b[0m claim c1 — y = 0.6 > 0.55",
      "  \x1b[32m✓\x1b[0m claim c2",
      "",
      "\x1b[1mRobustness to the seed (out/sweep.json, 100 seeds)\x1b[0m",
      "  2 fragile: hold in the paper's seed but in fewer than 50% of the seeds",
      "  \x1b[33m~\x1b[0m fragile: gap-closes holds in the paper's seed but in 40 of 100 seeds (40%, 95% CI 31–50%) — gap-closes text",
      "  \x1b[33m~\x1b[0m fragile: ratio-small holds in the paper's seed but in 12 of 100 seeds (12%, 95% CI 7–20%) — ratio-small text",
      "",
      "\x1b[31m✗ 1 number off or missing, 1 inconsistency, 1 failing claim: errors with --strict (exit 1)\x1b[0m",
      "",
    ].join("\n"));
  });
  it("without a reproduction, claims or findings, has only the paper's section and the clean verdict", () => {
    expect(renderCheckText(emptyReport)).toBe([
      "Internal consistency of the published paper (published.yaml, 0 rules)",
      "  0 inconsistencies, 0 understated bounds, 0 rounding notes",
      "",
      "✓ no number off, no inconsistency, no failing claim",
      "",
    ].join("\n"));
  });
  it("does not count rounding notes or fragile claims as problems, even with --strict", () => {
    expect(renderCheckText(passing)).toBe([
      "note: no results.json: only the paper against itself",
      "Internal consistency of the published paper (published.yaml, 3 rules)",
      "  0 inconsistencies, 0 understated bounds, 1 rounding note",
      "  ~ 1.2 + 3.4 = 4.6, printed 4.7  [sum]",
      "",
      "Claims (claims.yaml) against the reproduction",
      "  2/2 hold",
      "  ✓ claim c1",
      "  ✓ claim c2",
      "",
      "Robustness to the seed (sweep.json, 100 seeds)",
      "  1 fragile: holds in the paper's seed but in fewer than 95% of the seeds",
      "  ~ fragile: s1 holds in the paper's seed but in 85 of 100 seeds (85%, 95% CI 64–95%) — s1 text",
      "",
      "✓ no number off, no inconsistency, no failing claim",
      "",
    ].join("\n"));
    expect(renderCheckText(passing, true)).toBe([
      "\x1b[33mnote: no results.json: only the paper against itself\x1b[0m",
      "\x1b[1mInternal consistency of the published paper (published.yaml, 3 rules)\x1b[0m",
      "  0 inconsistencies, 0 understated bounds, 1 rounding note",
      "  \x1b[33m~\x1b[0m 1.2 + 3.4 = 4.6, printed 4.7  \x1b[2m[sum]\x1b[0m",
      "",
      "\x1b[1mClaims (claims.yaml) against the reproduction\x1b[0m",
      "  2/2 hold",
      "  \x1b[32m✓\x1b[0m claim c1",
      "  \x1b[32m✓\x1b[0m claim c2",
      "",
      "\x1b[1mRobustness to the seed (sweep.json, 100 seeds)\x1b[0m",
      "  1 fragile: holds in the paper's seed but in fewer than 95% of the seeds",
      "  \x1b[33m~\x1b[0m fragile: s1 holds in the paper's seed but in 85 of 100 seeds (85%, 95% CI 64–95%) — s1 text",
      "",
      "\x1b[32m✓ no number off, no inconsistency, no failing claim\x1b[0m",
      "",
    ].join("\n"));
  });
  it("says 'hold' for no fragile claim", () => {
    const lines = renderCheckText({ ...passing, sweep: { ...passing.sweep!, fragile: [] } }).split("\n");
    expect(lines.slice(10, 13)).toEqual(["Robustness to the seed (sweep.json, 100 seeds)", "  0 fragile: hold in the paper's seed but in fewer than 95% of the seeds", ""]);
  });
});
