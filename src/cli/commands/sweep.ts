/**
 * `safety-gap sweep`: the study over many seeds -> out/sweep.json (or, with
 * --shard i/N, one part of it); `safety-gap sweep merge PARTS… --out DIR`
 * combines parts into the same sweep.json.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { SafetyGapError } from "../../errors.js";
import { checkLinks } from "../../pipeline/checkLinks.js";
import { checkOutDir } from "../../pipeline/checkOutDir.js";
import { builtinSource } from "../../sources.js";
import { shownPath } from "../../text/shownPath.js";
import * as msg from "../../messages/sweep.js";
import type { Command, CliIO } from "../command.js";
import { parseOptions, workersOption } from "../parseOptions.js";

const help = `usage: safety-gap sweep --seeds 1..K | --seeds a,b,c [--shard i/N] [--report DIR] [--out DIR] [--workers N] [--full] [--quiet]
       safety-gap sweep merge PART... [--out DIR]

Runs the study for each seed, with the streams of \`compute --seed N\` (the
same numbers, bit for bit), and writes DIR/sweep.json: per number of
results.json its mean, SD (n - 1), min, max, 2.5% and 97.5% quantiles over
the seeds and where the paper's seed falls among them; per claim of
claims.yaml and qualitative statement of published.yaml how many seeds it
holds in, with a Wilson 95% interval. \`check\`, the build and the supplement
read it (docs/sweep.md).

A seed bootstraps only the comparisons whose intervals or SEs a statement or
a published number reads, and those a claim reads where its verdict in that
seed depends on them; the interval and SE keys of all but the first are left
out of sweep.json (--full bootstraps them all, ~3 times slower).

options:
  --seeds SPEC   1..20 (both ends included) or 3,7,11; whole numbers from 0
                 to 2^53 - 1, each once
  --shard PART   i/N: compute only the i-th of N disjoint parts of the seeds
                 into DIR/sweep-part-<i>-of-<N>.json, for \`sweep merge\`
  --report DIR   folder with model.yaml, claims.yaml, published.yaml
                 (default: report)
  --out DIR      output folder (default: out)
  --workers N    bootstrap threads, this one included, 1 to 256 (default:
                 the number of cores); the results are identical for any N
  --full         bootstrap every comparison in every seed
  --quiet        no progress display and no summary line

examples:
  safety-gap sweep --seeds 1..100
  safety-gap sweep --seeds 1..100 --shard 3/4 --out parts
  safety-gap sweep merge parts/sweep-part-*.json --out out
`;

const partName = (index: number, count: number): string => `sweep-part-${index}-of-${count}.json`;

async function merge(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions("sweep", args, { out: { type: "string" }, quiet: { type: "boolean", short: "q" } }, true);
  const [{ readPart }, { mergeParts }, { serializeSweep }, { writeTreeAtomically }] = await Promise.all([
    import("../../sweep/readSweepFiles.js"),
    import("../../sweep/merge.js"),
    import("../../sweep/sweepFile.js"),
    import("../../pipeline/writeTreeAtomically.js"),
  ]);
  // No part named: mergeParts refuses it (msg.mergeNeedsParts), before anything is written.
  const names = positionals.map((p) => shownPath(io.cwd, resolve(io.cwd, p)));
  const parts = positionals.map((p, i) => readPart(resolve(io.cwd, p), names[i]!));
  const sweep = mergeParts(parts, names);
  const outDir = resolve(io.cwd, values.out ?? "out");
  writeTreeAtomically(outDir, new Map([["sweep.json", serializeSweep(sweep)]]));
  if (values.quiet !== true) io.stdout(msg.wroteSweep(`${shownPath(io.cwd, outDir)}/sweep.json`, sweep.seeds.length, Object.keys(sweep.numbers).length, Object.keys(sweep.claims).length));
  return 0;
}

export const sweepCommand: Command = {
  name: "sweep",
  help,
  async run(args, io) {
    if (args[0] === "merge") return merge(args.slice(1), io);
    const { values } = parseOptions("sweep", args, {
      seeds: { type: "string" },
      shard: { type: "string" },
      report: { type: "string" },
      out: { type: "string" },
      workers: { type: "string" },
      full: { type: "boolean" },
      quiet: { type: "boolean", short: "q" },
    });
    const { parseSeeds, parseShard } = await import("../../sweep/seeds.js");
    if (values.seeds === undefined) throw new SafetyGapError(msg.seedsRequired(), { file: "(command line)" }, msg.seedsHint());
    const seeds = parseSeeds(values.seeds);
    if (seeds.length < 2 && values.shard === undefined) throw new SafetyGapError(msg.tooFewSeeds(seeds.length), { file: "(command line)" }, msg.seedsHint());
    const shard = values.shard === undefined ? undefined : parseShard(values.shard);
    const workers = workersOption("sweep", values.workers, availableParallelism());
    const started = performance.now();
    const [{ loadClaims }, { loadPublished }, { mergeParts }, { serializeSweep }, { writeTreeAtomically }] = await Promise.all([
      import("../../review/claims/loadClaims.js"),
      import("../../review/published/loadPublished.js"),
      import("../../sweep/merge.js"),
      import("../../sweep/sweepFile.js"),
      import("../../pipeline/writeTreeAtomically.js"),
    ]);
    const reportDir = resolve(io.cwd, values.report ?? "report");
    checkLinks(io.cwd, [reportDir]);
    const study = await builtinSource.sweep.prepare(reportDir, io.cwd);
    const claimsFile = join(reportDir, "claims.yaml");
    const publishedFile = join(reportDir, "published.yaml");
    const claims = existsSync(claimsFile) ? loadClaims(claimsFile) : [];
    const published = existsSync(publishedFile) ? loadPublished(publishedFile) : undefined;
    const outDir = checkOutDir(io.cwd, values.out ?? "out", reportDir);
    const progress = io.isTTY && values.quiet !== true;
    const part = await study.run({
      seeds,
      ...(shard ? { shard } : {}),
      claims,
      ...(published ? { published } : {}),
      full: values.full === true,
      workers,
      ...(progress ? { onProgress: (done: number, total: number) => io.stderr(msg.progressLine(done, total)) } : {}),
    });
    if (progress) io.stderr("\n");
    const file = shard ? partName(shard.index, shard.count) : "sweep.json";
    // A part is read by programs only: compact. sweep.json is indented like results.json.
    const text = shard ? `${JSON.stringify(part)}\n` : serializeSweep(mergeParts([part], ["(this run)"]));
    writeTreeAtomically(outDir, new Map([[file, text]]));
    if (values.quiet !== true)
      io.stdout(msg.wroteSweep(`${shownPath(io.cwd, outDir)}/${file}`, part.partSeeds.length, Object.keys(part.values).length, part.items.length, (performance.now() - started) / 1000));
    return 0;
  },
};
