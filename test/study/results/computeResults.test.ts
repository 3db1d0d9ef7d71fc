/** The whole computation on a tiny design: results.json's header fields and the samples it returns. Computed inside each test (not beforeAll) so a mutant's effect is seen by that test. */
import { describe, expect, it } from "vitest";
import { loadParams } from "../../../src/study/params/load.js";
import type { Params } from "../../../src/study/params/types.js";
import { computeResults, resultsHeader } from "../../../src/study/results/computeResults.js";
import { hashParams } from "../../../src/study/params/hash.js";
import { RESULTS_SCHEMA_VERSION } from "../../../src/results/types.js";
import { tool } from "../../../src/results/tool.js";

const fixture = loadParams("test/fixtures/model/model.yaml").params;
const tiny: Params = { ...fixture, scales: fixture.scales.slice(0, 1), methods: fixture.methods.slice(0, 2), samplesPerCell: 10, bootstrap: { ...fixture.bootstrap, resamples: 20 } };

describe("resultsHeader", () => {
  it("copies the design from the parameters, treated condition first", () => {
    const h = resultsHeader(tiny);
    expect(h).toEqual({
      schemaVersion: RESULTS_SCHEMA_VERSION,
      tool: tool(),
      seed: tiny.seed,
      paramsHash: hashParams(tiny),
      sizes: {
        conditions: [tiny.conditions.treated, tiny.conditions.control],
        methods: tiny.methods,
        scales: tiny.scales,
        benchmarks: tiny.benchmarks,
        samplesPerCell: 10,
        bootstrapResamples: 20,
        confidence: tiny.bootstrap.confidence,
      },
    });
    expect(h.sizes.conditions).toEqual(["AP", "NoAP"]);
    // Copies: editing the header does not edit the parameters.
    expect(h.sizes.methods).not.toBe(tiny.methods);
    expect(h.sizes.scales).not.toBe(tiny.scales);
    expect(h.sizes.benchmarks[0]).not.toBe(tiny.benchmarks[0]);
  });
});

describe("computeResults", () => {
  it("returns the declared results with the header, every sample and data/samples.csv", async () => {
    const { results, samples, samplesCsv } = await computeResults(tiny, { workers: 1 });
    expect(results.sizes).toEqual(resultsHeader(tiny).sizes);
    expect(results.seed).toBe(tiny.seed);
    expect(Object.keys(results.numbers).length).toBe(2 * 2 * tiny.benchmarks.length * 3 + 2 * tiny.benchmarks.length * 9 + 2 * 24);
    expect(results.numbers["cell.1B.SFT+DPO.AP.BBQ.mean"]).toBeTypeOf("number");
    expect(samples.size).toBe(2 * 2 * tiny.benchmarks.length);
    expect(new TextDecoder().decode(samplesCsv).split("\n")[0]).toMatch(/^scale,/);
  });
});
