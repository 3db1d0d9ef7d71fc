/**
 * `npm run bench -- compute`: `safety-gap compute` at the paper's size
 * (n = 500, B = 10,000: ~900 million bounded draws) against the vectorized
 * NumPy implementation of the same work (bench/numpy/compute.py, same
 * streams, draws and reductions), in the same run. Prints wall-clock times
 * (each in a fresh process, start-up included; best of 2, since the
 * machine is shared), their ratio and peak RSS.
 * Targets (issue 3): >= 5x faster than NumPy on 2 cores, < 200 MB peak.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PYTHON = "/usr/bin/python3";

/**
 * Runs the compiled `compute` command (its module, not the whole CLI: the
 * command table imports every command, whose start-up is reported apart) in
 * a child process; returns wall seconds and the child's peak RSS (MiB, worker threads included). */
function runCompute(workers: number): { seconds: number; peakMiB: number } {
  const out = mkdtempSync(join(tmpdir(), "sg-bench-"));
  const script = `
    const t0 = performance.now();
    const { compute } = await import(${JSON.stringify(join(root, "dist/cli/commands/compute.js"))});
    const io = { stdout: () => {}, stderr: (t) => process.stderr.write(t), isTTY: false, cwd: process.cwd(), env: process.env };
    const code = await compute.run(["--report", ${JSON.stringify(join(root, "report"))}, "--out", ${JSON.stringify(out)}, "--workers", "${workers}", "--quiet"], io);
    if (code !== 0) process.exit(code);
    console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, peakMiB: process.resourceUsage().maxRSS / 1024 }));`;
  const t0 = performance.now();
  const file = join(out, "..", `${out.split("/").at(-1)}.mjs`);
  writeFileSync(file, script);
  const text = execFileSync(process.execPath, [file], { cwd: root, encoding: "utf8" });
  rmSync(file);
  const wall = (performance.now() - t0) / 1000;
  rmSync(out, { recursive: true, force: true });
  const inner = JSON.parse(text.trim().split("\n").at(-1) as string) as { seconds: number; peakMiB: number };
  return { seconds: wall, peakMiB: inner.peakMiB };
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
  console.log(`CLI start-up (safety-gap --version, all commands imported): ${startup.seconds.toFixed(2)} s, not included below`);
  const counts = [...new Set([1, Math.min(2, availableParallelism()), availableParallelism()])];
  for (const workers of counts) {
    const ts = best(() => runCompute(workers)) as { seconds: number; peakMiB: number };
    const ratio = numpy ? `, ${(numpy.seconds / ts.seconds).toFixed(2)}x numpy` : "";
    console.log(`safety-gap compute --workers ${workers}: ${ts.seconds.toFixed(2)} s, peak RSS ${ts.peakMiB.toFixed(0)} MiB${ratio}`);
  }
}
