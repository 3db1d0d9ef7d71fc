/**
 * `npm run bench -- sweep`: `safety-gap sweep` at the paper's size against
 * one full `safety-gap compute`, in the same run, each in a fresh process as
 * a user runs it (start-up included; best of 2 for compute and the 20-seed
 * sweep, one 100-seed sweep). Prints wall seconds, the ratio of 20 seeds to
 * one compute, peak RSS, the comparisons each seed bootstraps, and the load
 * average before and after (the machine is shared: read the figures with it).
 * Design targets (issue 15): 100 seeds <= 30 s on 2 cores; 20 seeds <= 6x
 * one full compute.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function timed(args: string[]): { seconds: number; peakMiB: number; out: string } {
  const out = mkdtempSync(join(tmpdir(), "sg-bench-sweep-"));
  const rss = `${out}-rss.mjs`;
  writeFileSync(rss, `process.on("exit", () => process.stderr.write("\\npeakMiB " + process.resourceUsage().maxRSS / 1024 + "\\n"));`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", pathToFileURL(rss).href, join(root, "bin/safety-gap.js"), ...args, "--report", join(root, "report"), "--out", out, "--quiet"], { cwd: root, encoding: "utf8" });
  const seconds = (performance.now() - t0) / 1000;
  rmSync(rss);
  if (r.status !== 0) throw new Error(`safety-gap ${args.join(" ")} failed: ${r.stderr}`);
  return { seconds, peakMiB: Number(/peakMiB ([\d.]+)/.exec(r.stderr)?.[1]), out };
}

function best(args: string[], runs: number): { seconds: number; peakMiB: number; bootstrapped?: number } {
  const all = Array.from({ length: runs }, () => {
    const r = timed(args);
    let bootstrapped: number | undefined;
    if (args[0] === "sweep") bootstrapped = (JSON.parse(readFileSync(join(r.out, "sweep.json"), "utf8")) as { bootstrapped: string[] }).bootstrapped.length;
    rmSync(r.out, { recursive: true, force: true });
    return { seconds: r.seconds, peakMiB: r.peakMiB, ...(bootstrapped !== undefined ? { bootstrapped } : {}) };
  });
  return all.reduce((a, b) => (b.seconds < a.seconds ? b : a));
}

const load = (): string => loadavg().map((x) => x.toFixed(2)).join(" ");

export async function run(): Promise<void> {
  execFileSync(process.execPath, [join(root, "scripts/dist.js")], { stdio: "inherit" });
  const workers = String(availableParallelism());
  console.log(`load average before: ${load()} (${availableParallelism()} cores)`);
  const compute = best(["compute", "--workers", workers], 2);
  console.log(`compute (one seed, all 90 bootstraps):  ${compute.seconds.toFixed(2)} s, peak ${compute.peakMiB.toFixed(0)} MiB`);
  const s20 = best(["sweep", "--seeds", "1..20", "--workers", workers], 2);
  console.log(`sweep --seeds 1..20:                   ${s20.seconds.toFixed(2)} s, peak ${s20.peakMiB.toFixed(0)} MiB, ${s20.bootstrapped} of 90 comparisons bootstrapped in every seed (a claim's others where its verdict needs them)`);
  console.log(`  = ${(s20.seconds / compute.seconds).toFixed(2)}x one compute (design target <= 6x)`);
  const s100 = best(["sweep", "--seeds", "1..100", "--workers", workers], 1);
  console.log(`sweep --seeds 1..100:                  ${s100.seconds.toFixed(2)} s, peak ${s100.peakMiB.toFixed(0)} MiB (design target <= 30 s on 2 cores)`);
  console.log(`load average after: ${load()}`);
}
