/**
 * `safety-gap compute`: report/model.yaml -> out/results.json and out/data/*.csv,
 * written all at once (other entries of out/ are kept).
 */
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { BootstrapPool } from "../../study/analyze/bootstrapPool.js";
import { checkOutDir } from "../../pipeline/checkOutDir.js";
import { checkLinks } from "../../pipeline/checkLinks.js";
import { shownPath } from "../../text/shownPath.js";
import * as msg from "../../messages/compute.js";
import type { Command } from "../command.js";
import { integerOption, parseOptions, workersOption } from "../parseOptions.js";

const help = `usage: safety-gap compute [--report DIR] [--out DIR] [--seed N] [--workers N] [--quiet]

Simulates every model configuration of report/model.yaml (30 in the paper)
and computes every statistic of the paper into one results file.

options:
  --report DIR   folder holding model.yaml (default: report)
  --out DIR      output folder (default: out); writes results.json,
                 data/samples.csv and data/summary-<scale>.csv; not the
                 report or templates folder, nor inside or around them
  --seed N       override the file's seed
  --workers N    threads for the bootstrap, this one included, 1 to 256
                 (default: the number of cores); the results are identical
                 for any N
  --quiet        no progress display (it is shown only on a terminal anyway)

examples:
  safety-gap compute
  safety-gap compute --seed 7 --out out-seed7
`;

interface ComputeArgs {
  report: string;
  out: string;
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
    report: values.report ?? "report",
    out: values.out ?? "out",
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
    // Workers first: their boot overlaps importing, loading and simulating below.
    const pool = new BootstrapPool(opts.workers);
    try {
      // Imported here, after the workers started (the YAML parser alone takes ~30 ms to load).
      const [{ loadResults }, { builtinSource }, { writeTreeAtomically }] = await Promise.all([
        import("../../results/loadResults.js"),
        import("../../study/source.js"),
        import("../../pipeline/writeTreeAtomically.js"),
      ]);
      const reportDir = resolve(io.cwd, opts.report);
      // model.yaml must not be a link out of the report (its text would reach an error's excerpt).
      checkLinks(io.cwd, [reportDir]);
      const progress = io.isTTY && !opts.quiet;
      let outDir = "";
      const { results, files } = await loadResults(
        builtinSource,
        {
          reportDir,
          cwd: io.cwd,
          workers: opts.workers,
          pool,
          ...(opts.seed === undefined ? {} : { seed: opts.seed }),
          ...(progress ? { onProgress: (done: number, total: number) => io.stderr(msg.progressLine(done, total)) } : {}),
        },
        {
          // The results replace data/ in the output folder, which must not be (in) the source: checked
          // before the simulation (the long part); a broken parameter file is reported first.
          beforeRun: () => (outDir = checkOutDir(io.cwd, opts.out, reportDir)),
        },
      );
      if (progress) io.stderr("\n");
      writeTreeAtomically(outDir, files);
      if (!opts.quiet)
        io.stdout(msg.wroteResults(shownPath(io.cwd, outDir), [...files.keys()], Object.keys(results.numbers).length, (performance.now() - started) / 1000, opts.workers));
      return 0;
    } finally {
      await pool.close();
    }
  },
};
