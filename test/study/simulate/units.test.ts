/** The simulate stage's pieces on a hand-sized design (test/study/tinyParams.ts). */
import { crc32 as zlibCrc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { SeedSequence, defaultRng } from "../../../src/random/index.js";
import { clipScores } from "../../../src/study/simulate/clipScores.js";
import { bootstrapSpawnKey, cellIds, cellKey, samplesSpawnKey, simulate, simulateCell, streamFor } from "../../../src/study/simulate/index.js";
import { tinyParams } from "../tinyParams.js";

describe("cellIds", () => {
  it("lists scale, method, condition (treated first), benchmark, in that nesting", () => {
    const p = { ...tinyParams(), scales: ["S", "T"], benchmarks: [{ name: "s1", kind: "safety" as const }, { name: "c1", kind: "capability" as const }] };
    expect(cellIds(p).map(cellKey)).toEqual([
      "S.B.AP.s1", "S.B.AP.c1", "S.B.NoAP.s1", "S.B.NoAP.c1",
      "S.M.AP.s1", "S.M.AP.c1", "S.M.NoAP.s1", "S.M.NoAP.c1",
      "T.B.AP.s1", "T.B.AP.c1", "T.B.NoAP.s1", "T.B.NoAP.c1",
      "T.M.AP.s1", "T.M.AP.c1", "T.M.NoAP.s1", "T.M.NoAP.c1",
    ]);
  });
});

describe("clipScores", () => {
  it("clips to [0, 1] in place, keeping 0, 1, -0 and NaN as they are", () => {
    const x = Float64Array.of(-0.5, 0, -0, 0.25, 1, 1.5, NaN, -Infinity, Infinity);
    expect(clipScores(x)).toBe(x);
    expect(Array.from(x)).toEqual([0, 0, -0, 0.25, 1, 1, NaN, 0, 1]);
    // toEqual does not tell -0 from 0.
    expect(Object.is(x[2], -0)).toBe(true);
    expect(Object.is(x[0], 0)).toBe(true);
  });
});

describe("streams", () => {
  it("key a cell's samples and a comparison's bootstrap by the CRC-32 of the purpose and each name", () => {
    // node:zlib's CRC-32 is the same checksum (IEEE 802.3), computed independently.
    const c = (s: string): number => zlibCrc32(s);
    expect(samplesSpawnKey("S", "M", "AP", "s1")).toEqual([c("samples"), c("S"), c("M"), c("AP"), c("s1")]);
    expect(bootstrapSpawnKey("S", "M", "s1")).toEqual([c("bootstrap"), c("S"), c("M"), c("s1")]);
  });

  it("streamFor is defaultRng(SeedSequence(seed, spawnKey))", () => {
    const own = defaultRng(new SeedSequence(11, { spawnKey: [1, 2] })).random(3);
    expect(Array.from(streamFor(11, [1, 2]).random(3))).toEqual(Array.from(own));
  });
});

describe("simulateCell / simulate", () => {
  it("draws n scores of Normal(baseline + lift + alignment * retention, sd) from the cell's stream, clipped", () => {
    const p = tinyParams();
    const c = { scale: "S", method: "M", condition: "AP", benchmark: "s1" };
    // mu = 0.5 + 0.125 + 0.25 * 0.5 = 0.75.
    const own = streamFor(7, samplesSpawnKey("S", "M", "AP", "s1")).normal(0.75, 0.1, 4);
    expect(Array.from(simulateCell(p, c))).toEqual(Array.from(clipScores(own)));
    // With no noise every score is the mean, and one above 1 is clipped.
    expect(Array.from(simulateCell({ ...p, noise: { sd: 0 } }, c))).toEqual([0.75, 0.75, 0.75, 0.75]);
    const high = { ...p, noise: { sd: 0 }, baseline: { S: { s1: 1.5, s2: 0.25, c1: 0.5 } } };
    expect(Array.from(simulateCell(high, c))).toEqual([1, 1, 1, 1]);
  });

  it("simulate has every cell's simulateCell, keyed by cellKey in cellIds order", () => {
    const p = tinyParams();
    const samples = simulate(p);
    expect([...samples.keys()]).toEqual(cellIds(p).map(cellKey));
    for (const c of cellIds(p)) expect(Array.from(samples.get(cellKey(c))!), cellKey(c)).toEqual(Array.from(simulateCell(p, c)));
  });
});
