/**
 * Speed of src/random against NumPy on this machine, measured in one run:
 * ns per integers(0, 500) draw (array fill; wasm and TypeScript kernels, and
 * wasm with { threads: 2 }), per
 * 64-bit PCG64 step, per bootstrap draw, and NumPy's figures for
 * rng.integers(0, 500, size=N) and x[rng.integers(0, 500, size=(B, 500))].mean(axis=1)
 * when /usr/bin/python3 has NumPy (skipped otherwise).
 *
 * Figures are CPU time (process.cpuUsage / time.process_time_ns), the best of
 * several repeats, and NumPy is measured in rounds interleaved with ours, so
 * a busy shared machine skews the ratio less. Still indicative only. The
 * two-thread figure is wall time (its CPU time is spread over two threads)
 * and is compared with NumPy's wall time (perf_counter_ns) of the same call.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { PCG64, bootstrapMeans, defaultRng, type Kernel } from "../src/random/index.js";

const PYTHON = "/usr/bin/python3";
const N = 2_000_000;
const B = 2000;
const BOOT_N = 500;
const ROUNDS = 3;
const SINGLE_WALL = `integers(0, 500, size=${N}) [wasm] per draw, wall`;
const THREADED = `integers(0, 500, size=${N}) [wasm, threads: 2] per draw, wall`;

/** Best-of-`repeats` CPU nanoseconds per item of `fn`, which processes `items` items per call. */
function nsPer(items: number, fn: () => void, repeats = 5): number {
  fn(); // warm-up (JIT, wasm tier-up)
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    best = Math.min(best, ((c.user + c.system) * 1000) / items);
  }
  return best;
}

/** Best-of-`repeats` wall nanoseconds per item (for work spread over threads). */
function wallNsPer(items: number, fn: () => void, repeats = 9): number {
  fn(); // warm-up; also starts the helper thread
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / items);
  }
  return best;
}

interface NumpyFigures {
  integers: number;
  integersWall: number;
  bootstrap: number;
}

/** One round of NumPy's figures (CPU ns per draw), or undefined without NumPy. */
function numpyRound(): NumpyFigures | undefined {
  if (!existsSync(PYTHON)) return undefined;
  const script = `
import time, json
import numpy as np
def best(fn, reps=5, clock=time.process_time_ns):
    fn(); b = float("inf")
    for _ in range(reps):
        t0 = clock(); fn(); b = min(b, clock() - t0)
    return b
rng = np.random.default_rng(42)
x = rng.standard_normal(${BOOT_N})
ints = best(lambda: rng.integers(0, 500, size=${N})) / ${N}
ints_wall = best(lambda: rng.integers(0, 500, size=${N}), 9, time.perf_counter_ns) / ${N}
boot = best(lambda: x[rng.integers(0, ${BOOT_N}, size=(${B}, ${BOOT_N}))].mean(axis=1)) / (${B} * ${BOOT_N})
print(json.dumps({"integers": ints, "integersWall": ints_wall, "bootstrap": boot}))
`;
  const r = spawnSync(PYTHON, ["-c", script], { encoding: "utf8" });
  if (r.status !== 0) return undefined;
  return JSON.parse(r.stdout) as NumpyFigures;
}

const min = (a: number | undefined, b: number): number => Math.min(a ?? Infinity, b);

export async function run(): Promise<void> {
  const best = new Map<string, number>();
  const note = (key: string, ns: number): void => void best.set(key, min(best.get(key), ns));
  const x = defaultRng(3).standardNormal(BOOT_N);
  let numpy: NumpyFigures | undefined;
  let numpyMissing = false;
  for (let round = 0; round < ROUNDS; round++) {
    for (const kernel of ["wasm", "ts"] as Kernel[]) {
      const g = defaultRng(1, { kernel });
      const n = kernel === "wasm" ? N : N / 4;
      note(`integers(0, 500, size=${n}) [${kernel}] per draw`, nsPer(n, () => g.integers(0, 500, n)));
    }
    const g1 = defaultRng(1);
    note(SINGLE_WALL, wallNsPer(N, () => g1.integers(0, 500, N)));
    const g2 = defaultRng(1, { threads: 2 });
    note(THREADED, wallNsPer(N, () => g2.integers(0, 500, N)));
    const bg = new PCG64(2);
    note("PCG64 64-bit step [ts: bg.step()]", nsPer(N / 4, () => {
      for (let i = 0; i < N / 4; i++) bg.step();
    }));
    note(`PCG64.randomRaw(${N}) [wasm] per 64-bit step`, nsPer(N, () => bg.randomRaw(N)));
    for (const kernel of ["wasm", "ts"] as Kernel[]) {
      const g = defaultRng(4, { kernel });
      const b = kernel === "wasm" ? B : B / 4;
      note(`bootstrapMeans(x[${BOOT_N}], ${b}) [${kernel}] per draw`, nsPer(b * BOOT_N, () => bootstrapMeans(g, x, b)));
    }
    if (!numpyMissing) {
      const r = numpyRound();
      if (!r) numpyMissing = true;
      else {
        numpy = {
          integers: min(numpy?.integers, r.integers),
          integersWall: min(numpy?.integersWall, r.integersWall),
          bootstrap: min(numpy?.bootstrap, r.bootstrap),
        };
      }
    }
  }
  const rows = [...best.entries()];
  if (numpy) {
    rows.push([`NumPy rng.integers(0, 500, size=${N}) per draw`, numpy.integers]);
    rows.push([`NumPy rng.integers(0, 500, size=${N}) per draw, wall`, numpy.integersWall]);
    rows.push([`NumPy x[rng.integers(0, ${BOOT_N}, (${B}, ${BOOT_N}))].mean(axis=1) per draw`, numpy.bootstrap]);
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`CPU time, best of ${ROUNDS} rounds x 5 repeats (indicative on a shared machine)`);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v.toFixed(2).padStart(7)} ns`);
  if (numpy) {
    const ints = best.get(`integers(0, 500, size=${N}) [wasm] per draw`)!;
    const boot = best.get(`bootstrapMeans(x[${BOOT_N}], ${B}) [wasm] per draw`)!;
    console.log(`NumPy / wasm, integers(0, 500) array, one thread: ${(numpy.integers / ints).toFixed(2)}x CPU time, ${(numpy.integersWall / best.get(SINGLE_WALL)!).toFixed(2)}x wall time (> 1 means faster than NumPy)`);
    console.log(`NumPy / wasm, integers(0, 500) array, threads: 2: ${(numpy.integersWall / best.get(THREADED)!).toFixed(2)}x (wall time; target >= 2x)`);
    console.log(`NumPy / wasm, bootstrap draw:                    ${(numpy.bootstrap / boot).toFixed(2)}x`);
  } else {
    console.log(`NumPy figures skipped: ${PYTHON} with numpy not found`);
  }
}
