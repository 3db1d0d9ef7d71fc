import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fail } from "./fail.js";
import type { PCG64 } from "./pcg64.js";
import type { Kernel } from "./kernelChoice.js";
import type { NumberIntegerArray } from "./integerArray.js";
import { wasmMissing, wasmMissingHint } from "../messages/random.js";
import { standardNormal } from "./standardNormal.js";
import { fi, ki, wi } from "./zigguratTables.js";
import type { Selector } from "../numeric/selector.js";

/** The WebAssembly kernel's operations on a PCG64 (state handed over and back on every call). */
export interface WasmKernel {
  fillRandom(bg: PCG64, out: Float64Array): void;
  fillBounded32(bg: PCG64, rng: number, low: number, out: NumberIntegerArray): void;
  fillRaw(bg: PCG64, out: BigUint64Array): void;
  /** Fills `out` (one mean per resample) and returns it. */
  bootstrapMeans(bg: PCG64, x: Float64Array, out: Float64Array): Float64Array;
  /**
   * Fills `out` with the means of a's resamples minus b's (a's drawn first)
   * and returns true; false, touching nothing, when it cannot (a row of one
   * value, or more resamples than CHUNK): then use bootstrapMeans twice.
   */
  bootstrapMeanDifferences(bg: PCG64, a: Float64Array, b: Float64Array, out: Float64Array): boolean;
  /** standard_normal (no loc/scale) or normal(loc, scale) into `out`. */
  fillNormal(bg: PCG64, out: Float64Array, loc?: number, scale?: number): void;
  /** np.sum(x) (src/numeric/pairwiseSum's order), over a copy in kernel memory. */
  sum(x: ArrayLike<number>): number;
  /** np.sum((x - m) ** 2) as np.var forms it (src/stats/sumSquaredDeviations' order). */
  sumSquaredDeviations(x: ArrayLike<number>, m: number): number;
  /**
   * A selector over a copy of x in kernel memory, valid until the kernel's
   * next call; undefined when x holds NaN or both zeros, whose order needs a
   * sort (src/numeric/percentile.ts).
   */
  selector(x: ArrayLike<number>): Selector | undefined;
  /** Replicate-wise ((rows[0] + rows[1]) + ...) / k into `out` (src/analyze/benchmarkMean's order). */
  meanRows(rows: readonly Float64Array[], out: Float64Array): void;
  /** Element-wise p / q and p - q, both at once (the replicates of a ratio and of a difference). */
  ratioAndDifference(p: Float64Array, q: Float64Array, ratio: Float64Array, difference: Float64Array): void;
}

/** The slice of the WebAssembly JS API used here (the project's TS lib has no DOM/wasm typings). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface Exports {
  memory: WasmMemory;
  stateAddress(): number;
  heapStart(): number;
  fillBounded32(out: number, count: number, rng: number, low: number, kind: number): void;
  fillRandom(out: number, count: number): void;
  fillRaw(out: number, count: number): void;
  bootstrapMeans(x: number, n: number, row: number, out: number, rows: number): void;
  sum(p: number, n: number): number;
  sumSquaredDeviations(p: number, n: number, m: number, scratch: number): number;
  select(p: number, k: number, lo: number, hi: number): void;
  swap(p: number, i: number, j: number): void;
  indexOfMinimum(p: number, from: number, to: number): number;
  indexOfMaximum(p: number, from: number, to: number): number;
  needsFullSort(p: number, n: number): number;
  addInto(p: number, q: number, n: number): void;
  divideBy(p: number, n: number, d: number): void;
  divideInto(out: number, p: number, q: number, n: number): void;
  subtractInto(out: number, p: number, q: number, n: number): void;
  fillStandardNormalFast(out: number, count: number, tables: number): number;
  fillNormalFast(out: number, count: number, loc: number, scale: number, tables: number): number;
}

/**
 * dist/wasm/randomKernel.wasm, found from the package root: this file is
 * src/random/wasmKernel.ts under tsx/vitest and dist/random/wasmKernel.js
 * under node, two levels below the root either way.
 */
const WASM_URL = new URL("../../dist/wasm/randomKernel.wasm", import.meta.url);
/**
 * Values per wasm call when filling big arrays (and bootstrap rows' values per
 * call): at most 256 KB of kernel memory, so a chunk is still in L2 when it is
 * copied out (1 << 20 measured ~7% slower for integers).
 */
const CHUNK = 1 << 15;

let cached: WasmKernel | null | undefined;

/**
 * The kernel a kernel choice runs on: none for "ts", the kernel for "wasm"
 * (a SafetyGapError when it is not built), the kernel if built for "auto".
 * One rule for Generator, PCG64.randomRaw and bootstrapMeans.
 */
export function wasmKernelFor(choice: Kernel | "auto"): WasmKernel | undefined {
  return choice === "ts" ? undefined : wasmKernel(choice === "wasm");
}

/**
 * The kernel, compiled once. `required`: throw a SafetyGapError telling to
 * run `npm run dist` when the .wasm is missing; otherwise return undefined.
 */
export function wasmKernel(required: boolean): WasmKernel | undefined {
  if (cached === undefined) cached = load();
  if (cached === null && required) fail(wasmMissing(fileURLToPath(WASM_URL)), wasmMissingHint());
  return cached ?? undefined;
}

function load(): WasmKernel | null {
  const path = fileURLToPath(WASM_URL);
  if (!existsSync(path)) return null;
  const instance = new wasmApi.Instance(new wasmApi.Module(readFileSync(path)), {});
  return kernel(instance.exports as unknown as Exports);
}

function kernel(w: Exports): WasmKernel {
  const stateWord = w.stateAddress() >>> 2;
  // The ziggurat's ki, wi and fi tables (256 f64 each) first, then the scratch space of each call.
  const tables = w.heapStart();
  const heap = tables + 3 * 256 * 8;
  let words = new Uint32Array(w.memory.buffer);

  /** Grow memory so [heap, heap + bytes) exists; views are re-made after a grow. */
  function reserve(bytes: number): void {
    const need = heap + bytes - w.memory.buffer.byteLength;
    // Only a grow replaces the buffer (the stub runtime allocates nothing): the kernel never grows it itself.
    if (need > 0) {
      w.memory.grow(Math.ceil(need / 65536));
      words = new Uint32Array(w.memory.buffer);
    }
  }

  /** PCG64's 16-bit limbs -> the kernel's u64 words. */
  function handOver(bg: PCG64): void {
    const s = stateWord;
    words[s] = bg.s0 | (bg.s1 << 16);
    words[s + 1] = bg.s2 | (bg.s3 << 16);
    words[s + 2] = bg.s4 | (bg.s5 << 16);
    words[s + 3] = bg.s6 | (bg.s7 << 16);
    words[s + 4] = bg.i0 | (bg.i1 << 16);
    words[s + 5] = bg.i2 | (bg.i3 << 16);
    words[s + 6] = bg.i4 | (bg.i5 << 16);
    words[s + 7] = bg.i6 | (bg.i7 << 16);
    words[s + 8] = bg.hasUint32;
    words[s + 9] = bg.uinteger;
  }

  /** ... and back (the increment never changes). */
  function takeBack(bg: PCG64): void {
    const s = stateWord;
    const w0 = words[s]!, w1 = words[s + 1]!, w2 = words[s + 2]!, w3 = words[s + 3]!;
    bg.s0 = w0 & 0xffff; bg.s1 = w0 >>> 16; bg.s2 = w1 & 0xffff; bg.s3 = w1 >>> 16;
    bg.s4 = w2 & 0xffff; bg.s5 = w2 >>> 16; bg.s6 = w3 & 0xffff; bg.s7 = w3 >>> 16;
    bg.hasUint32 = words[s + 8]!;
    bg.uinteger = words[s + 9]!;
  }

  /** Run `fill(ptr, count)` over `out` in chunks, copying each chunk out of wasm memory. */
  function chunked<T extends Float64Array | Int32Array | Uint32Array | BigUint64Array>(
    bg: PCG64,
    out: T,
    make: (buffer: ArrayBuffer, ptr: number, count: number) => T,
    fill: (ptr: number, count: number) => void,
  ): void {
    // Stryker disable next-line MethodExpression: a whole chunk's memory for a shorter fill is only more memory
    reserve(Math.min(out.length, CHUNK) * out.BYTES_PER_ELEMENT);
    handOver(bg);
    for (let at = 0; at < out.length; at += CHUNK) {
      const count = Math.min(CHUNK, out.length - at);
      fill(heap, count);
      out.set(make(w.memory.buffer, heap, count) as never, at);
    }
    takeBack(bg);
  }

  reserve(0);
  new Float64Array(w.memory.buffer, tables, 256).set(ki);
  new Float64Array(w.memory.buffer, tables + 256 * 8, 256).set(wi);
  new Float64Array(w.memory.buffer, tables + 2 * 256 * 8, 256).set(fi);

  return {
    fillRandom(bg, out) {
      chunked(bg, out, (b, p, n) => new Float64Array(b, p, n), (p, n) => w.fillRandom(p, n));
    },
    fillRaw(bg, out) {
      chunked(bg, out, (b, p, n) => new BigUint64Array(b, p, n), (p, n) => w.fillRaw(p, n));
    },
    fillBounded32(bg, rng, low, out) {
      if (out instanceof Float64Array) {
        chunked(bg, out, (b, p, n) => new Float64Array(b, p, n), (p, n) => w.fillBounded32(p, n, rng, low, 1));
        return;
      }
      // Stryker disable next-line ConditionalExpression: an Int32Array or a Uint32Array view of the kernel's 32 bits is the same to set(), which converts to out's type; the view of out's own type only spares the conversion
      if (out instanceof Int32Array) {
        chunked(bg, out, (b, p, n) => new Int32Array(b, p, n), (p, n) => w.fillBounded32(p, n, rng, low, 0));
      } else {
        chunked(bg, out, (b, p, n) => new Uint32Array(b, p, n), (p, n) => w.fillBounded32(p, n, rng, low, 0));
      }
    },
    fillNormal(bg, out, loc, scale) {
      const affine = loc !== undefined && scale !== undefined;
      // Stryker disable next-line MethodExpression: a whole chunk's memory for a shorter fill is only more memory
      reserve(Math.min(out.length, CHUNK) * 8);
      handOver(bg);
      for (let at = 0; at < out.length; at += CHUNK) {
        const count = Math.min(CHUNK, out.length - at);
        const chunk = new Float64Array(w.memory.buffer, heap, count);
        // Until the chunk is full (count >= 1; a call for 0 values draws nothing and returns 0).
        for (let done = 0; ; ) {
          const p = heap + done * 8;
          done += affine ? w.fillNormalFast(p, count - done, loc, scale, tables) : w.fillStandardNormalFast(p, count - done, tables);
          if (done === count) break;
          // A draw beyond the rectangle (~1%): the whole algorithm in TypeScript, from the same state.
          takeBack(bg);
          const z = standardNormal(bg);
          chunk[done++] = affine ? loc + scale * z : z;
          handOver(bg);
        }
        out.set(chunk, at);
      }
      takeBack(bg);
    },
    bootstrapMeans(bg, x, out) {
      const n = x.length;
      const resamples = out.length;
      // integers(0, 1) draws nothing: every mean is (0.0 + x0) / 1, i.e. x0 with -0 made +0.
      if (n === 1) return out.fill(0 + x[0]!);
      // Stryker disable next-line MethodExpression,ArithmeticOperator: how many rows fit a chunk only sets the calls' size (and the memory reserved); the draws run on in the kernel's state, so any split gives the same bits
      const fit = Math.min(resamples, Math.floor(CHUNK / n));
      const rowsPerCall = Math.max(1, fit);
      const xPtr = heap;
      const rowPtr = xPtr + n * 8;
      // Two scratch rows: the kernel draws two resamples, then sums them together.
      const outPtr = rowPtr + 2 * n * 8;
      reserve(3 * n * 8 + rowsPerCall * 8);
      new Float64Array(w.memory.buffer, xPtr, n).set(x);
      handOver(bg);
      for (let at = 0; at < resamples; at += rowsPerCall) {
        const rows = Math.min(rowsPerCall, resamples - at);
        w.bootstrapMeans(xPtr, n, rowPtr, outPtr, rows);
        out.set(new Float64Array(w.memory.buffer, outPtr, rows), at);
      }
      takeBack(bg);
      return out;
    },
    bootstrapMeanDifferences(bg, a, b, out) {
      const resamples = out.length;
      if (a.length === 1 || b.length === 1 || resamples > CHUNK) return false;
      // a, b, two scratch rows of the longer one, a's means, b's means.
      const aPtr = heap;
      const bPtr = aPtr + a.length * 8;
      const rowPtr = bPtr + b.length * 8;
      const maPtr = rowPtr + 2 * Math.max(a.length, b.length) * 8;
      const mbPtr = maPtr + resamples * 8;
      reserve(mbPtr + resamples * 8 - heap);
      new Float64Array(w.memory.buffer, aPtr, a.length).set(a);
      new Float64Array(w.memory.buffer, bPtr, b.length).set(b);
      handOver(bg);
      w.bootstrapMeans(aPtr, a.length, rowPtr, maPtr, resamples);
      w.bootstrapMeans(bPtr, b.length, rowPtr, mbPtr, resamples);
      w.subtractInto(maPtr, maPtr, mbPtr, resamples);
      out.set(new Float64Array(w.memory.buffer, maPtr, resamples));
      takeBack(bg);
      return true;
    },
    sum(x) {
      return w.sum(copyIn(x, 0), x.length);
    },
    sumSquaredDeviations(x, m) {
      // x after a scratch area of its own length, which receives the squared deviations.
      return w.sumSquaredDeviations(copyIn(x, x.length), x.length, m, heap);
    },
    meanRows,
    ratioAndDifference(p, q, ratio, difference) {
      const n = p.length;
      const pAt = copyIn(p, 0);
      const qAt = copyIn(q, n);
      const out = heap + 2 * n * 8;
      reserve(3 * n * 8);
      w.divideInto(out, pAt, qAt, n);
      ratio.set(new Float64Array(w.memory.buffer, out, n));
      w.subtractInto(out, pAt, qAt, n);
      difference.set(new Float64Array(w.memory.buffer, out, n));
    },
    selector(x) {
      const p = copyIn(x, 0);
      if (w.needsFullSort(p, x.length)) return undefined;
      return {
        select: (k, lo, hi) => w.select(p, k, lo, hi),
        swap: (i, j) => w.swap(p, i, j),
        indexOfMinimum: (from, to) => w.indexOfMinimum(p, from, to),
        indexOfMaximum: (from, to) => w.indexOfMaximum(p, from, to),
        valueAt: (i) => new Float64Array(w.memory.buffer, p + i * 8, 1)[0]!,
      };
    },
  };

  function meanRows(rows: readonly Float64Array[], out: Float64Array): void {
    const n = out.length;
    const sum = copyIn(rows[0]!, 0);
    for (let i = 1; i < rows.length; i++) w.addInto(sum, copyIn(rows[i]!, n), n);
    w.divideBy(sum, n, rows.length);
    out.set(new Float64Array(w.memory.buffer, sum, n));
  }

  /** Copies x into kernel memory `skip` doubles after the scratch start; returns its address. */
  function copyIn(x: ArrayLike<number>, skip: number): number {
    const p = heap + skip * 8;
    reserve((skip + x.length) * 8);
    new Float64Array(w.memory.buffer, p, x.length).set(x);
    return p;
  }
}
