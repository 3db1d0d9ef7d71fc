/**
 * `npm run bench -- compute`: `safety-gap compute` at the paper's size
 * (n = 500, B = 10,000: ~900 million bounded draws) against the vectorized
 * NumPy implementation of the same work (bench/numpy/compute.py, same
 * streams, draws and reductions), in the same run. Prints wall-clock times
 * (each in a fresh process, `safety-gap compute` as a user runs it, start-up
 * included; best of 2, since the
 * machine is shared), their ratio and peak RSS.
 * Targets (issue 3): >= 5x faster than NumPy on 2 cores, < 200 MB peak.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PYTHON = "/usr/bin/python3";

/**
 * Runs `safety-gap compute` as a user does (bin/safety-gap.js, which runs the
 * bundled CLI) in a child process; returns wall seconds and the child's peak
 * RSS (MiB, worker threads included), reported on exit by a module loaded
 * with --import.
 */
function runCompute(workers: number): { seconds: number; peakMiB: number } {
  const out = mkdtempSync(join(tmpdir(), "sg-bench-"));
  const rss = join(out, "..", `${out.split("/").at(-1)}-rss.mjs`);
  writeFileSync(rss, `process.on("exit", () => process.stderr.write("\\npeakMiB " + process.resourceUsage().maxRSS / 1024 + "\\n"));`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", pathToFileURL(rss).href, join(root, "bin/safety-gap.js"), "compute", "--report", join(root, "report"), "--out", out, "--workers", String(workers), "--quiet"], { cwd: root, encoding: "utf8" });
  const wall = (performance.now() - t0) / 1000;
  rmSync(rss);
  rmSync(out, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`safety-gap compute failed: ${r.stderr}`);
  return { seconds: wall, peakMiB: Number(/peakMiB ([\d.]+)/.exec(r.stderr)?.[1]) };
}

function runNumpy(): { seconds: number; peakMiB: number } | undefined {
  if (!existsSync(PYTHON) || spawnSync(PYTHON, ["-c", "import numpy, scipy, yaml"]).status !== 0) return undefined;
  const t0 = performance.now();
  const r = spawnSync(PYTHON, [join(root, "bench/numpy/compute.py"), "--report", join(root, "report/model.yaml"), "--quiet"], { cwd: root, encoding: "utf8" });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`numpy reference failed: ${r.stderr}`);
  const peak = /peak RSS (\d+) MiB/.exec(r.stderr)?.[1];
  return { seconds: wall, peakMiB: Number(peak) };
}

const RUNS = 2;

/** The fastest of RUNS runs (the largest peak RSS). */
function best<T extends { seconds: number; peakMiB: number }>(f: () => T | undefined): T | undefined {
  const runs = Array.from({ length: RUNS }, f).filter((r): r is T => r !== undefined);
  if (runs.length === 0) return undefined;
  const fastest = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return { ...fastest, peakMiB: Math.max(...runs.map((r) => r.peakMiB)) };
}

export async function run(): Promise<void> {
  execFileSync(process.execPath, [join(root, "scripts/dist.js")], { stdio: "inherit" });
  const numpy = best(runNumpy);
  if (numpy) console.log(`numpy (bench/numpy/compute.py):  ${numpy.seconds.toFixed(2)} s, peak RSS ${numpy.peakMiB.toFixed(0)} MiB`);
  else console.log("numpy: skipped (/usr/bin/python3 with numpy, scipy and yaml not found)");
  const startup = best(() => {
    const t0 = performance.now();
    execFileSync(process.execPath, [join(root, "bin/safety-gap.js"), "--version"], { cwd: root });
    return { seconds: (performance.now() - t0) / 1000, peakMiB: 0 };
  }) as { seconds: number };
  console.log(`CLI start-up (safety-gap --version): ${startup.seconds.toFixed(2)} s, included below`);
  const counts = [...new Set([1, Math.min(2, availableParallelism()), availableParallelism()])];
  for (const workers of counts) {
    const ts = best(() => runCompute(workers)) as { seconds: number; peakMiB: number };
    const ratio = numpy ? `, ${(numpy.seconds / ts.seconds).toFixed(2)}x numpy` : "";
    console.log(`safety-gap compute --workers ${workers}: ${ts.seconds.toFixed(2)} s, peak RSS ${ts.peakMiB.toFixed(0)} MiB${ratio}`);
  }
}
