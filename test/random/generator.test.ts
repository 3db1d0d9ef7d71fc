import { describe, expect, it } from "vitest";
import { Generator, PCG64, SeedSequence, defaultRng, type IntegerArray, type Kernel, type Size } from "../../src/random/index.js";
import { SafetyGapError } from "../../src/errors.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";
import { asInt64, f64, firstMismatch, fixture, pcgState, sha } from "./fixtures.js";

const streams = fixture("streams.json");
const mixed = fixture("mixed.json");
const edge = fixture("edge_cases.json");
/** A double from the fixture's little-endian hex bits ("nan" for any NaN). */
const hexDouble = (h: string): number => (h === "nan" ? NaN : Buffer.from(h, "hex").readDoubleLE(0));
const KERNELS: Kernel[] = ["ts", "wasm"];

/** A Generator like the fixture's: default_rng(seed), optionally after integers(0, 10) to fill the half-word buffer. */
function rng(seed: number, kernel: Kernel, pre?: [number, number] | null): Generator {
  const g = defaultRng(seed, { kernel });
  expect(g.kernel).toBe(kernel);
  if (pre) g.integers(pre[0], pre[1]);
  return g;
}

/** Integer bounds from the fixture: numbers when safe, else bigints. */
const bound = (s: string): number | bigint => (Number.isSafeInteger(Number(s)) && BigInt(Number(s)) === BigInt(s) ? Number(s) : BigInt(s));

for (const kernel of KERNELS) {
  describe(`Generator.random(size) [kernel ${kernel}]`, () => {
    it("matches NumPy: array, scalars, 100,000 more, final state", () => {
      const c = streams.random;
      const g = rng(c.seed, kernel);
      expect(firstMismatch(g.random(10), f64(c.first))).toBeUndefined();
      expect([g.random(), g.random(), g.random()]).toEqual(Array.from(f64(c.scalar_next_3)));
      expect(sha(g.random(100_000))).toBe(c.sha_next_100000);
      expect(g.bitGenerator.state).toEqual(pcgState(c.state));
    });
    it("size 0 and shape [] edge cases", () => {
      const g = rng(1, kernel);
      expect(g.random(0)).toEqual(new Float64Array(0));
      expect(g.random([]).length).toBe(1);
      expect(g.random([2, 3]).length).toBe(6);
    });
  });

  describe(`Generator.integers(low, high, size) [kernel ${kernel}]`, () => {
    for (const c of streams.integers) {
      it(`[${c.low}, ${c.high}) size ${JSON.stringify(c.size)} (seed ${c.seed}${c.pre ? ", buffered half-word" : ""}) matches NumPy`, () => {
        const g = rng(c.seed, kernel, c.pre);
        const out = g.integers(bound(c.low), bound(c.high), c.size) as IntegerArray;
        if (c.values) expect(Array.from(out, String)).toEqual(c.values);
        else {
          expect(Array.from(out.subarray(0, 20), String)).toEqual(c.first);
          expect(sha(asInt64(out))).toBe(c.sha);
        }
        expect(g.bitGenerator.state).toEqual(pcgState(c.state));
      });
    }

    it("scalar calls over mixed ranges (32-bit buffer carried between calls) match NumPy", () => {
      const c = streams.integers_scalar;
      const g = rng(c.seed, kernel);
      for (const call of c.calls) expect(String(g.integers(bound(call.low), bound(call.high)))).toBe(call.value);
      expect(g.bitGenerator.state).toEqual(pcgState(c.state));
    });

    it("integers(high, undefined, size) draws from [0, high)", () => {
      const c = streams.integers_one_arg;
      const g = rng(c.seed, kernel);
      expect(Array.from(g.integers(c.high, undefined, 9), String)).toEqual(c.values);
      expect(g.bitGenerator.state).toEqual(pcgState(c.state));
    });

    it("returns the narrowest exact typed array", () => {
      const g = rng(0, kernel);
      expect(g.integers(0, 500, 3)).toBeInstanceOf(Int32Array);
      expect(g.integers(-(2 ** 31), 2 ** 31, 3)).toBeInstanceOf(Int32Array);
      expect(g.integers(0, 2 ** 32, 3)).toBeInstanceOf(Uint32Array);
      expect(g.integers(-1, 2 ** 32, 3)).toBeInstanceOf(Float64Array);
      expect(g.integers(0, 2 ** 53, 3)).toBeInstanceOf(Float64Array);
      expect(g.integers(0n, 2n ** 53n + 1n, 3)).toBeInstanceOf(BigInt64Array);
      expect(typeof g.integers(0, 10)).toBe("number");
      expect(typeof g.integers(0n, 10n)).toBe("bigint");
    });

    it("size 0 draws nothing; low == high - 1 draws nothing and returns low", () => {
      const g = rng(3, kernel, [0, 10]);
      const before = g.bitGenerator.state;
      expect(g.integers(0, 500, 0).length).toBe(0);
      expect(Array.from(g.integers(-7, -6, 4))).toEqual([-7, -7, -7, -7]);
      expect(Array.from(g.integers(5, 6, 1000))).toEqual(new Array(1000).fill(5));
      expect(Array.from(g.integers(5n, 6n, 100) as Int32Array)).toEqual(new Array(100).fill(5));
      expect(g.integers(9, 10)).toBe(9);
      expect(g.bitGenerator.state).toEqual(before);
    });

    it("refuses NaN, fractions, empty ranges, int64 overflow and bad sizes with a SafetyGapError", () => {
      const g = rng(0, kernel);
      expect(() => g.integers(NaN, 5)).toThrow(SafetyGapError);
      expect(() => g.integers(0, 5.5)).toThrow(/must be an integer/);
      expect(() => g.integers(0, Infinity)).toThrow(SafetyGapError);
      expect(() => g.integers(5, 5)).toThrow(/high <= low/);
      expect(() => g.integers(0n, 2n ** 63n + 1n)).toThrow(/out of bounds for int64/);
      expect(() => g.integers(-(2n ** 63n) - 1n, 0n)).toThrow(/out of bounds for int64/);
      expect(() => g.integers(0, 5, -1)).toThrow(SafetyGapError);
      expect(() => g.integers(0, 5, 2.5)).toThrow(/size must be/);
      expect(() => g.integers(0, 5, [2, NaN])).toThrow(SafetyGapError);
    });
  });

  describe(`Generator: a size no array can hold [kernel ${kernel}]`, () => {
    // NumPy raises MemoryError ("Unable to allocate 8.00 TiB") or ValueError ("array is too big").
    const huge: Size[] = [2 ** 40, [2 ** 20, 2 ** 20], [2 ** 30, 2 ** 30], [3, 2 ** 60], 2 ** 53, 2 ** 60];
    it("every method throws a SafetyGapError (not V8's RangeError) and draws nothing", () => {
      const g = rng(3, kernel);
      const before = g.bitGenerator.state;
      for (const size of huge) {
        for (const call of [
          () => g.random(size),
          () => g.standardNormal(size),
          () => g.normal(1, 2, size),
          () => g.integers(0, 10, size),
          () => g.integers(-5, 2 ** 40, size),
          () => g.integers(7, 8, size),
          () => g.integers(0n, 2n ** 62n, size),
          () => g.integers(0, 2 ** 53, size),
        ]) {
          expect(call).toThrow(SafetyGapError);
          expect(call).toThrow(/cannot allocate/);
        }
      }
      expect(g.bitGenerator.state).toEqual(before);
    });
    it("a whole, zero-sized shape still gives an empty array", () => {
      const g = rng(3, kernel);
      expect(g.random([0, 2 ** 40]).length).toBe(0);
      expect(g.integers(0, 10, [2 ** 40, 0]).length).toBe(0);
    });
  });

  describe(`Generator.standardNormal(size) [kernel ${kernel}]`, () => {
    for (const c of streams.standard_normal) {
      it(`seed ${c.seed}: ${c.n.toLocaleString("en")} draws (wedge and ${c.tail_index.length} tail draws) match NumPy bit for bit`, () => {
        const g = rng(c.seed, kernel);
        const z = g.standardNormal(c.n);
        expect(firstMismatch(z.subarray(0, 20), f64(c.first))).toBeUndefined();
        const tails = f64(c.tail_values);
        expect(firstMismatch(Float64Array.from(c.tail_index, (i: number) => z[i]!), tails)).toBeUndefined();
        for (let k = 0; k < c.chunk_sha.length; k++) {
          const chunk = z.subarray(k * c.chunk, (k + 1) * c.chunk);
          if (sha(chunk).slice(0, 12) !== c.chunk_sha[k]) expect(`chunk ${k} differs`).toBe("");
        }
        expect(sha(z)).toBe(c.sha);
        expect(g.bitGenerator.state).toEqual(pcgState(c.state));
      });
    }
    it("scalar calls match NumPy", () => {
      const c = streams.standard_normal_scalar;
      const g = rng(c.seed, kernel);
      expect(Array.from({ length: 5 }, () => g.standardNormal())).toEqual(Array.from(f64(c.values)));
      expect(g.bitGenerator.state).toEqual(pcgState(c.state));
    });
  });

  describe(`Generator.normal(loc, scale, size) [kernel ${kernel}]`, () => {
    it("array, scalar and default loc/scale match NumPy", () => {
      const c = streams.normal;
      const g = rng(c.seed, kernel);
      expect(firstMismatch(g.normal(c.loc, c.scale, 1000), f64(c.values))).toBeUndefined();
      expect(g.normal(c.scalar_loc, c.scalar_scale)).toBe(f64(c.scalar)[0]);
      expect(firstMismatch(g.normal(undefined, undefined, 3), f64(c.default3))).toBeUndefined();
      expect(g.bitGenerator.state).toEqual(pcgState(c.state));
    });
    it("refuses NaN loc, NaN or negative scale (-0 and -Infinity included, as NumPy's signbit test) with a SafetyGapError", () => {
      const g = rng(0, kernel);
      expect(() => g.normal(NaN, 1)).toThrow(SafetyGapError);
      expect(() => g.normal(0, NaN)).toThrow(/not NaN/);
      expect(() => g.normal(0, -1)).toThrow(/non-negative/);
      expect(edge.normal_negative_zero_scale).toBe("ValueError");
      expect(() => g.normal(0, -0)).toThrow(/non-negative/);
      expect(() => g.normal(0, -0, 70)).toThrow(SafetyGapError);
      expect(() => g.normal(0, -Infinity)).toThrow(/non-negative/);
    });
    it("infinite loc or scale give NumPy's values (inf, -inf, NaN), scalar and array", () => {
      for (const c of edge.normal) {
        const g = rng(42, kernel);
        const loc = hexDouble(c.loc), scale = hexDouble(c.scale);
        expect(g.normal(loc, scale)).toBe(hexDouble(c.scalar));
        expect(Array.from(g.normal(loc, scale, c.array.length))).toEqual(c.array.map(hexDouble));
      }
    });
  });

  describe(`Generator: interleaved calls [kernel ${kernel}]`, () => {
    it("every method, scalars and arrays, odd counts: values and state after each call match NumPy", () => {
      const g = rng(mixed.seed, kernel);
      for (const [k, step] of mixed.steps.entries()) {
        const [name, a, b, c] = step.op;
        let got: ArrayLike<number | bigint>;
        const arr = (v: number | bigint | ArrayLike<number | bigint>): ArrayLike<number | bigint> => (typeof v === "object" ? v : [v]);
        if (name === "random") got = arr(a === null ? g.random() : g.random(a));
        else if (name === "standard_normal") got = arr(a === null ? g.standardNormal() : g.standardNormal(a));
        else if (name === "normal") got = arr(c === null ? g.normal(a, b) : g.normal(a, b, c));
        else if (name === "integers") got = arr(c === null ? g.integers(bound(String(a)), bound(String(b))) : g.integers(bound(String(a)), bound(String(b)), c));
        else got = arr(a === null ? g.bitGenerator.randomRaw() : g.bitGenerator.randomRaw(a));
        const want = step.f64 ? Array.from(f64(step.f64)) : step.ints;
        expect({ k, got: step.f64 ? Array.from(got) : Array.from(got, String) }).toEqual({ k, got: want });
        expect({ k, state: g.bitGenerator.state }).toEqual({ k, state: pcgState(step.state) });
      }
    });
  });
}

describe("new Generator(bitGenerator, { kernel })", () => {
  it("picks the kernel from the option, else SAFETY_GAP_KERNEL, and refuses unknown names", () => {
    const saved = process.env.SAFETY_GAP_KERNEL;
    try {
      process.env.SAFETY_GAP_KERNEL = "ts";
      expect(defaultRng(1).kernel).toBe("ts");
      expect(defaultRng(1, { kernel: "wasm" }).kernel).toBe("wasm");
      process.env.SAFETY_GAP_KERNEL = "wasm";
      expect(defaultRng(1).kernel).toBe("wasm");
      process.env.SAFETY_GAP_KERNEL = "gpu";
      expect(() => defaultRng(1)).toThrow(SafetyGapError);
    } finally {
      if (saved === undefined) delete process.env.SAFETY_GAP_KERNEL;
      else process.env.SAFETY_GAP_KERNEL = saved;
    }
    expect(() => new Generator(new PCG64(1), { kernel: "fast" as Kernel })).toThrow(/kernel must be/);
  });
  it("refuses a bitGenerator that is not a PCG64 (a seed, a SeedSequence) with a SafetyGapError at construction, not a TypeError at the first draw", () => {
    for (const bad of [42, new SeedSequence(1), undefined, {}]) {
      expect(() => new Generator(bad as unknown as PCG64)).toThrow(SafetyGapError);
      expect(() => new Generator(bad as unknown as PCG64)).toThrow(/PCG64/);
    }
  });
  it("defaultRng(generator) returns it as is (NumPy's default_rng(gen)); options with it throw rather than being ignored", () => {
    const g = defaultRng(1, { kernel: "ts" });
    expect(defaultRng(g)).toBe(g);
    expect(defaultRng(g, {})).toBe(g);
    expect(defaultRng(g, { kernel: undefined, threads: undefined })).toBe(g); // nothing asked, nothing to refuse
    const e = safetyGapErrorOf(() => defaultRng(g, { threads: 1 }));
    expect([e.message, e.hint]).toEqual([
      "defaultRng(generator, options): a Generator is returned as is, so its kernel and threads cannot change",
      "pass its bit generator instead: defaultRng(generator.bitGenerator, options)",
    ]);
    expect(() => defaultRng(g, { kernel: "wasm" })).toThrow(SafetyGapError);
    expect(() => defaultRng(g, { kernel: "bogus" as Kernel })).toThrow(/returned as is/);
    expect(() => defaultRng(g, { threads: 2 })).toThrow(SafetyGapError);
    expect(defaultRng(g.bitGenerator, { kernel: "wasm" }).bitGenerator).toBe(g.bitGenerator);
  });
  it("refuses threads that are not a whole number >= 1", () => {
    for (const threads of [0, -1, 1.5, NaN, Infinity]) expect(() => defaultRng(1, { threads })).toThrow(/threads must be/);
  });
  it("ts and wasm fills agree for every array type (Int32Array, Uint32Array, Float64Array) and leave the same state", () => {
    for (const [low, high] of [[-1000, 1000], [0, 2 ** 32 - 1], [-(2 ** 31) - 5, 2 ** 31], [0, 2 ** 32], [7, 2 ** 31 + 1]]) {
      const ts = defaultRng(12, { kernel: "ts" });
      const wasm = defaultRng(12, { kernel: "wasm" });
      ts.integers(0, 3);
      wasm.integers(0, 3);
      const a = ts.integers(low!, high!, 1001);
      const b = wasm.integers(low!, high!, 1001);
      expect(b.constructor).toBe(a.constructor);
      expect(Array.from(b)).toEqual(Array.from(a));
      expect(wasm.bitGenerator.state).toEqual(ts.bitGenerator.state);
    }
  });
  it("ts and wasm agree at the wasm fast lane's boundaries: every count mod 4, buffered or not, rejections in either step of its 2-step body", () => {
    // The wasm fast lane does two steps (4 draws) per loop turn, then one step, then one draw at a time;
    // rng 2**31 + 1 rejects about half the 32-bit words, so rejections land in every position.
    for (const [low, high] of [[0, 500], [5, 2 ** 31 + 7], [0, 2 ** 32 - 1]]) {
      for (let count = 64; count < 72; count++) {
        for (const pre of [0, 1]) {
          const ts = defaultRng(count * 7 + pre, { kernel: "ts" });
          const wasm = defaultRng(count * 7 + pre, { kernel: "wasm" });
          if (pre) {
            ts.integers(0, 3);
            wasm.integers(0, 3);
          }
          const a = [ts.integers(low!, high!, count), ts.integers(low!, high!, count + 1), ts.integers(0, 9)];
          const b = [wasm.integers(low!, high!, count), wasm.integers(low!, high!, count + 1), wasm.integers(0, 9)];
          expect(b.map((v) => (typeof v === "number" ? v : Array.from(v)))).toEqual(a.map((v) => (typeof v === "number" ? v : Array.from(v))));
          expect(wasm.bitGenerator.state).toEqual(ts.bitGenerator.state);
        }
      }
    }
  });
  it("a kernel switch mid-stream continues the same NumPy stream (state handed between TS and wasm)", () => {
    const c = streams.integers.find((c: { seed: number }) => c.seed === 3);
    const bg = new PCG64(c.seed);
    const ts = new Generator(bg, { kernel: "ts" });
    const wasm = new Generator(bg, { kernel: "wasm" });
    const parts = [wasm.integers(0, 500, 1001), ts.integers(0, 500, 999), wasm.integers(0, 500, 198_001)];
    const all = new Int32Array(200_001);
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.length;
    }
    expect(sha(asInt64(all))).toBe(c.sha);
    expect(bg.state).toEqual(pcgState(c.state));
  });
});

describe("negative controls: wrong variants must disagree with NumPy", () => {
  it("discarding the 32-bit half-word buffer between integers() calls disagrees", () => {
    const c = streams.integers_scalar;
    const g = defaultRng(c.seed, { kernel: "ts" });
    const got = c.calls.map((call: { low: string; high: string }) => {
      const v = String(g.integers(bound(call.low), bound(call.high)));
      g.bitGenerator.hasUint32 = 0; // the wrong policy
      return v;
    });
    expect(got).not.toEqual(c.calls.map((call: { value: string }) => call.value));
  });

  it("taking a fresh 64-bit output for every 32-bit draw (no buffer at all) disagrees", () => {
    const c = streams.integers.find((c: { low: string; high: string; size: number }) => c.low === "0" && c.high === "500" && c.size === 1001);
    const bg = new PCG64(c.seed);
    defaultRng(bg).integers(0, 10);
    const wrong = Array.from({ length: c.size }, () => {
      bg.hasUint32 = 0;
      return String(defaultRng(bg).integers(0, 500));
    });
    expect(wrong).not.toEqual(c.values);
  });
});

describe("random / integers / standardNormal (size, { out })", () => {
  /** The same call made twice from one seed: into a fresh array, and into `out`; values and end state agree. */
  /**
   * The same values in the same order. Typed arrays of one type are compared
   * as bytes (toEqual on 600,001 values takes seconds; this, milliseconds);
   * others, such as an Int32Array and the Float64Array out filled with the
   * same draws, value by value as text.
   */
  const sameValues = (y: ArrayLike<number | bigint>, x: ArrayLike<number | bigint>): void => {
    if (ArrayBuffer.isView(x) && ArrayBuffer.isView(y) && x.constructor === y.constructor) {
      expect(y.length).toBe(x.length);
      const bytes = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
      expect(Buffer.compare(bytes(y), bytes(x))).toBe(0);
    } else expect(Array.from(y, String)).toEqual(Array.from(x, String));
  };
  const both = <T extends ArrayLike<number | bigint>>(kernel: Kernel, threads: number, fresh: (g: Generator) => T, into: (g: Generator) => T) => {
    const a = defaultRng(11, { kernel, threads });
    const b = defaultRng(11, { kernel, threads });
    a.integers(0, 10); // a buffered half-word first: the fill starts from it
    b.integers(0, 10);
    const x = fresh(a);
    const y = into(b);
    sameValues(y, x);
    expect(b.bitGenerator.state).toEqual(a.bitGenerator.state);
  };

  for (const kernel of KERNELS) {
    it(`fills out with the values a fresh array would get, and returns it, size given or not [kernel ${kernel}]`, () => {
      const out = new Float64Array(1000);
      both(kernel, 1, (g) => g.random(1000), (g) => g.random(undefined, { out }));
      expect(defaultRng(1, { kernel }).random(1000, { out })).toBe(out);
      both(kernel, 1, (g) => g.standardNormal(1000), (g) => g.standardNormal([10, 100], { out: new Float64Array(1000) }));
      both(kernel, 1, (g) => g.integers(0, 500, 1000), (g) => g.integers(0, 500, undefined, { out: new Int32Array(1000) }));
      // A wider array than needed: the same draws, stored as doubles or bigints.
      both(kernel, 1, (g) => g.integers(-3, 9, 777), (g) => g.integers(-3, 9, 777, { out: new Float64Array(777) }));
      both(kernel, 1, (g) => Array.from(g.integers(5, 6, 9), BigInt), (g) => Array.from(g.integers(5, 6, undefined, { out: new BigInt64Array(9) })));
      both(kernel, 1, (g) => Array.from(g.integers(0, 2 ** 40, 50), BigInt), (g) => Array.from(g.integers(0, 2 ** 40, 50, { out: new BigInt64Array(50) })));
      both(kernel, 1, (g) => g.integers(0, 2 ** 32, 300), (g) => g.integers(0, 2 ** 32, 300, { out: new Uint32Array(300) }));
    });
  }

  it("with threads: 2, a big out gets the one-thread values (the helper's half copied in)", () => {
    const n = 600_001;
    both("wasm", 2, (g) => g.integers(0, 500, n), (g) => g.integers(0, 500, n, { out: new Int32Array(n) }));
    const reused = new Int32Array(n);
    const g = defaultRng(5, { threads: 2 });
    const one = defaultRng(5);
    for (let k = 0; k < 3; k++) {
      const got = g.integers(0, 500, undefined, { out: reused });
      expect(got).toBe(reused);
      sameValues(got, one.integers(0, 500, n));
    }
  });

  it("refuses an out of the wrong type, too narrow for the range, or of another length than size, drawing nothing", () => {
    const g = defaultRng(1);
    const before = g.bitGenerator.state;
    expect(() => g.random(3, { out: new Float32Array(3) as unknown as Float64Array })).toThrow(/random: out must be a Float64Array, got/);
    expect(() => g.standardNormal(undefined, { out: [0, 0] as unknown as Float64Array })).toThrow(/standardNormal: out must be a Float64Array/);
    expect(() => g.random(4, { out: new Float64Array(3) })).toThrow(/size asks for 4 values but out holds 3/);
    expect(() => g.integers(0, 500, undefined, { out: new Int16Array(5) as unknown as Int32Array })).toThrow(/out must be an Int32Array, Uint32Array, Float64Array or BigInt64Array/);
    expect(() => g.integers(0, 2 ** 31 + 1, undefined, { out: new Int32Array(5) })).toThrow(/out is a Int32Array, which cannot hold every value of \[0, 2147483649\)/);
    expect(() => g.integers(-1, 5, undefined, { out: new Uint32Array(5) })).toThrow(/cannot hold every value of \[-1, 5\)/);
    expect(() => g.integers(0n, 2n ** 53n + 1n, undefined, { out: new Float64Array(5) })).toThrow(SafetyGapError);
    expect(() => g.integers(0n, 2n ** 60n, [2, 2], { out: new BigInt64Array(5) })).toThrow(/size asks for 4 values but out holds 5/);
    expect(g.bitGenerator.state).toEqual(before);
    expect(g.integers(0, 2 ** 53, undefined, { out: new Float64Array(5) })).toHaveLength(5); // highest 2**53 - 1: exact
  });
});
