import { fail } from "./fail.js";
import { PCG64 } from "./pcg64.js";
import { boundedLemire32 } from "./boundedLemire32.js";
import { boundedLemire64 } from "./boundedLemire64.js";
import { fillBounded32 } from "./fillBounded32.js";
import { standardNormal } from "./standardNormal.js";
import { sizeCount, type Size } from "./sizeCount.js";
import { integerArrayKind, newIntegerArray, type IntegerArray, type NumberIntegerArray } from "./integerArray.js";
import { checkedOut, checkedIntegerOut } from "./out.js";
import { kernelChoice, type Kernel } from "./kernelChoice.js";
import { wasmKernelFor, type WasmKernel } from "./wasmKernel.js";
import { threadedFill } from "./threadedFill.js";
import { allocated } from "./allocated.js";
import {
  bitGeneratorHint,
  bitGeneratorInvalid,
  highNotAboveLow,
  int64Bounds,
  integerArgHint,
  integerArgInvalid,
  realArgHint,
  realArgInvalid,
  scaleNegative,
  threadsHint,
  threadsInvalid,
} from "../messages/random.js";

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
// Stryker disable next-line ArithmeticOperator: a shortcut only; boundedLemire64 with rng 2**64 - 1 returns its one 64-bit draw unchanged
const UINT64_MAX = 2n ** 64n - 1n;
/** Below this many values an array call stays in TypeScript: the wasm hand-over costs about as much. */
const WASM_MIN_COUNT = 64;

export interface GeneratorOptions {
  /** "ts", "wasm" or "auto" (default: $SAFETY_GAP_KERNEL, else auto = wasm when built). */
  kernel?: Kernel | "auto";
  /**
   * Threads for big `integers` arrays (default 1). With 2 or more, arrays of
   * at least 262,144 values are split with one helper thread (threadedFill.ts);
   * the values and the end state are the same as with 1.
   */
  threads?: number;
}

/**
 * NumPy's `Generator` over a PCG64, method for method (camelCase names).
 * Every method draws exactly what NumPy 1.24 draws from the same state, so
 * `defaultRng(42)` here and `np.random.default_rng(42)` in Python agree value
 * for value, whatever the mix and order of calls.
 */
export class Generator {
  readonly bitGenerator: PCG64;
  /** The kernel that fills arrays (resolved once). */
  readonly kernel: Kernel;
  private readonly wasm: WasmKernel | undefined;
  private readonly threads: number;

  constructor(bitGenerator: PCG64, options: GeneratorOptions = {}) {
    if (!(bitGenerator instanceof PCG64)) fail(bitGeneratorInvalid(bitGenerator), bitGeneratorHint());
    this.bitGenerator = bitGenerator;
    this.wasm = wasmKernelFor(kernelChoice(options.kernel));
    this.kernel = this.wasm ? "wasm" : "ts";
    const threads = options.threads ?? 1;
    if (!Number.isInteger(threads) || threads < 1) fail(threadsInvalid(threads), threadsHint());
    this.threads = threads;
  }

  /**
   * `random(size, out=)`: doubles in [0, 1) from the top 53 bits of a 64-bit
   * output. With `out`, the values go into that array (NumPy's `out=`; size
   * may be omitted, else it must match out's length) and it is returned: a
   * caller filling big arrays again and again reuses one instead of paying
   * for fresh memory each time (see docs/random.md, "Speed").
   */
  random(): number;
  random(size: Size): Float64Array;
  random(size: Size | undefined, options: { out: Float64Array }): Float64Array;
  random(size?: Size, options?: { out?: Float64Array }): number | Float64Array {
    const bg = this.bitGenerator;
    if (size === undefined && options?.out === undefined) return bg.nextDouble();
    const out = options?.out !== undefined ? checkedOut("random", options.out, size) : float64s(sizeCount(size as Size));
    // Stryker disable next-line ConditionalExpression,EqualityOperator: only picks the kernel for speed; the WebAssembly and JavaScript loops give the same bits at any length
    if (this.wasm && out.length >= WASM_MIN_COUNT) this.wasm.fillRandom(bg, out);
    else for (let i = 0; i < out.length; i++) out[i] = bg.nextDouble();
    return out;
  }

  /**
   * `integers(low, high, size)` with NumPy's defaults (int64, endpoint=False,
   * Lemire's method): values in [low, high), or [0, low) when high is
   * omitted. Numbers in give numbers out; bigint bounds give bigints.
   * Arrays are the narrowest exact typed array (see `integerArrayKind`).
   * With `out` (an extension: NumPy's `integers` has no `out=`), the values
   * go into that array, which must hold every value of the range exactly
   * (an Int32Array, Uint32Array, Float64Array or BigInt64Array), and it is
   * returned; size may be omitted, else it must match out's length.
   */
  integers(low: number, high?: number): number;
  integers(low: number, high: number | undefined, size: Size): NumberIntegerArray;
  integers(low: number | bigint, high?: number | bigint): number | bigint;
  integers(low: number | bigint, high: number | bigint | undefined, size: Size): IntegerArray;
  integers<T extends IntegerArray>(low: number | bigint, high: number | bigint | undefined, size: Size | undefined, options: { out: T }): T;
  integers(low: number | bigint, high?: number | bigint, size?: Size, options?: { out?: IntegerArray }): number | bigint | IntegerArray {
    const given = options?.out;
    if (high === undefined) [low, high] = [0, low];
    checkInteger("low", low, 2 ** 53 - 1);
    checkInteger("high", high, 2 ** 53); // high is exclusive: 2**53 keeps every value safe
    const bg = this.bitGenerator;
    const asBigint = typeof low === "bigint" || typeof high === "bigint";
    // Fast lane: number bounds whose range fits the 32-bit path (exact in doubles), into a number array.
    // A caller's BigInt64Array takes the general lane, whose draws for such a range are the same.
    if (!asBigint && !(given instanceof BigInt64Array)) {
      const lo = low as number;
      const rng = (high as number) - 1 - lo;
      if (rng < 0) fail(highNotAboveLow(low, high), integerArgHint());
      if (rng <= 0xffffffff) {
        if (size === undefined && given === undefined) return lo + bounded32(bg, rng);
        const out = (given !== undefined ? checkedIntegerOut(given, size, lo, lo + rng + 1) : newIntegerArray(integerArrayKind(BigInt(lo), BigInt(lo + rng)), sizeCount(size as Size))) as NumberIntegerArray;
        if (rng === 0) out.fill(lo);
        // Stryker disable next-line ConditionalExpression,EqualityOperator: only picks the thread count for speed; threadedFill gives the bits of one thread (or declines and a one-thread fill follows)
        else if (this.wasm && this.threads > 1 && threadedFill(this.wasm, bg, rng, lo, out)) return out;
        // Stryker disable next-line ConditionalExpression,EqualityOperator: only picks the kernel for speed; the WebAssembly and JavaScript loops give the same bits at any length
        else if (this.wasm && out.length >= WASM_MIN_COUNT) this.wasm.fillBounded32(bg, rng, lo, out);
        else fillBounded32(bg, rng, lo, out);
        return out;
      }
    }
    // General lane (`_rand_int64`): int64 bounds, 64-bit Lemire, BigInt arithmetic.
    const lowB = BigInt(low);
    const highB = BigInt(high) - 1n;
    if (lowB < INT64_MIN) fail(int64Bounds("low", low), integerArgHint());
    if (highB > INT64_MAX) fail(int64Bounds("high", high), integerArgHint());
    if (lowB > highB) fail(highNotAboveLow(low, high), integerArgHint());
    const rng = highB - lowB;
    const draw = (): bigint => {
      if (rng <= 0xffffffffn) return lowB + BigInt(bounded32(bg, Number(rng)));
      if (rng === UINT64_MAX) return BigInt.asIntN(64, lowB + bg.nextUint64());
      return BigInt.asIntN(64, lowB + boundedLemire64(bg, rng));
    };
    if (size === undefined && given === undefined) return asBigint ? draw() : Number(draw());
    const out = given !== undefined ? checkedIntegerOut(given, size, lowB, highB + 1n) : newIntegerArray(integerArrayKind(lowB, highB), sizeCount(size as Size));
    if (out instanceof BigInt64Array) for (let i = 0; i < out.length; i++) out[i] = draw();
    else for (let i = 0; i < out.length; i++) out[i] = Number(draw());
    return out;
  }

  /** `standard_normal(size, out=)`: NumPy's ziggurat; `out` as for `random`. */
  standardNormal(): number;
  standardNormal(size: Size): Float64Array;
  standardNormal(size: Size | undefined, options: { out: Float64Array }): Float64Array;
  standardNormal(size?: Size, options?: { out?: Float64Array }): number | Float64Array {
    const bg = this.bitGenerator;
    if (size === undefined && options?.out === undefined) return standardNormal(bg);
    const out = options?.out !== undefined ? checkedOut("standardNormal", options.out, size) : float64s(sizeCount(size as Size));
    // Stryker disable next-line ConditionalExpression,EqualityOperator: only picks the kernel for speed; the WebAssembly and JavaScript loops give the same bits at any length
    if (this.wasm && out.length >= WASM_MIN_COUNT) this.wasm.fillNormal(bg, out);
    else for (let i = 0; i < out.length; i++) out[i] = standardNormal(bg);
    return out;
  }

  /** `normal(loc, scale, size)`: loc + scale * standard_normal, value by value (`random_normal`). */
  normal(loc?: number, scale?: number): number;
  normal(loc: number | undefined, scale: number | undefined, size: Size): Float64Array;
  normal(loc = 0, scale = 1, size?: Size): number | Float64Array {
    // Infinities are values (NumPy returns inf, -inf or NaN from them); NaN is refused (NumPy propagates it).
    if (typeof loc !== "number" || Number.isNaN(loc)) fail(realArgInvalid("loc", loc), realArgHint());
    if (typeof scale !== "number" || Number.isNaN(scale)) fail(realArgInvalid("scale", scale), realArgHint());
    // NumPy's CONS_NON_NEGATIVE tests the sign bit: -0 is refused too.
    if (scale < 0 || Object.is(scale, -0)) fail(scaleNegative(scale), realArgHint());
    const bg = this.bitGenerator;
    if (size === undefined) return loc + scale * standardNormal(bg);
    const out = float64s(sizeCount(size));
    // Stryker disable next-line ConditionalExpression,EqualityOperator: only picks the kernel for speed; the WebAssembly and JavaScript loops give the same bits at any length
    if (this.wasm && out.length >= WASM_MIN_COUNT) this.wasm.fillNormal(bg, out, loc, scale);
    else for (let i = 0; i < out.length; i++) out[i] = loc + scale * standardNormal(bg);
    return out;
  }
}

/** One draw of `random_bounded_uint64_fill`'s 32-bit branch: rng 0 draws nothing, 2**32 - 1 is a bare next32. */
function bounded32(bg: PCG64, rng: number): number {
  if (rng === 0) return 0;
  if (rng === 0xffffffff) return bg.nextUint32();
  return boundedLemire32(bg, rng);
}

/** A result array, or a SafetyGapError when it cannot be allocated. */
function float64s(count: number): Float64Array {
  return allocated(count, 8, () => new Float64Array(count));
}

function checkInteger(name: string, v: unknown, limit: number): void {
  if (typeof v === "bigint") return;
  if (typeof v !== "number" || !Number.isInteger(v) || Math.abs(v) > limit) fail(integerArgInvalid(name, v), integerArgHint());
}
