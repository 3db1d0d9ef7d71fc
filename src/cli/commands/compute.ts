/**
 * `safety-gap compute`: the paper's results source (safety-gap.config.yaml's
 * `results`: the built-in study from report/model.yaml, or the paper's own
 * command) -> out/results.json and out/data/*.csv, written all at once
 * (other entries of out/ are kept).
 */
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { checkOutDir } from "../../pipeline/checkOutDir.js";
import { checkLinks } from "../../pipeline/checkLinks.js";
import { builtinSource } from "../../sources.js";
import { loadResults } from "../../results/loadResults.js";
import { writeTreeAtomically } from "../../pipeline/writeTreeAtomically.js";
import { loadConfig } from "../../config/loadConfig.js";
import { resultsSource } from "../../config/commandSource.js";
import { commandSource } from "../../source/commandResults.js";
import { CONFIG_FILE } from "../../config/configSchema.js";
import { shownPath } from "../../text/shownPath.js";
import { SafetyGapError } from "../../errors.js";
import * as msg from "../../messages/compute.js";
import type { Command } from "../command.js";
import { integerOption, parseOptions, workersOption } from "../parseOptions.js";

const help = `usage: safety-gap compute [--report DIR] [--out DIR] [--seed N] [--workers N] [--quiet]

Computes the paper's results into one results file: with the built-in
study, simulates every model configuration of report/model.yaml and computes
every statistic; with a results command in safety-gap.config.yaml, runs it
(cached by its declared inputs) and checks the file it writes.

options:
  --report DIR   folder holding model.yaml (default: the config's report, else report)
  --out DIR      output folder (default: the config's output.dir, else out); writes results.json,
                 data/samples.csv and data/summary-<scale>.csv; not the
                 report or templates folder, nor inside or around them
  --seed N       override the file's seed (built-in study only)
  --workers N    threads for the bootstrap, this one included, 1 to 256
                 (default: the number of cores); the results are identical
                 for any N
  --quiet        no progress display (it is shown only on a terminal anyway)

examples:
  safety-gap compute
  safety-gap compute --seed 7 --out out-seed7
`;

interface ComputeArgs {
  /** Given on the command line; else the config's. */
  report?: string;
  out?: string;
  seed?: number;
  workers: number;
  quiet: boolean;
}

export function parseComputeArgs(args: string[]): ComputeArgs {
  const { values } = parseOptions("compute", args, {
    report: { type: "string" },
    out: { type: "string" },
    seed: { type: "string" },
    workers: { type: "string" },
    quiet: { type: "boolean", short: "q" },
  });
  return {
    ...(values.report !== undefined ? { report: values.report } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values.seed !== undefined ? { seed: integerOption("compute", "seed", values.seed, 0, 0) } : {}),
    workers: workersOption("compute", values.workers, availableParallelism()),
    quiet: values.quiet === true,
  };
}

export const compute: Command = {
  name: "compute",
  help,
  async run(args, io) {
    const opts = parseComputeArgs(args);
    const started = performance.now();
    const { file: configFile, root, config } = loadConfig(io.cwd);
    const reportDir = opts.report !== undefined ? resolve(io.cwd, opts.report) : resolve(root, config.report);
    const outArg = opts.out ?? shownPath(io.cwd, resolve(root, config.output.dir));
    // model.yaml must not be a link out of the report (its text would reach an error's excerpt).
    checkLinks(io.cwd, [reportDir]);
    const progress = io.isTTY && !opts.quiet;
    const setting = resultsSource(config, root, configFile ? shownPath(io.cwd, configFile) : CONFIG_FILE);
    if (setting.kind === "command" && opts.seed !== undefined) throw new SafetyGapError(msg.seedNeedsBuiltin(setting.text), { file: setting.configFile, path: "results" }, msg.seedNeedsBuiltinHint());
    const source = setting.kind === "command" ? commandSource(setting, process.env, progress ? (line) => io.stderr(`${line}\n`) : undefined) : builtinSource;
    let outDir = "";
    const { results, files } = await loadResults(
      source,
      {
        reportDir,
        cwd: io.cwd,
        workers: opts.workers,
        ...(opts.seed === undefined ? {} : { seed: opts.seed }),
        ...(progress ? { onProgress: (done: number, total: number) => io.stderr(msg.progressLine(done, total)) } : {}),
      },
      {
        // The results replace data/ in the output folder, which must not be (in) the source: checked
        // before the simulation (the long part); a broken parameter file is reported first.
        beforeRun: () => (outDir = checkOutDir(io.cwd, outArg, reportDir)),
      },
    );
    // The study draws its progress on one line (\r); a command source prints whole lines.
    if (progress && source === builtinSource) io.stderr("\n");
    writeTreeAtomically(outDir, files);
    if (!opts.quiet)
      io.stdout(msg.wroteResults(shownPath(io.cwd, outDir), [...files.keys()], Object.keys(results.numbers).length, (performance.now() - started) / 1000, opts.workers));
    return 0;
  },
};
