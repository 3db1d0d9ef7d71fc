import { describe, expect, it } from "vitest";
import { bootstrapMeans, defaultRng, type Kernel } from "../../src/random/index.js";
import { SafetyGapError } from "../../src/errors.js";
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
  });
}

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
