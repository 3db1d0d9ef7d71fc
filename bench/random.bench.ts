/**
 * Speed of src/random against NumPy on this machine, measured in one run:
 * ns per integers(0, 500) draw (array fill; wasm and TypeScript kernels, and
 * wasm with { threads: 2 }; a fresh array per call, and one `out` array
 * reused, as NumPy's own figure reuses the array its allocator hands back),
 * per 64-bit PCG64 step, per bootstrap draw, per
 * standard_normal draw, and NumPy's figures for rng.integers(0, 500,
 * size=N), x[rng.integers(0, 500, size=(B, 500))].mean(axis=1) and
 * rng.standard_normal(M) when /usr/bin/python3 has NumPy (skipped otherwise).
 *
 * Each figure is the best and the median wall time of several calls, and
 * the best of the process's CPU time (process.cpuUsage / time.process_time_ns, all threads);
 * NumPy is measured in rounds interleaved with ours, so a busy shared machine
 * skews the ratios less. Ratios use wall time: the two-thread fill spreads
 * its CPU time over two threads, and NumPy's CPU time has been seen at twice
 * its wall time in this script (work on other threads of the Python process),
 * which would flatter every CPU ratio. Indicative only.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { PCG64, bootstrapMeans, defaultRng, type Kernel } from "../src/random/index.js";

const PYTHON = "/usr/bin/python3";
const N = 2_000_000;
const B = 2000;
const BOOT_N = 500;
const NORMALS = 1_000_000;
const ROUNDS = 3;

/** Best wall and CPU nanoseconds per item of `fn` over `repeats` calls (after one warm-up call: JIT, wasm tier-up, helper thread start). */
function nsPer(items: number, fn: () => void, repeats = 7): Figure {
  fn();
  const walls: number[] = [];
  let cpu = Infinity;
  for (let r = 0; r < repeats; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    fn();
    walls.push(Number(process.hrtime.bigint() - t0) / items);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, ((c.user + c.system) * 1000) / items);
  }
  return { walls, cpu };
}

/** Every call's wall ns per item (all rounds), and the best CPU ns per item. */
interface Figure {
  walls: number[];
  cpu: number;
}

const bestWall = (f: Figure): number => Math.min(...f.walls);
const medianWall = (f: Figure): number => {
  const w = [...f.walls].sort((a, b) => a - b);
  return w.length % 2 ? w[(w.length - 1) / 2]! : (w[w.length / 2 - 1]! + w[w.length / 2]!) / 2;
};

interface NumpyFigures {
  integers: Figure;
  bootstrap: Figure;
  normal: Figure;
}

/** One round of NumPy's figures (CPU ns per draw), or undefined without NumPy. */
function numpyRound(): NumpyFigures | undefined {
  if (!existsSync(PYTHON)) return undefined;
  const script = `
import time, json
import numpy as np
def best(fn, items, reps=7):
    fn(); walls = []; cpu = float("inf")
    for _ in range(reps):
        c0 = time.process_time_ns(); t0 = time.perf_counter_ns(); fn()
        walls.append((time.perf_counter_ns() - t0) / items); cpu = min(cpu, time.process_time_ns() - c0)
    return {"walls": walls, "cpu": cpu / items}
rng = np.random.default_rng(42)
x = rng.standard_normal(${BOOT_N})
ints = best(lambda: rng.integers(0, 500, size=${N}), ${N})
boot = best(lambda: x[rng.integers(0, ${BOOT_N}, size=(${B}, ${BOOT_N}))].mean(axis=1), ${B} * ${BOOT_N})
normal = best(lambda: rng.standard_normal(${NORMALS}), ${NORMALS})
print(json.dumps({"integers": ints, "bootstrap": boot, "normal": normal}))
`;
  const r = spawnSync(PYTHON, ["-c", script], { encoding: "utf8" });
  if (r.status !== 0) return undefined;
  return JSON.parse(r.stdout) as NumpyFigures;
}

const better = (a: Figure | undefined, b: Figure): Figure => (a ? { walls: [...a.walls, ...b.walls], cpu: Math.min(a.cpu, b.cpu) } : b);

const INTS = `integers(0, 500, size=${N}) [wasm] per draw`;
const THREADED = `integers(0, 500, size=${N}) [wasm, threads: 2] per draw`;
const OUT = `integers(0, 500, out=Int32Array(${N}) reused) [wasm] per draw`;
const THREADED_OUT = `integers(0, 500, out=Int32Array(${N}) reused) [wasm, threads: 2] per draw`;
const BOOT = `bootstrapMeans(x[${BOOT_N}], ${B}) [wasm] per draw`;
const NORMAL = `standardNormal(${NORMALS}) [wasm] per draw`;

export async function run(): Promise<void> {
  const best = new Map<string, Figure>();
  const note = (key: string, f: Figure): void => void best.set(key, better(best.get(key), f));
  const x = defaultRng(3).standardNormal(BOOT_N);
  let numpy: NumpyFigures | undefined;
  let numpyMissing = false;
  for (let round = 0; round < ROUNDS; round++) {
    const g = defaultRng(1, { kernel: "wasm" });
    note(INTS, nsPer(N, () => g.integers(0, 500, N)));
    const g2 = defaultRng(1, { threads: 2 });
    note(THREADED, nsPer(N, () => g2.integers(0, 500, N)));
    // The same draws into one array used again and again: no fresh memory (and no page faults) per call,
    // as NumPy's figure gets from its allocator handing the freed array back (docs/random.md, "Speed").
    const reused = new Int32Array(N);
    note(OUT, nsPer(N, () => g.integers(0, 500, undefined, { out: reused })));
    note(THREADED_OUT, nsPer(N, () => g2.integers(0, 500, undefined, { out: reused })));
    const gt = defaultRng(1, { kernel: "ts" });
    note(`integers(0, 500, size=${N / 4}) [ts] per draw`, nsPer(N / 4, () => gt.integers(0, 500, N / 4), 3));
    const bg = new PCG64(2);
    note("PCG64 64-bit step [ts: bg.step()]", nsPer(N / 4, () => {
      for (let i = 0; i < N / 4; i++) bg.step();
    }, 3));
    note(`PCG64.randomRaw(${N}) [wasm] per 64-bit step`, nsPer(N, () => bg.randomRaw(N)));
    for (const kernel of ["wasm", "ts"] as Kernel[]) {
      const gk = defaultRng(4, { kernel });
      const b = kernel === "wasm" ? B : B / 4;
      note(`bootstrapMeans(x[${BOOT_N}], ${b}) [${kernel}] per draw`, nsPer(b * BOOT_N, () => bootstrapMeans(gk, x, b), kernel === "wasm" ? 7 : 3));
    }
    const gn = defaultRng(5, { kernel: "wasm" });
    note(NORMAL, nsPer(NORMALS, () => gn.standardNormal(NORMALS)));
    const gnt = defaultRng(5, { kernel: "ts" });
    note(`standardNormal(${NORMALS / 4}) [ts] per draw`, nsPer(NORMALS / 4, () => gnt.standardNormal(NORMALS / 4), 3));
    if (!numpyMissing) {
      const r = numpyRound();
      if (!r) numpyMissing = true;
      else numpy = { integers: better(numpy?.integers, r.integers), bootstrap: better(numpy?.bootstrap, r.bootstrap), normal: better(numpy?.normal, r.normal) };
    }
  }
  const rows = [...best.entries()];
  if (numpy) {
    rows.push([`NumPy rng.integers(0, 500, size=${N}) per draw`, numpy.integers]);
    rows.push([`NumPy x[rng.integers(0, ${BOOT_N}, (${B}, ${BOOT_N}))].mean(axis=1) per draw`, numpy.bootstrap]);
    rows.push([`NumPy rng.standard_normal(${NORMALS}) per draw`, numpy.normal]);
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`${ROUNDS} rounds x 7 calls (3 for the TypeScript rows): best and median wall time, best CPU time; indicative on a shared machine`);
  console.log(`${"".padEnd(width)}  ${"best".padStart(8)}  ${"median".padStart(8)}  ${"CPU".padStart(8)}`);
  const ns = (v: number): string => `${v.toFixed(2).padStart(5)} ns`;
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${ns(bestWall(v))}  ${ns(medianWall(v))}  ${ns(v.cpu)}`);
  if (numpy) {
    const ratio = (ours: string, theirs: Figure): string =>
      `${(bestWall(theirs) / bestWall(best.get(ours)!)).toFixed(2)}x best, ${(medianWall(theirs) / medianWall(best.get(ours)!)).toFixed(2)}x median`;
    console.log(`NumPy / ours (wall time; > 1 means faster than NumPy):`);
    console.log(`  integers(0, 500) array, one thread:  ${ratio(INTS, numpy.integers)}`);
    console.log(`  integers(0, 500) array, threads: 2:  ${ratio(THREADED, numpy.integers)} (target >= 2x)`);
    console.log(`  integers(0, 500) into a reused out, one thread:  ${ratio(OUT, numpy.integers)}`);
    console.log(`  integers(0, 500) into a reused out, threads: 2:  ${ratio(THREADED_OUT, numpy.integers)} (target >= 2x)`);
    console.log(`  bootstrap draw, one thread:          ${ratio(BOOT, numpy.bootstrap)}`);
    console.log(`  standard_normal array, one thread:   ${ratio(NORMAL, numpy.normal)}`);
  } else {
    console.log(`NumPy figures skipped: ${PYTHON} with numpy not found`);
  }
}
