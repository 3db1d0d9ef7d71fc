/**
 * `safety-gap diff <A> <B>`: every number that differs between two results
 * (files, output folders or git revisions), with Monte-Carlo significance.
 * Exit 0 identical, 1 numbers differ, 2 bad input (via SafetyGapError),
 * 130 (143) when SIGINT (SIGTERM) stops a revision's build.
 */
import { resolve } from "node:path";
import type { CliIO, Command } from "../command.js";
import { SafetyGapError } from "../../errors.js";
import * as msg from "../../messages/review.js";
import { diffResults, type DiffInput } from "../../review/diffResults.js";
import { RevisionInterrupted } from "../../review/materializeRevision.js";
import { formatOption, parseArgs } from "../../review/parseArgs.js";
import { renderDiffMarkdown } from "../../review/renderDiffMarkdown.js";
import { renderDiffText } from "../../review/renderDiffText.js";
import { MIN_SUMMARY_CHARS, renderDiffSummary } from "../../review/renderDiffSummary.js";
import { writeFileSync } from "node:fs";
import { resolveSide } from "../../review/resolveSide.js";

const FORMATS = ["table", "md", "json"] as const;

export const diffCommand: Command = {
  name: "diff",
  help: `usage: safety-gap diff <A> <B> [--format table|md|json] [--sigmas K] [--render]
                       [--max-chars N] [--full FILE] [--report DIR]

A and B are each a results.json, an output folder containing one (its
provenance.json, if any, groups numbers by table/figure/section and shows
changed sentences), or a git revision of the repository that holds the
paper: its report folder and templates/ at that revision are built in a
temporary folder by this installed safety-gap with \`compute\`, and the
results are cached in .cache/safety-gap/revisions/ beside the report folder
by a hash of those files and of the tool.

Lists every added, removed or changed number: key, old, new, delta, and
whether |delta| exceeds K (default 1) combined Monte-Carlo standard errors
sqrt(seA² + seB²): "significant" or "within MC noise".

options:
  --format table   aligned terminal table (default)
  --format md      Markdown for a pull-request comment (changed numbers first)
  --format json    the full report as JSON
  --sigmas K       threshold in standard errors, a decimal > 0 (default 1)
  --render         build revisions with \`build --no-pdf --no-site\` instead of
                   \`compute\`, so their rendered sentences are compared too
  --max-chars N    with --format md: a summary of at most N characters (N >= ${MIN_SUMMARY_CHARS}):
                   the changed numbers the paper prints first, then the other
                   significant changes, then counts of the rest; cut lists say
                   how many rows they leave out. For a pull-request comment
                   (GitHub takes at most 65,536 characters): --max-chars 65000
  --full FILE      also write the whole Markdown diff (as --format md prints
                   it, without a limit) to FILE
  --report DIR     the paper's report folder, read at each revision
                   (default: report)

exit status: 0 identical, 1 numbers differ, 2 bad input, 130 (143) when
Ctrl-C (SIGTERM) stops a revision's build.

examples:
  safety-gap diff out/results.json /tmp/other/results.json
  safety-gap diff main HEAD --format md
  safety-gap diff main HEAD --render --format md --max-chars 65000 --full diff.md
`,
  async run(args, io) {
    const { positional, options } = parseArgs("diff", args, ["format", "sigmas", "max-chars", "full", "report"], ["render"]);
    if (positional.length !== 2) throw new SafetyGapError(msg.usageError("diff", msg.wrongArgCount("two inputs <A> <B>", positional.length)), { file: "(command line)" });
    const format = formatOption("diff", options.format, FORMATS, "table");
    const sigmas = sigmasOption(options.sigmas);
    const maxChars = maxCharsOption(options["max-chars"], format);
    const full = typeof options.full === "string" ? resolve(io.cwd, options.full) : undefined;
    const reportDir = resolve(io.cwd, typeof options.report === "string" ? options.report : "report");
    const opts = { render: options.render === true, reportDir, ...(io.isTTY ? { progress: progressLine(io) } : {}) };
    let a: DiffInput;
    let b: DiffInput;
    try {
      a = await resolveSide(positional[0]!, io.cwd, undefined, opts);
      b = await resolveSide(positional[1]!, io.cwd, undefined, opts);
    } catch (e) {
      // Ctrl-C while a revision builds: the build was stopped and its folder removed; exit as the signal says.
      if (!(e instanceof RevisionInterrupted)) throw e;
      io.stderr(`safety-gap diff: ${e.message}\n`);
      return e.exitCode;
    }
    const report = diffResults(a, b, { sigmas });
    if (full !== undefined) writeFull(full, renderDiffMarkdown(report));
    if (format === "json") io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else if (format === "md") io.stdout(maxChars === undefined ? renderDiffMarkdown(report) : renderDiffSummary(report, maxChars));
    else io.stdout(renderDiffText(report, io.isTTY && Boolean(process.stdout.isTTY) && !io.env.NO_COLOR));
    return report.identical ? 0 : 1;
  },
};

/** --max-chars N: a whole number >= MIN_SUMMARY_CHARS, and only for the Markdown. */
function maxCharsOption(value: string | true | undefined, format: string): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === "string" && /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  if (!(n >= MIN_SUMMARY_CHARS)) throw new SafetyGapError(msg.usageError("diff", msg.badMaxChars(String(value), MIN_SUMMARY_CHARS)), { file: "(command line)" });
  if (format !== "md") throw new SafetyGapError(msg.usageError("diff", msg.maxCharsNeedsMd(format)), { file: "(command line)" });
  return n;
}

/** --full FILE: the whole Markdown, written before anything is printed; a file that cannot be written is bad input. */
function writeFull(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (e) {
    throw new SafetyGapError(msg.fullNotWritten(file, (e as NodeJS.ErrnoException).code ?? String(e)), { file }, msg.fullNotWrittenHint());
  }
}

/**
 * --sigmas K: digits with an optional fraction, greater than 0. Number() alone
 * took "Infinity", "0x10" and " 2", a threshold no one meant.
 */
function sigmasOption(value: string | true | undefined): number {
  if (value === undefined) return 1;
  const k = typeof value === "string" && /^(\d+(\.\d*)?|\.\d+)$/.test(value) ? Number(value) : NaN;
  if (!(k > 0 && Number.isFinite(k))) throw new SafetyGapError(msg.usageError("diff", msg.badSigmas(String(value))), { file: "(command line)" });
  return k;
}

/**
 * On a terminal: one line on stderr while a revision builds, its elapsed
 * seconds redrawn each second, erased when the build ends. Not drawn when
 * stderr is a file or a pipe, whose readers want no carriage returns.
 */
function progressLine(io: CliIO): (building: string | null) => void {
  let timer: NodeJS.Timeout | undefined;
  return (building) => {
    clearInterval(timer);
    if (building === null) {
      io.stderr("\r\x1b[K");
      return;
    }
    const started = Date.now();
    const draw = (): void => io.stderr(`\r\x1b[K${msg.buildingRevision(building, Math.round((Date.now() - started) / 1000))}`);
    draw();
    timer = setInterval(draw, 1000);
    timer.unref();
  };
}
