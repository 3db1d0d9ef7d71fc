import { afterEach, describe, expect, it, vi } from "vitest";
import { Generator, PCG64, bootstrapMeanDifferences, bootstrapMeans, defaultRng, type Kernel } from "../../src/random/index.js";
import { SafetyGapError } from "../../src/errors.js";
import { bootstrapArgsInvalid, bootstrapHint } from "../../src/messages/random.js";
import { wasmKernel, type WasmKernel } from "../../src/random/wasmKernel.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";
import { f64, firstMismatch, fixture, pcgState } from "./fixtures.js";

const { cases } = fixture("bootstrap.json");

for (const kernel of ["ts", "wasm"] as Kernel[]) {
  describe(`bootstrapMeans(gen, x, resamples) [kernel ${kernel}]`, () => {
    for (const c of cases) {
      it(`n ${c.n}, ${c.resamples} resamples${c.pre ? ", buffered half-word" : ""}: means and final state match NumPy`, () => {
        const g = defaultRng(c.seed, { kernel });
        if (c.pre) g.integers(0, 10);
        expect(g.bitGenerator.state).toEqual(pcgState(c.state_before));
        const means = bootstrapMeans(g, f64(c.x), c.resamples);
        expect(firstMismatch(means, f64(c.means))).toBeUndefined();
        expect(g.bitGenerator.state).toEqual(pcgState(c.state));
      });
    }
    it("0 resamples draw nothing", () => {
      const g = defaultRng(1, { kernel });
      const before = g.bitGenerator.state;
      expect(bootstrapMeans(g, new Float64Array([1, 2, 3]), 0).length).toBe(0);
      expect(g.bitGenerator.state).toEqual(before);
    });
    it("refuses empty x and bad resample counts with a SafetyGapError", () => {
      const g = defaultRng(1, { kernel });
      expect(() => bootstrapMeans(g, new Float64Array(0), 3)).toThrow(SafetyGapError);
      expect(() => bootstrapMeans(g, new Float64Array(3), -1)).toThrow(SafetyGapError);
      expect(() => bootstrapMeans(g, new Float64Array(3), 1.5)).toThrow(/resamples/);
    });
    it("a resample count no array can hold (2**40) throws a SafetyGapError and draws nothing", () => {
      const g = defaultRng(1, { kernel });
      const before = g.bitGenerator.state;
      expect(() => bootstrapMeans(g, new Float64Array([1, 2, 3]), 2 ** 40)).toThrow(/cannot allocate/);
      expect(g.bitGenerator.state).toEqual(before);
    });
  });
}

describe("bootstrapMeans(gen, x, resamples, { kernel })", () => {
  it("refuses an unknown kernel name with a SafetyGapError, as new Generator does (it ran TypeScript silently)", () => {
    const g = defaultRng(1);
    const before = g.bitGenerator.state;
    expect(() => bootstrapMeans(g, new Float64Array([1, 2, 3]), 3, { kernel: "wsam" as Kernel })).toThrow(SafetyGapError);
    expect(() => bootstrapMeans(g, new Float64Array([1, 2, 3]), 3, { kernel: "wsam" as Kernel })).toThrow(/kernel must be/);
    expect(g.bitGenerator.state).toEqual(before);
  });
  it("refuses a gen that is not a Generator (e.g. a PCG64) with a SafetyGapError", () => {
    expect(() => bootstrapMeans(new PCG64(1) as unknown as Generator, new Float64Array([1, 2]), 2)).toThrow(/Generator/);
  });
  it("\"auto\" and an explicit kernel give the generator's values", () => {
    const a = bootstrapMeans(defaultRng(4), new Float64Array([1, 2, 3, 4, 5]), 9, { kernel: "auto" as Kernel });
    expect(a).toEqual(bootstrapMeans(defaultRng(4, { kernel: "ts" }), new Float64Array([1, 2, 3, 4, 5]), 9, { kernel: "wasm" }));
  });
});

describe("bootstrapMeans: kernels agree", () => {
  it("ts and wasm give the same means and leave the same state (odd n * resamples, mixed with other calls)", () => {
    const x = defaultRng(9).standardNormal(333);
    const run = (kernel: Kernel) => {
      const g = defaultRng(10, { kernel });
      g.integers(0, 5);
      const m = bootstrapMeans(g, x, 17);
      const after = g.integers(0, 500, 3);
      return { m: Array.from(m), after: Array.from(after), state: g.bitGenerator.state };
    };
    expect(run("wasm")).toEqual(run("ts"));
  });
});

describe("bootstrapMeans: kernels agree at the wasm kernel's boundaries", () => {
  const agree = (n: number, resamples: number, pre: number): void => {
    const x = defaultRng(n).standardNormal(n);
    const run = (kernel: Kernel) => {
      const g = defaultRng(n + resamples, { kernel });
      for (let k = 0; k < pre; k++) g.integers(0, 7);
      const m = bootstrapMeans(g, x, resamples);
      return { m: Array.from(m), state: g.bitGenerator.state };
    };
    expect(run("wasm")).toEqual(run("ts"));
  };
  it("tiny rows and odd row lengths (the half-word carried from row to row), buffered or not", () => {
    for (const n of [2, 3, 4, 5, 6, 7, 9, 11]) for (const pre of [0, 1]) agree(n, 13, pre);
  });
  it("rows with rejected draws: n = 100000 rejects 67296 of 2**32 words (~30 rejections in 20 rows)", () => {
    agree(100_000, 20, 0);
    agree(99_999, 3, 1);
  });
});

describe("bootstrapMeanDifferences(gen, a, b, resamples)", () => {
  const diffOfMeans = (seed: number, a: Float64Array, b: Float64Array, resamples: number, kernel: Kernel) => {
    const g = defaultRng(seed, { kernel });
    const ma = bootstrapMeans(g, a, resamples);
    const mb = bootstrapMeans(g, b, resamples);
    return { d: Array.from(ma, (v, r) => v - mb[r]!), state: g.bitGenerator.state };
  };
  const fused = (seed: number, a: Float64Array, b: Float64Array, resamples: number, kernel: Kernel) => {
    const g = defaultRng(seed, { kernel });
    const d = bootstrapMeanDifferences(g, a, b, resamples);
    return { d: Array.from(d), state: g.bitGenerator.state };
  };
  const x = (n: number, seed: number): Float64Array => defaultRng(seed).standardNormal(n);

  for (const kernel of ["ts", "wasm"] as Kernel[]) {
    it(`is bootstrapMeans(a) - bootstrapMeans(b), a's resamples drawn first, ending in the same state [kernel ${kernel}]`, () => {
      // Rows of different lengths, odd and even, one of a single value (drawn as nothing), and 0 resamples.
      for (const [na, nb, resamples] of [[500, 500, 101], [7, 12, 33], [1, 9, 5], [9, 1, 5], [3, 4, 0]] as const) {
        expect(fused(na + nb, x(na, 1), x(nb, 2), resamples, kernel)).toEqual(diffOfMeans(na + nb, x(na, 1), x(nb, 2), resamples, kernel));
      }
    });
  }

  it("takes the two-pass path beyond the kernel's 32,768 resamples, with the same numbers", () => {
    const a = x(3, 5), b = x(4, 6);
    expect(fused(7, a, b, 32_769, "wasm")).toEqual(diffOfMeans(7, a, b, 32_769, "wasm"));
    expect(fused(7, a, b, 32_769, "wasm")).toEqual(fused(7, a, b, 32_769, "ts"));
  });

  it("refuses what bootstrapMeans refuses, naming itself", () => {
    const g = defaultRng(1);
    expect(() => bootstrapMeanDifferences(g, new Float64Array(0), new Float64Array(3), 3)).toThrow(/bootstrapMeanDifferences: a must be a non-empty Float64Array/);
    expect(() => bootstrapMeanDifferences(g, new Float64Array(3), [1, 2] as unknown as Float64Array, 3)).toThrow(/b must be/);
    expect(() => bootstrapMeanDifferences(g, new Float64Array(3), new Float64Array(3), -1)).toThrow(/resamples/);
    expect(() => bootstrapMeanDifferences(new PCG64(1) as unknown as Generator, new Float64Array(3), new Float64Array(3), 1)).toThrow(SafetyGapError);
  });
});

describe("bootstrap arguments refused: exact messages and hints, naming the function and the sample", () => {
  const error = (run: () => unknown) => {
    const e = safetyGapErrorOf(run);
    return { message: e.message, hint: e.hint };
  };
  const gen = defaultRng(1);
  const three = new Float64Array([1, 2, 3]);
  const notGen = new PCG64(1) as unknown as Generator;
  const notArray = [1, 2] as unknown as Float64Array;
  for (const fn of ["bootstrapMeans", "bootstrapMeanDifferences"] as const) {
    const want = (why: string) => ({ message: bootstrapArgsInvalid(why, fn), hint: bootstrapHint(fn) });
    const call = (g: Generator, x: Float64Array, resamples: number) => (fn === "bootstrapMeans" ? bootstrapMeans(g, x, resamples) : bootstrapMeanDifferences(g, x, three, resamples));
    const sample = fn === "bootstrapMeans" ? "x" : "a";
    it(fn, () => {
      expect(error(() => call(notGen, three, 2))).toEqual(want("gen must be a Generator (e.g. defaultRng(42))"));
      expect(error(() => call(gen, new Float64Array(0), 2))).toEqual(want(`${sample} must be a non-empty Float64Array`));
      expect(error(() => call(gen, notArray, 2))).toEqual(want(`${sample} must be a non-empty Float64Array`));
      for (const resamples of [-1, 1.5, Number.NaN, 2 ** 53]) {
        expect(error(() => call(gen, three, resamples))).toEqual(want(`resamples must be a non-negative integer, got ${resamples}`));
      }
    });
  }
  it("bootstrapMeanDifferences names b", () => {
    const want = { message: bootstrapArgsInvalid("b must be a non-empty Float64Array", "bootstrapMeanDifferences"), hint: bootstrapHint("bootstrapMeanDifferences") };
    expect(error(() => bootstrapMeanDifferences(gen, three, new Float64Array(0), 2))).toEqual(want);
    expect(error(() => bootstrapMeanDifferences(gen, three, notArray, 2))).toEqual(want);
  });
});

describe("bootstrap: the kernel that runs is the generator's, unless the call names one", () => {
  const k = wasmKernel(true) as WasmKernel;
  const saved = process.env.SAFETY_GAP_KERNEL;
  afterEach(() => {
    vi.restoreAllMocks();
    if (saved === undefined) delete process.env.SAFETY_GAP_KERNEL;
    else process.env.SAFETY_GAP_KERNEL = saved;
  });
  const a = new Float64Array([1, 2, 4]), b = new Float64Array([8, 16]);

  it("bootstrapMeans: in TypeScript for a ts generator (SAFETY_GAP_KERNEL aside), in the kernel when asked", () => {
    process.env.SAFETY_GAP_KERNEL = "wasm";
    const means = vi.spyOn(k, "bootstrapMeans");
    const want = Array.from(bootstrapMeans(defaultRng(2, { kernel: "wasm" }), a, 9));
    means.mockClear();
    expect(Array.from(bootstrapMeans(defaultRng(2, { kernel: "ts" }), a, 9))).toEqual(want);
    expect(means).not.toHaveBeenCalled();
    process.env.SAFETY_GAP_KERNEL = "ts";
    expect(Array.from(bootstrapMeans(defaultRng(2, { kernel: "ts" }), a, 9, { kernel: "wasm" }))).toEqual(want);
    expect(means).toHaveBeenCalledTimes(1);
  });

  it("bootstrapMeanDifferences: fused in the kernel, two TypeScript passes for a ts generator, as asked", () => {
    process.env.SAFETY_GAP_KERNEL = "wasm";
    const means = vi.spyOn(k, "bootstrapMeans"), diffs = vi.spyOn(k, "bootstrapMeanDifferences");
    const want = Array.from(bootstrapMeanDifferences(defaultRng(3, { kernel: "wasm" }), a, b, 7));
    expect([diffs.mock.calls.length, means.mock.calls.length]).toEqual([1, 0]);
    vi.clearAllMocks();
    expect(Array.from(bootstrapMeanDifferences(defaultRng(3, { kernel: "ts" }), a, b, 7))).toEqual(want);
    expect([diffs.mock.calls.length, means.mock.calls.length]).toEqual([0, 0]);
    process.env.SAFETY_GAP_KERNEL = "ts";
    expect(Array.from(bootstrapMeanDifferences(defaultRng(3, { kernel: "ts" }), a, b, 7, { kernel: "wasm" }))).toEqual(want);
    expect([diffs.mock.calls.length, means.mock.calls.length]).toEqual([1, 0]);
  });
});
