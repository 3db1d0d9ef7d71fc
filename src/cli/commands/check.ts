/**
 * `safety-gap check`: the published paper against the reproduction, against
 * itself, and its claims against the reproduction. Exit 0 (findings are
 * warnings), 1 with --strict when a number is off or missing, the paper is
 * inconsistent or a claim fails, 2 on bad input.
 */
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Command } from "../command.js";
import { SafetyGapError } from "../../errors.js";
import * as msg from "../../messages/review.js";
import * as sweepMsg from "../../messages/sweep.js";
import { sweepFor } from "../../sweep/loadSweep.js";
import { shownPath } from "../../text/shownPath.js";
import { buildCheckReport } from "../../review/checkPublished.js";
import { loadClaims } from "../../review/claims/loadClaims.js";
import { readResultsFile, resultsPathOf } from "../../review/loadResults.js";
import { loadConfig } from "../../config/loadConfig.js";
import { formatOption, parseArgs } from "../../review/parseArgs.js";
import { loadPublished } from "../../review/published/loadPublished.js";
import { renderCheckHtml } from "../../review/renderCheckHtml.js";
import { renderCheckText } from "../../review/renderCheckText.js";

const FORMATS = ["text", "json", "html"] as const;

function fragileBelowOption(value: string | boolean | undefined): number | undefined {
  if (typeof value !== "string") return undefined;
  const rate = Number(value);
  if (!/^(0|1|0?\.\d+|1\.0*)$/.test(value) || !(rate >= 0 && rate <= 1)) throw new SafetyGapError(sweepMsg.badRate(value), { file: "(command line)" }, sweepMsg.badRateHint());
  return rate;
}

export const checkCommand: Command = {
  name: "check",
  help: `usage: safety-gap check [--report DIR] [--results FILE] [--sweep FILE] [--fragile RATE] [--format text|json|html] [--strict]

1. Compares every number of the published paper (DIR/published.yaml) with
   the reproduction: value, published, difference, z = difference /
   (sqrt(2)·SE), verdict (within rounding / reproduced / off).
2. Checks the published paper against itself (t vs d and n, CIs, Eq. 2 and 3,
   averages, text vs tables, each qualitative statement), rounding-aware.
3. Evaluates the claims in DIR/claims.yaml against the reproduction.

options:
  --report DIR     folder with published.yaml and claims.yaml (default: the
                   config's report, else report)
  --results FILE   the reproduction: a results.json or an output folder with
                   one (default: results.json in the config's output.dir,
                   else out/results.json; skipped with a note if
                   absent, then only step 2 runs)
  --sweep FILE     a sweep.json (safety-gap sweep); default: sweep.json
                   beside the results, if there is one. With it, claims that
                   hold in the paper's seed but in fewer than RATE of the
                   seeds are reported as fragile, and z uses the SD over the
                   seeds instead of sqrt(2)·SE (docs/sweep.md)
  --fragile RATE   hold rate below which a claim is fragile (default 0.95)
  --format text    aligned report for the terminal (default)
  --format json    the full report as JSON
  --format html    an HTML fragment for the supplement
  --strict         findings are errors (exit 1) instead of warnings: a
                   published number off or missing in the reproduction, an
                   inconsistency of the paper, a failing or broken claim
                   (rounding notes never count)

exit status: 0 no findings, or findings reported as warnings (the default);
1 with --strict, at least one finding; 2 bad input. The last line of the
text report counts the findings and says which applies.
`,
  async run(args, io) {
    const { positional, options } = parseArgs("check", args, ["report", "results", "format", "sweep", "fragile"], ["strict"]);
    if (positional.length) throw new SafetyGapError(msg.usageError("check", msg.wrongArgCount("no positional arguments", positional.length)), { file: "(command line)" });
    const format = formatOption("check", options.format, FORMATS, "text");
    // Defaults from safety-gap.config.yaml (its report folder and output folder), as for build.
    const { root, config } = loadConfig(io.cwd);
    const reportDir = typeof options.report === "string" ? resolve(io.cwd, options.report) : resolve(root, config.report);
    // The folder is checked here, before its files are read: a wrong --report is bad input, not ENOENT.
    if (!existsSync(reportDir)) throw new SafetyGapError(msg.reportFolderMissing(reportDir), { file: "(command line)" }, msg.reportFolderHint());
    if (!statSync(reportDir).isDirectory()) throw new SafetyGapError(msg.reportNotAFolder(reportDir), { file: "(command line)" }, msg.reportFolderHint());
    const publishedPath = join(reportDir, "published.yaml");
    if (!existsSync(publishedPath)) throw new SafetyGapError(msg.publishedMissing(reportDir), { file: reportDir }, msg.reportFolderHint());
    const published = loadPublished(publishedPath);
    const notes: string[] = [];
    const claimsPath = join(reportDir, "claims.yaml");
    const claims = existsSync(claimsPath) ? loadClaims(claimsPath) : undefined;
    if (!claims) notes.push(`${msg.noClaims(claimsPath)}. ${msg.noClaimsHint()}`);
    const resultsArg = typeof options.results === "string" ? options.results : undefined;
    // Like diff: a results.json or an output folder containing one.
    const resultsFile = resultsArg ? resultsPathOf(resultsArg, io.cwd) : resolve(root, config.output.dir, "results.json");
    let results;
    if (resultsFile && existsSync(resultsFile)) results = readResultsFile(resultsFile, msg.checkResultsHint());
    else if (resultsArg) throw new SafetyGapError(msg.resultsMissing(resolve(io.cwd, resultsArg)), { file: resultsArg }, msg.resultsMissingHint());
    else notes.push(`${msg.noResults(resolve(root, config.output.dir, "results.json"))}. ${msg.noResultsHint()}`);
    const sweepArg = typeof options.sweep === "string" ? options.sweep : undefined;
    const sweepFile = sweepArg ? resolve(io.cwd, sweepArg) : resultsFile ? join(dirname(resultsFile), "sweep.json") : undefined;
    const sweep = sweepFile ? sweepFor(sweepFile, sweepArg ?? shownPath(io.cwd, sweepFile), results, sweepArg !== undefined) : {};
    if (sweep.note) notes.push(sweep.note);
    const fragileBelow = fragileBelowOption(options.fragile);
    const report = buildCheckReport({
      published,
      ...(sweep.data && sweepFile ? { sweep: { file: sweepFile, data: sweep.data }, fragileBelow } : {}),
      ...(results && resultsFile ? { results, resultsFile } : {}),
      ...(claims ? { claims, claimsFile: claimsPath } : {}),
      strict: options.strict === true,
      notes,
    });
    if (format === "json") io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else if (format === "html") io.stdout(renderCheckHtml(report));
    else io.stdout(renderCheckText(report, io.isTTY && Boolean(process.stdout.isTTY) && !io.env.NO_COLOR));
    return report.exitCode;
  },
};
