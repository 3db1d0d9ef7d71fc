import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadParams } from "../../../src/study/params/load.js";
import { cellMeanOf } from "../../../src/study/params/cellMean.js";
import { cellIds, simulate, simulateCell } from "../../../src/study/simulate/index.js";

// Reduced size (n = 50): the NumPy fixtures of scripts/fixtures/model.py.
const { params } = loadParams("test/fixtures/model/model.yaml");
const samples = simulate(params);

describe("simulate(params)", () => {
  it("has one vector of n scores per cell: 3 scales x 5 methods x 2 conditions x 6 benchmarks", () => {
    expect(samples.size).toBe(180);
    for (const x of samples.values()) expect(x.length).toBe(50);
  });

  it("reproduces NumPy's samples bit for bit (7B cells of the fixture)", () => {
    const fixture = JSON.parse(readFileSync("test/fixtures/model/samples-7B.json", "utf8")) as Record<string, number[]>;
    expect(Object.keys(fixture)).toHaveLength(60);
    for (const [key, values] of Object.entries(fixture)) expect(Array.from(samples.get(key) ?? []), key).toEqual(values);
  });

  it("draws Normal(mu, sd): every cell mean within 4 SE of mu, pooled SD within 3% of noise.sd", () => {
    let ss = 0;
    let count = 0;
    for (const c of cellIds(params)) {
      const x = samples.get(`${c.scale}.${c.method}.${c.condition}.${c.benchmark}`) as Float64Array;
      const mu = cellMeanOf(params, c.scale, c.method, c.condition, c.benchmark);
      const m = x.reduce((s, v) => s + v, 0) / x.length;
      expect(Math.abs(m - mu) / (params.noise.sd / Math.sqrt(x.length))).toBeLessThan(4);
      for (const v of x) ss += (v - m) ** 2;
      count += x.length - 1;
    }
    expect(Math.sqrt(ss / count) / params.noise.sd).toBeGreaterThan(0.97);
    expect(Math.sqrt(ss / count) / params.noise.sd).toBeLessThan(1.03);
  });

  it("clips scores to [0, 1]", () => {
    const p = structuredClone(params);
    p.baseline["7B"]!.ToxiGen = 0.999;
    p.methodEffects.CAI!.lift.ToxiGen = 0;
    p.alignment["7B"]!.ToxiGen = 0;
    const x = simulateCell(p, { scale: "7B", method: "CAI", condition: "AP", benchmark: "ToxiGen" });
    expect(Math.max(...x)).toBe(1);
    expect(x.filter((v) => v === 1).length).toBeGreaterThan(10);
    expect(Math.min(...x)).toBeGreaterThan(0.9);
  });

  it("keys a cell's stream by its names: a cell's samples do not depend on the design's other names", () => {
    const p = structuredClone(params);
    p.scales = ["7B"];
    p.methods = ["SFT+DPO", "CAI"];
    const small = simulate(p);
    expect(Array.from(small.get("7B.CAI.NoAP.BBQ") ?? [])).toEqual(Array.from(samples.get("7B.CAI.NoAP.BBQ") ?? []));
  });
});
