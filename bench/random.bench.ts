/**
 * Speed of src/random against NumPy on this machine, measured in one run:
 * ns per integers(0, 500) draw (array fill; wasm and TypeScript kernels), per
 * 64-bit PCG64 step, per bootstrap draw, and NumPy's figures for
 * rng.integers(0, 500, size=N) and x[rng.integers(0, 500, size=(B, 500))].mean(axis=1)
 * when /usr/bin/python3 has NumPy (skipped otherwise). Each figure is the
 * best of a few repeats, so a busy shared machine disturbs it less.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { PCG64, bootstrapMeans, defaultRng, type Kernel } from "../src/random/index.js";

const PYTHON = "/usr/bin/python3";
const N = 4_000_000;
const B = 2000;
const BOOT_N = 500;

/** Best-of-`repeats` nanoseconds per item of `fn`, which processes `items` items per call. */
function nsPer(items: number, fn: () => void, repeats = 5): number {
  fn(); // warm-up (JIT, wasm compile)
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0));
  }
  return best / items;
}

/** NumPy's figures (ns per draw), measured by a short Python script, or undefined without NumPy. */
function numpyFigures(): { integers: number; bootstrap: number } | undefined {
  if (!existsSync(PYTHON)) return undefined;
  const script = `
import time, json
import numpy as np
def best(fn, reps=5):
    fn(); b = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter_ns(); fn(); b = min(b, time.perf_counter_ns() - t0)
    return b
rng = np.random.default_rng(42)
x = rng.standard_normal(${BOOT_N})
ints = best(lambda: rng.integers(0, 500, size=${N})) / ${N}
boot = best(lambda: x[rng.integers(0, ${BOOT_N}, size=(${B}, ${BOOT_N}))].mean(axis=1)) / (${B} * ${BOOT_N})
print(json.dumps({"integers": ints, "bootstrap": boot}))
`;
  const r = spawnSync(PYTHON, ["-c", script], { encoding: "utf8" });
  if (r.status !== 0) return undefined;
  return JSON.parse(r.stdout) as { integers: number; bootstrap: number };
}

const fmt = (ns: number): string => `${ns.toFixed(2).padStart(7)} ns`;

export async function run(): Promise<void> {
  const rows: [string, number][] = [];
  const kernels: Kernel[] = ["wasm", "ts"];
  for (const kernel of kernels) {
    const g = defaultRng(1, { kernel });
    const n = kernel === "wasm" ? N : N / 4;
    rows.push([`integers(0, 500, size=${n}) [${kernel}] per draw`, nsPer(n, () => g.integers(0, 500, n))]);
  }
  const bg = new PCG64(2);
  rows.push([`PCG64 64-bit step [ts, bg.step()]`, nsPer(N / 4, () => {
    for (let i = 0; i < N / 4; i++) bg.step();
  })]);
  rows.push([`PCG64.randomRaw(${N}) [wasm] per 64-bit step`, nsPer(N, () => bg.randomRaw(N))]);
  const x = defaultRng(3).standardNormal(BOOT_N);
  for (const kernel of kernels) {
    const g = defaultRng(4, { kernel });
    const b = kernel === "wasm" ? B : B / 4;
    rows.push([`bootstrapMeans(x[${BOOT_N}], ${b}) [${kernel}] per draw`, nsPer(b * BOOT_N, () => bootstrapMeans(g, x, b))]);
  }
  const np = numpyFigures();
  if (np) {
    rows.push([`NumPy rng.integers(0, 500, size=${N}) per draw`, np.integers]);
    rows.push([`NumPy x[rng.integers(0, ${BOOT_N}, (${B}, ${BOOT_N}))].mean(axis=1) per draw`, np.bootstrap]);
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${fmt(v)}`);
  if (np) {
    const wasmInts = rows[0]![1];
    const wasmBoot = rows.find(([k]) => k.startsWith("bootstrapMeans") && k.includes("[wasm]"))![1];
    console.log(`ratio NumPy / wasm, integers(0, 500): ${(np.integers / wasmInts).toFixed(2)}x faster (target >= 2x)`);
    console.log(`ratio NumPy / wasm, bootstrap draw:   ${(np.bootstrap / wasmBoot).toFixed(2)}x faster`);
  } else {
    console.log(`NumPy figures skipped: ${PYTHON} with numpy not found`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
