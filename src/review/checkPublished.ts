/**
 * `check`'s core: the published paper against itself (always) and against
 * the reproduction (when there is one), plus the claims. Pure functions over
 * loaded inputs; the command in src/cli/commands/check.ts does the I/O.
 */
import { relative, sep } from "node:path";
import type { Results } from "../results/types.js";
import { evaluateClaims, type ClaimResult } from "./claims/evaluateClaims.js";
import type { Claim } from "./claims/loadClaims.js";
import { compareWithReproduction, type Comparison } from "./compareWithReproduction.js";
import type { Finding } from "./consistency/finding.js";
import { checkConsistency, rulesOf } from "./consistency/rules.js";
import type { Published } from "./published/types.js";
import { DEFAULT_FRAGILE_BELOW, fragileClaims, seedSdOf, type FragileClaim } from "../sweep/fragile.js";
import type { SweepFile } from "../sweep/sweepFile.js";

export interface PublishedCheck {
  /** One per published number; empty without a reproduction. */
  comparisons: Comparison[];
  /** The paper's internal inconsistencies (and rounding notes). */
  findings: Finding[];
}

export function checkPublished(published: Published, results?: Results, sweep?: SweepFile): PublishedCheck {
  return {
    comparisons: results ? compareWithReproduction(published, results, sweep ? seedSdOf(sweep) : undefined) : [],
    findings: checkConsistency(published),
  };
}

export interface CheckReport {
  publishedFile: string;
  resultsFile?: string;
  claimsFile?: string;
  /** Counts of what was read. */
  counts: { numbers: number; statements: number; claims: number };
  rules: { id: string; title: string }[];
  comparisons: Comparison[];
  findings: Finding[];
  claims: ClaimResult[];
  /** With a sweep (docs/sweep.md): the sweep file, and the claims and statements that hold in the paper's seed but in fewer than `fragileBelow` of the seeds. */
  sweep?: { file: string; seeds: number; fragileBelow: number; fragile: FragileClaim[] };
  /** Things the reader should know (e.g. no reproduction found). */
  notes: string[];
  strict: boolean;
  /** What --strict fails on (rounding notes are not counted). */
  problems: CheckProblems;
  /** The exit status: 1 with --strict when any problem was found, else 0. */
  exitCode: number;
}

export interface CheckProblems {
  /** Published numbers the reproduction does not give: verdict off or missing. */
  numbers: number;
  /** Internal inconsistencies of the published paper (severity inconsistent). */
  inconsistencies: number;
  /** Claims that fail or cannot be evaluated. */
  claims: number;
}

export const problemCount = (p: CheckProblems): number => p.numbers + p.inconsistencies + p.claims;

export function buildCheckReport(args: {
  published: Published;
  results?: Results;
  resultsFile?: string;
  claims?: readonly Claim[];
  claimsFile?: string;
  strict?: boolean;
  notes?: string[];
  /**
   * Write every file path relative to this folder. The build passes the
   * report folder's parent, so out/check.json says `report/published.yaml`
   * and two checkouts of the same sources give the same bytes.
   */
  pathsRelativeTo?: string;
  /** A sweep of the same parameters: fragile claims, and the seeds' spread as the yardstick of the comparison. */
  sweep?: { file: string; data: SweepFile };
  /** Hold rate below which a claim that holds in the paper's seed is fragile (default 0.95). */
  fragileBelow?: number;
}): CheckReport {
  const sweep = args.sweep?.data;
  const { comparisons, findings: found } = checkPublished(args.published, args.results, sweep);
  const evaluated = args.results && args.claims ? evaluateClaims(args.claims, args.results) : [];
  const strict = args.strict ?? false;
  const problems: CheckProblems = {
    numbers: comparisons.filter((c) => c.verdict === "off" || c.verdict === "missing").length,
    inconsistencies: found.filter((f) => f.severity === "inconsistent").length,
    claims: evaluated.filter((c) => c.status !== "pass").length,
  };
  const base = args.pathsRelativeTo;
  const shown = (file: string): string => (base === undefined ? file : relative(base, file).split(sep).join("/"));
  const findings = found.map((f) => (f.at ? { ...f, at: { ...f.at, file: shown(f.at.file) } } : f));
  const claims = evaluated.map((c) => ({ ...c, at: { ...c.at, file: shown(c.at.file) } }));
  return {
    publishedFile: shown(args.published.file),
    ...(args.resultsFile ? { resultsFile: shown(args.resultsFile) } : {}),
    ...(args.claimsFile ? { claimsFile: shown(args.claimsFile) } : {}),
    counts: { numbers: args.published.numbers.length, statements: args.published.statements.length, claims: args.claims?.length ?? 0 },
    rules: rulesOf(args.published),
    comparisons,
    findings,
    claims,
    ...(args.sweep
      ? { sweep: { file: shown(args.sweep.file), seeds: args.sweep.data.seeds.length, fragileBelow: args.fragileBelow ?? DEFAULT_FRAGILE_BELOW, fragile: fragileClaims(args.sweep.data, args.fragileBelow) } }
      : {}),
    notes: args.notes ?? [],
    strict,
    problems,
    exitCode: strict && problemCount(problems) > 0 ? 1 : 0,
  };
}
