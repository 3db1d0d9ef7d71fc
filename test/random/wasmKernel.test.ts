/**
 * The WebAssembly kernel's operations called directly (src/random/wasmKernel.ts):
 * the random fills against the TypeScript kernel (NumPy-exact: generator.test.ts),
 * over several 32,768-value chunks, the state handed over and back; the
 * numeric operations against NumPy's sums (test/fixtures/numeric) or the
 * IEEE operations they stand for; and the kernel's memory, which must not
 * lose the ziggurat tables to a scratch area.
 */
import { describe, expect, it } from "vitest";
import { defaultRng, type Generator } from "../../src/random/index.js";
import { wasmKernel, wasmKernelFor, type WasmKernel } from "../../src/random/wasmKernel.js";
import { pairwiseSum } from "../../src/numeric/pairwiseSum.js";
import { data, fromHex, reductions } from "../numeric/fixtures.js";
import { f64, firstMismatch, fixture, pcgState } from "./fixtures.js";

const k = wasmKernel(true) as WasmKernel;
const CHUNK = 1 << 15;
/** Two chunks and an odd remainder: the second chunk is full, the third partial. */
const N = 2 * CHUNK + 77;

/** A TypeScript-kernel generator: the reference, and a PCG64 to hand to the kernel. */
const ts = (seed: number, pre = false): Generator => {
  const g = defaultRng(seed, { kernel: "ts" });
  if (pre) g.integers(0, 10); // leaves a buffered half-word
  return g;
};

/** Doubles compared bit for bit (NaN, -0), reporting the first difference. */
const bits = (x: ArrayLike<number>): string[] => Array.from(x, (v) => (Object.is(v, -0) ? "-0" : String(v)));

/** The ziggurat tables still hold ki, wi, fi: 3000 normals (tail and wedge draws among them) are NumPy's. */
function expectTablesIntact(): void {
  const out = new Float64Array(3000);
  k.fillNormal(ts(3).bitGenerator, out);
  expect(firstMismatch(out, ts(3).standardNormal(3000))).toBeUndefined();
}

describe("wasmKernelFor(choice) and wasmKernel(required)", () => {
  it("none for ts, the one compiled kernel for wasm and auto", () => {
    expect(wasmKernelFor("ts")).toBeUndefined();
    expect(wasmKernelFor("wasm")).toBe(k);
    expect(wasmKernelFor("auto")).toBe(k);
    expect(wasmKernel(false)).toBe(k);
  });
});

describe("the kernel's random fills are the TypeScript kernel's, across chunks", () => {
  for (const pre of [false, true]) {
    const label = pre ? " (a buffered half-word first)" : "";
    it(`fillRandom${label}`, () => {
      const want = ts(21, pre), g = ts(21, pre);
      const out = new Float64Array(N);
      k.fillRandom(g.bitGenerator, out);
      expect(firstMismatch(out, want.random(N))).toBeUndefined();
      expect(g.bitGenerator.state).toEqual(want.bitGenerator.state);
    });

    it(`fillRaw${label}`, () => {
      const want = ts(22, pre), g = ts(22, pre);
      const out = new BigUint64Array(N);
      k.fillRaw(g.bitGenerator, out);
      const expected = BigUint64Array.from({ length: N }, () => want.bitGenerator.nextUint64());
      expect(firstMismatch(out, expected)).toBeUndefined();
      expect(g.bitGenerator.state).toEqual(want.bitGenerator.state);
    });

    // Int32Array, Uint32Array (values past 2**31) and Float64Array (values past 2**32).
    for (const [low, high, type] of [[-7, 1_000_003, Int32Array], [5, 2 ** 32 - 3, Uint32Array], [2 ** 40, 2 ** 40 + 999, Float64Array]] as const) {
      it(`fillBounded32 into a ${type.name}, integers(${low}, ${high})${label}`, () => {
        const want = ts(23, pre), g = ts(23, pre);
        const out = new type(N);
        k.fillBounded32(g.bitGenerator, high - low - 1, low, out);
        const expected = want.integers(low, high, N);
        expect(expected.constructor).toBe(type);
        expect(firstMismatch(out, expected)).toBeUndefined();
        expect(g.bitGenerator.state).toEqual(want.bitGenerator.state);
        expect(g.bitGenerator.hasUint32).toBe(pre ? 0 : 1); // an odd count of draws ends with a half-word kept
      });
    }

    it(`fillNormal: standard normals, and loc + scale * z${label}`, () => {
      const want = ts(24, pre), g = ts(24, pre);
      const out = new Float64Array(N);
      k.fillNormal(g.bitGenerator, out);
      expect(firstMismatch(out, want.standardNormal(N))).toBeUndefined();
      k.fillNormal(g.bitGenerator, out, 3, 0.5);
      expect(firstMismatch(out, want.normal(3, 0.5, N))).toBeUndefined();
      expect(g.bitGenerator.state).toEqual(want.bitGenerator.state);
    });
  }

  it("fillNormal with loc or scale alone draws standard normals (the affine form needs both)", () => {
    const want = ts(25), g = ts(25);
    const out = new Float64Array(500);
    k.fillNormal(g.bitGenerator, out, 3);
    expect(firstMismatch(out, want.standardNormal(500))).toBeUndefined();
    k.fillNormal(g.bitGenerator, out, undefined, 2);
    expect(firstMismatch(out, want.standardNormal(500))).toBeUndefined();
  });

  it("hands over and takes back every limb of the state, the increment kept", () => {
    const g = ts(26);
    g.bitGenerator.state = { bitGenerator: "PCG64", state: { state: (1n << 128n) - 12345n, inc: (1n << 127n) + 0xfedcba987n }, hasUint32: 1, uinteger: 0xdeadbeef };
    const want = ts(26);
    want.bitGenerator.state = g.bitGenerator.state;
    const out = new Float64Array(101);
    k.fillBounded32(g.bitGenerator, 999, 0, out);
    expect(firstMismatch(out, want.integers(0, 1000, 101, { out: new Float64Array(101) }))).toBeUndefined();
    expect(g.bitGenerator.state).toEqual(want.bitGenerator.state);
  });
});

describe("the kernel's bootstrap means", () => {
  const { cases } = fixture("bootstrap.json");
  it("are NumPy's, rows of one value drawing nothing", () => {
    for (const c of cases) {
      const g = defaultRng(c.seed, { kernel: "ts" });
      if (c.pre) g.integers(0, 10);
      const out = new Float64Array(c.resamples);
      expect(k.bootstrapMeans(g.bitGenerator, f64(c.x), out)).toBe(out);
      expect(firstMismatch(out, f64(c.means)), `n ${c.n}`).toBeUndefined();
      expect(g.bitGenerator.state).toEqual(pcgState(c.state));
    }
    expectTablesIntact();
  });

  it("a row of one value: (0.0 + x0) / 1, so -0 gives +0", () => {
    const g = ts(27);
    const before = g.bitGenerator.state;
    expect(bits(k.bootstrapMeans(g.bitGenerator, new Float64Array([-2.5]), new Float64Array(3)))).toEqual(["-2.5", "-2.5", "-2.5"]);
    expect(bits(k.bootstrapMeans(g.bitGenerator, new Float64Array([-0]), new Float64Array(2)))).toEqual(["0", "0"]);
    expect(g.bitGenerator.state).toEqual(before);
  });

  it("rows longer than a chunk (one row per call) and many short rows (several calls)", () => {
    for (const [n, resamples] of [[CHUNK + 3, 3], [100, 1000], [7, 5000]] as const) {
      const x = data(n, 8);
      const want = ts(n), g = ts(n);
      const out = new Float64Array(resamples);
      k.bootstrapMeans(g.bitGenerator, x, out);
      const row = new Float64Array(n);
      const expected = Float64Array.from({ length: resamples }, () => {
        const idx = want.integers(0, n, n) as Int32Array;
        for (let i = 0; i < n; i++) row[i] = x[idx[i]!]!;
        return pairwiseSum(row) / n;
      });
      expect(firstMismatch(out, expected), `n ${n}`).toBeUndefined();
      expect(g.bitGenerator.state).toEqual(want.bitGenerator.state);
    }
    expectTablesIntact();
  });

  describe("bootstrapMeanDifferences", () => {
    const twoPass = (seed: number, a: Float64Array, b: Float64Array, resamples: number) => {
      const g = ts(seed);
      const ma = k.bootstrapMeans(g.bitGenerator, a, new Float64Array(resamples));
      const mb = k.bootstrapMeans(g.bitGenerator, b, new Float64Array(resamples));
      return { d: Float64Array.from(ma, (v, r) => v - mb[r]!), state: g.bitGenerator.state };
    };

    it("a's means minus b's, a drawn first, for a longer, b longer and equal lengths, up to 32,768 resamples", () => {
      for (const [na, nb, resamples] of [[300, 17, 41], [17, 300, 41], [64, 64, 99], [5, 2, CHUNK]] as const) {
        const a = data(na, 9), b = data(nb, 10);
        const g = ts(na * nb);
        const out = new Float64Array(resamples);
        expect(k.bootstrapMeanDifferences(g.bitGenerator, a, b, out)).toBe(true);
        const want = twoPass(na * nb, a, b, resamples);
        expect(firstMismatch(out, want.d), `${na}, ${nb}`).toBeUndefined();
        expect(g.bitGenerator.state).toEqual(want.state);
      }
      expectTablesIntact();
    });

    it("declines, touching nothing, for a row of one value or more than 32,768 resamples", () => {
      const two = new Float64Array([1, 2]), one = new Float64Array([3]);
      for (const [a, b, resamples] of [[one, two, 4], [two, one, 4], [two, two, CHUNK + 1]] as const) {
        const g = ts(28);
        const before = g.bitGenerator.state;
        const out = new Float64Array(resamples).fill(7);
        expect(k.bootstrapMeanDifferences(g.bitGenerator, a, b, out)).toBe(false);
        expect(out.every((v) => v === 7)).toBe(true);
        expect(g.bitGenerator.state).toEqual(before);
      }
    });
  });
});

describe("the kernel's numeric operations", () => {
  it("sum(x) is np.sum(x) (NumPy's fixtures: lengths 1 to 100,000, and specials)", () => {
    for (const c of reductions.means) expect(bits([k.sum(data(c.n, c.seed))]), `n ${c.n}`).toEqual(bits([fromHex(c.sum)]));
    for (const s of reductions.specials) expect(bits([k.sum(s.x.map(fromHex))]), s.name).toEqual(bits([fromHex(s.sum)]));
    expectTablesIntact();
  });

  it("sumSquaredDeviations(x, m) is the pairwise sum of (x - m) ** 2", () => {
    for (const n of [1, 9, 300, 5000, 70_001]) {
      const x = data(n, 11);
      const m = fromHex(reductions.means.find((c: { n: number }) => c.n === 100_000).mean) + n;
      const want = pairwiseSum(Float64Array.from(x, (v) => (v - m) ** 2));
      expect(bits([k.sumSquaredDeviations(x, m)]), `n ${n}`).toEqual(bits([want]));
    }
    expectTablesIntact();
  });

  it("meanRows: ((rows[0] + rows[1]) + ...) / k, replicate by replicate", () => {
    for (const [rows, n] of [[1, 10], [2, 7], [3, 4099]] as const) {
      const xs = Array.from({ length: rows }, (_, r) => data(n, 20 + r).map((v, i) => (i % 3 === 0 ? v * 1e16 : v)));
      const out = new Float64Array(n);
      k.meanRows(xs, out);
      const want = Float64Array.from({ length: n }, (_, i) => xs.reduce((s, x) => s + x[i]!, -0) / rows);
      expect(bits(out), `${rows} rows`).toEqual(bits(want));
    }
    expectTablesIntact();
  });

  it("ratioAndDifference: p / q and p - q, element by element", () => {
    for (const n of [1, 5, 3001]) {
      const p = data(n, 30), q = data(n, 31);
      const ratio = new Float64Array(n), difference = new Float64Array(n);
      k.ratioAndDifference(p, q, ratio, difference);
      expect(bits(ratio), `n ${n}`).toEqual(bits(Float64Array.from(p, (v, i) => v / q[i]!)));
      expect(bits(difference), `n ${n}`).toEqual(bits(Float64Array.from(p, (v, i) => v - q[i]!)));
    }
    expectTablesIntact();
  });

  describe("selector(x)", () => {
    it("none when x holds NaN or both zeros (their order needs a sort); one for -0 alone or +0 alone", () => {
      expect(k.selector([1, NaN, 0])).toBeUndefined();
      expect(k.selector([0, 2, -0])).toBeUndefined();
      expect(k.selector([-0, 2, -0])).toBeDefined();
      expect(k.selector([0, 2, 1])).toBeDefined();
    });

    it("works on a copy: valueAt, swap, select, indexOfMinimum and indexOfMaximum (the first of ties)", () => {
      const x = Float64Array.from(data(2000, 12), (v) => Math.round(v * 10) / 10 + 0); // many ties, no -0
      const before = Float64Array.from(x);
      const s = k.selector(x)!;
      expect(bits(Array.from(x, (_, i) => s.valueAt(i)))).toEqual(bits(x));
      const other = x.findIndex((v) => v !== x[3]); // a swap of ties would not show
      s.swap(3, other);
      expect([s.valueAt(3), s.valueAt(other)]).toEqual([x[other], x[3]]);
      s.swap(3, other);
      const view = (): number[] => Array.from(x, (_, i) => s.valueAt(i));
      const first = (from: number, to: number, better: (a: number, b: number) => boolean): number => {
        const v = view();
        let at = from;
        for (let i = from + 1; i <= to; i++) if (better(v[i]!, v[at]!)) at = i;
        return at;
      };
      for (const [from, to] of [[0, 1999], [17, 900], [1000, 1000]] as const) {
        expect(s.indexOfMinimum(from, to)).toBe(first(from, to, (a, b) => a < b));
        expect(s.indexOfMaximum(from, to)).toBe(first(from, to, (a, b) => a > b));
      }
      const sorted = Float64Array.from(x).sort();
      s.select(700, 0, 1999);
      const v = view();
      expect(v[700]).toBe(sorted[700]);
      expect(v.slice(0, 700).every((y) => y <= sorted[700]!) && v.slice(701).every((y) => y >= sorted[700]!)).toBe(true);
      expect(bits(Float64Array.from(v).sort())).toEqual(bits(sorted));
      s.select(1900, 701, 1999);
      expect(s.valueAt(1900)).toBe(sorted[1900]);
      expect(bits(x)).toEqual(bits(before));
      expectTablesIntact();
    });
  });
});
