/**
 * A design small enough to reason about by hand: one scale, a baseline
 * method B and a method M, two safety benchmarks and one capability
 * benchmark, 4 samples per cell, 5 resamples.
 */
import type { Params } from "../../src/study/params/types.js";

export const tinyParams = (): Params => ({
  seed: 7,
  samplesPerCell: 4,
  bootstrap: { resamples: 5, confidence: 0.9 },
  conditions: { treated: "AP", control: "NoAP" },
  methods: ["B", "M"],
  baselineMethod: "B",
  scales: ["S"],
  benchmarks: [
    { name: "s1", kind: "safety" },
    { name: "s2", kind: "safety" },
    { name: "c1", kind: "capability" },
  ],
  noise: { sd: 0.1 },
  baseline: { S: { s1: 0.5, s2: 0.25, c1: 0.5 } },
  alignment: { S: { s1: 0.25, s2: 0.125, c1: -0.0625 } },
  methodEffects: {
    B: { lift: { s1: 0, s2: 0, c1: 0 }, retention: { s1: 1, s2: 1, c1: 1 } },
    M: { lift: { s1: 0.125, s2: 0, c1: 0.25 }, retention: { s1: 0.5, s2: 0.5, c1: 2 } },
  },
});
