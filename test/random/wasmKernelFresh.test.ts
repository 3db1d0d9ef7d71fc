/**
 * The WebAssembly kernel as first loaded: each test imports a fresh copy of
 * src/random/wasmKernel.ts, so the kernel's memory is the module's initial
 * 64 KiB, and can be made to look missing (node:fs mocked: this file is in
 * vitest.config.ts's ISOLATED). Each call's memory must be reserved before
 * it is used: every operation is run first with a size whose scratch space
 * ends 8 or 16 bytes into a new 64 KiB page, so reserving less traps.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { defaultRng, type Generator } from "../../src/random/index.js";
import { wasmMissing, wasmMissingHint } from "../../src/messages/random.js";
import { pairwiseSum } from "../../src/numeric/pairwiseSum.js";
import { data } from "../numeric/fixtures.js";
import { firstMismatch } from "./fixtures.js";

const flags = vi.hoisted(() => ({ missing: false }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  return { ...fs, existsSync: (p: string) => !(flags.missing && String(p).endsWith("randomKernel.wasm")) && fs.existsSync(p) };
});

const WASM_PATH = fileURLToPath(new URL("../../dist/wasm/randomKernel.wasm", import.meta.url));
type Module = typeof import("../../src/random/wasmKernel.js");
type WasmKernel = import("../../src/random/wasmKernel.js").WasmKernel;

/** A fresh copy of the module (its kernel not yet loaded). */
async function fresh(): Promise<Module> {
  vi.resetModules();
  return import("../../src/random/wasmKernel.js");
}

/** The kernel's scratch start: heapStart() past the three 256-double ziggurat tables. */
const HEAP = (() => {
  const wasm = (globalThis as unknown as { WebAssembly: { Instance: new (m: object, i: object) => { exports: { heapStart(): number } }; Module: new (b: Uint8Array) => object } }).WebAssembly;
  return new wasm.Instance(new wasm.Module(readFileSync(WASM_PATH)), {}).exports.heapStart() + 3 * 256 * 8;
})();
const PAGE = 65536;
/** Bytes of scratch that end `over` bytes into the page `pages` after the initial one. */
const scratchTo = (over: number, pages = 1): number => pages * PAGE + over - HEAP;
/** A count that fills such a scratch exactly (the sizes below are chosen for a heap start that is a multiple of 8). */
const whole = (count: number): number => {
  if (!Number.isInteger(count)) throw new Error(`the heap start ${HEAP} makes ${count} values: choose other sizes`);
  return count;
};

const ts = (seed: number): Generator => defaultRng(seed, { kernel: "ts" });

beforeEach(() => {
  flags.missing = false;
});

describe("a missing kernel", () => {
  it("is no kernel for auto and ts, and a SafetyGapError telling to build it for wasm", async () => {
    flags.missing = true;
    const m = await fresh();
    expect(m.wasmKernel(false)).toBeUndefined();
    expect(m.wasmKernelFor("auto")).toBeUndefined();
    expect(m.wasmKernelFor("ts")).toBeUndefined();
    for (const run of [() => m.wasmKernel(true), () => m.wasmKernelFor("wasm")]) {
      let error: { name?: string; message?: string; hint?: string } = {};
      try {
        run();
      } catch (e) {
        error = e as typeof error;
      }
      expect({ name: error.name, message: error.message, hint: error.hint }).toEqual({ name: "SafetyGapError", message: wasmMissing(WASM_PATH), hint: wasmMissingHint() });
    }
  });

  it("a present kernel is loaded once", async () => {
    const m = await fresh();
    const k = m.wasmKernel(true);
    expect(k).toBeDefined();
    expect(m.wasmKernelFor("wasm")).toBe(k);
  });
});

describe("the kernel reserves each call's memory before using it", () => {
  let k: WasmKernel;
  beforeEach(async () => {
    k = (await fresh()).wasmKernel(true)!;
  });

  it("fillRandom, fillNormal: a chunk of doubles", async () => {
    const n = whole(scratchTo(8) / 8);
    const out = new Float64Array(n);
    k.fillRandom(ts(1).bitGenerator, out);
    expect(firstMismatch(out, ts(1).random(n))).toBeUndefined();
    k = (await fresh()).wasmKernel(true)!;
    k.fillNormal(ts(2).bitGenerator, out);
    expect(firstMismatch(out, ts(2).standardNormal(n))).toBeUndefined();
  });

  it("fillBounded32: a chunk of 32-bit values into an Int32Array (a chunk of doubles would not fit)", () => {
    const n = whole(scratchTo(8, 2) / 4);
    const out = new Int32Array(n);
    k.fillBounded32(ts(3).bitGenerator, 999, -5, out);
    expect(firstMismatch(out, ts(3).integers(-5, 995, n))).toBeUndefined();
  });

  it("fillRaw: a chunk of 64-bit words", () => {
    const n = whole(scratchTo(8) / 8);
    const out = new BigUint64Array(n);
    k.fillRaw(ts(4).bitGenerator, out);
    const want = ts(4).bitGenerator;
    expect(firstMismatch(out, BigUint64Array.from({ length: n }, () => want.nextUint64()))).toBeUndefined();
  });

  it("bootstrapMeans: x, two scratch rows and a call's means", () => {
    // n = 2: 3 * 2 * 8 bytes of x and rows, then 6261 means.
    const resamples = whole((scratchTo(8) - 48) / 8);
    const x = new Float64Array([0.25, 3]);
    const out = new Float64Array(resamples);
    k.bootstrapMeans(ts(5).bitGenerator, x, out);
    const g = ts(5);
    const want = Float64Array.from({ length: resamples }, () => pairwiseSum(Float64Array.from(g.integers(0, 2, 2) as Int32Array, (i) => x[i]!)) / 2);
    expect(firstMismatch(out, want)).toBeUndefined();
  });

  it("bootstrapMeanDifferences: a, b, two rows of the longer, a's and b's means", () => {
    const a = new Float64Array([1, 2]), b = new Float64Array([5, 7, 11]);
    const resamples = whole((scratchTo(8) - (2 + 3 + 2 * 3) * 8) / 16);
    const out = new Float64Array(resamples);
    expect(k.bootstrapMeanDifferences(ts(6).bitGenerator, a, b, out)).toBe(true);
    const g = ts(6);
    const means = (x: Float64Array): Float64Array =>
      Float64Array.from({ length: resamples }, () => pairwiseSum(Float64Array.from(g.integers(0, x.length, x.length) as Int32Array, (i) => x[i]!)) / x.length);
    const ma = means(a), mb = means(b);
    expect(firstMismatch(out, Float64Array.from(ma, (v, r) => v - mb[r]!))).toBeUndefined();
  });

  it("sum and selector: a copy of x", async () => {
    const x = data(whole(scratchTo(8) / 8), 1);
    expect(k.sum(x)).toBe(pairwiseSum(x));
    k = (await fresh()).wasmKernel(true)!;
    expect(k.selector(x)!.valueAt(x.length - 1)).toBe(x[x.length - 1]);
  });

  it("sumSquaredDeviations: a scratch area, then x", () => {
    const x = data(whole(scratchTo(16) / 16), 2);
    expect(k.sumSquaredDeviations(x, 0.5)).toBe(pairwiseSum(Float64Array.from(x, (v) => (v - 0.5) ** 2)));
  });

  it("meanRows: the sum, then each further row", () => {
    const n = whole(scratchTo(16) / 16);
    const rows = [data(n, 3), data(n, 4)];
    const out = new Float64Array(n);
    k.meanRows(rows, out);
    expect(firstMismatch(out, Float64Array.from(rows[0]!, (v, i) => (v + rows[1]![i]!) / 2))).toBeUndefined();
  });

  it("ratioAndDifference: p, q, then the results", () => {
    const n = whole(scratchTo(8) / 24);
    const p = data(n, 5), q = data(n, 6);
    const ratio = new Float64Array(n), difference = new Float64Array(n);
    k.ratioAndDifference(p, q, ratio, difference);
    expect(firstMismatch(ratio, Float64Array.from(p, (v, i) => v / q[i]!))).toBeUndefined();
    expect(firstMismatch(difference, Float64Array.from(p, (v, i) => v - q[i]!))).toBeUndefined();
  });

  it("grows only as far as needed: a small call after a big one, and many calls, keep working", () => {
    for (let i = 1; i <= 40; i++) expect(k.sum(new Float64Array(i * 3000).fill(1))).toBe(i * 3000);
    expect(k.sum([1, 2, 3.5])).toBe(6.5);
  });
});
