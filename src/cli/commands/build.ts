/** `safety-gap build`: report/ -> out/ (results, paper.html, paper.pdf, site/), all at once. */
import { relative } from "node:path";
import { build } from "../../pipeline/build.js";
import { nodeEffects } from "../../pipeline/effects.js";
import { resolveOptions } from "../../pipeline/resolveOptions.js";
import type { StageRun } from "../../pipeline/context.js";
import type { Command } from "../command.js";
import { parseOptions, workersOption } from "../parseOptions.js";

const help = `usage: safety-gap build [--report DIR] [--out DIR] [--workers N] [--no-pdf] [--no-site] [--strict] [--quiet]

Runs the whole pipeline: simulate and analyze (report/model.yaml), render the
figures (report/figures), the paper (report/paper, templates/) to HTML, check
the published numbers and claims, build the supplement, print the PDF. Every
stage is cached by a hash of its inputs; the output folder is replaced at
once, so a failed build leaves the previous one intact.

options:
  --report DIR   the paper's source folder (default: report)
  --out DIR      output folder (default: out); not the report or templates
                 folder, nor inside or around them
  --workers N    threads for the bootstrap, this one included, 1 to 256
                 (default: number of cores)
  --no-pdf       skip the PDF (no browser needed)
  --no-site      skip the HTML supplement (out/site/)
  --strict       failing claims (report/claims.yaml) stop the build
  --quiet        no progress or summary; warnings (such as a failing claim)
                 and errors still go to stderr

writes: out/paper.html, out/paper.pdf, out/assets/, out/results.json,
out/data/*.csv, out/provenance.json, out/check.json, out/site/
`;

export const formatStage = (r: StageRun): string =>
  `  ${r.stage.padEnd(8)} ${r.ran ? "ran   " : "reused"} ${`${r.ms.toFixed(0)} ms`.padStart(8)}  (${r.reason})\n`;

export const buildCommand: Command = {
  name: "build",
  help,
  async run(args, io) {
    const { values } = parseOptions("build", args, {
      report: { type: "string" },
      out: { type: "string" },
      workers: { type: "string" },
      "no-pdf": { type: "boolean" },
      "no-site": { type: "boolean" },
      strict: { type: "boolean" },
      quiet: { type: "boolean", short: "q" },
    });
    const quiet = values.quiet === true;
    const options = resolveOptions({
      cwd: io.cwd,
      report: values.report,
      out: values.out,
      workers: values.workers === undefined ? undefined : workersOption("build", values.workers, 1),
      // Given, --no-pdf and --no-site override the config file; absent, the config (or its default) decides.
      ...(values["no-pdf"] === true ? { pdf: false } : {}),
      ...(values["no-site"] === true ? { site: false } : {}),
      strict: values.strict === true,
    });
    if (!quiet) options.onStage = (r) => io.stdout(formatStage(r));
    if (!quiet && io.isTTY) options.onProgress = (line) => io.stderr(`${line}\n`);
    const report = await build(options, nodeEffects(io.env));
    for (const w of report.warnings) io.stderr(`warning: ${w}\n`);
    if (!quiet) io.stdout(`wrote ${report.files.length} files to ${relative(io.cwd, options.outDir) || "."} in ${(report.ms / 1000).toFixed(2)} s\n`);
    return 0;
  },
};
