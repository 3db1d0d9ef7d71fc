/**
 * A small hand-written sweep for robustness.html (no real sweep run): four
 * seeds, a claim of each verdict, two rankings listed out of scale order,
 * and tables whose cells cover one key, an interval's two keys and a key
 * the sweep did not bootstrap.
 */
import type { Results } from "../../../src/results/types.js";
import type { RobustnessForSite } from "../../../src/site/robustnessPage.js";
import type { SiteTable } from "../../../src/site/types.js";
import type { NumberSpread } from "../../../src/sweep/aggregate.js";
import { SWEEP_FORMAT, SWEEP_SCHEMA_VERSION, type SweepFile } from "../../../src/sweep/sweepFile.js";

const spread = (mean: number, sd: number, q025: number, q975: number, paperPercentile: number): NumberSpread => ({
  mean,
  sd,
  min: q025,
  max: q975,
  q025,
  q975,
  seeds: 4,
  paper: mean,
  paperPercentile,
});

export const sweepFixture = (): SweepFile => ({
  format: SWEEP_FORMAT,
  schemaVersion: SWEEP_SCHEMA_VERSION,
  tool: { name: "safety-gap", version: "0.1.0" },
  paramsHash: "abc123",
  paperSeed: 7,
  seeds: [1, 2, 3, 4],
  bootstrapped: ["cmp.70B.m.b", "cmp.7B.m.b"],
  numbers: {
    "cell.70B.base.c.b.mean": spread(0.51, 0.02, 0.48, 0.55, 62.5),
    "cmp.70B.m.b.ciLow": spread(-0.11, 0.013, -0.14, -0.08, 37.5),
    "cmp.70B.m.b.ciHigh": spread(0.3, 0.01, 0.28, 0.32, 50),
    "cell.7B.base.c.b.mean": spread(0.4, 0.02, 0.37, 0.43, 50),
  },
  published: {},
  claims: {
    gap: { holds: 4, of: 4, rate: 1, low: 0.51, high: 1, kind: "claim", text: "The gap is < 0", where: "§3", paper: true },
    edge: { holds: 2, of: 4, rate: 0.5, low: 0.15, high: 0.85, kind: "claim", text: "Edge", where: "Table 1", paper: true },
    weak: { holds: 1, of: 4, rate: 0.25, low: 0.046, high: 0.699, kind: "statement", text: "A & B", paper: true },
    lost: { holds: 0, of: 4, rate: 0, low: 0, high: 0.49, kind: "claim", text: "Lost", where: "§4", paper: false },
  },
  rankings: [
    { scale: "70B", metric: "gap", paperOrder: ["m1", "m2"], sameOrder: { holds: 3, of: 4, rate: 0.75, low: 0.3, high: 0.95 }, places: { m1: [3, 1], m2: [1] } },
    {
      scale: "7B",
      metric: "mean<x>",
      paperOrder: ["a&b", "c", "d", "e"],
      sameOrder: { holds: 1, of: 4, rate: 0.25, low: 0.046, high: 0.699 },
      places: { "a&b": [2, 2], c: [2, 2], d: [0, 0, 4], e: [0, 0, 0, 4] },
    },
  ],
});

export const robustnessFixture = (sweep: SweepFile = sweepFixture()): RobustnessForSite => ({
  sweep,
  fragileBelow: 0.5,
  figures: [
    { id: "d1", caption: "Gap & spread", svg: '<svg width="120" height="80"><script>alert(1)</script><rect/></svg>' },
    { id: "d2", caption: "Ranks", svg: "<svg><g/></svg>" },
  ],
});

/** The paper's scale is 70B (table 2 fixes it); table 1, listed first, fixes none. */
export const tablesFixture = (): SiteTable[] => [
  {
    id: "table1",
    number: 1,
    caption: "One at {scale}",
    stub: "Arm",
    columns: [{ header: "Mean" }],
    byScale: { "7B": [{ label: "base", cells: [{ text: "0.40", keys: ["cell.7B.base.c.b.mean"] }] }] },
  },
  {
    id: "table2",
    number: 2,
    caption: "Two at {scale}",
    stub: "Arm",
    columns: [{ header: "Mean" }, { header: "95% CI" }],
    paperScale: "70B",
    byScale: {
      "70B": [
        {
          label: "base",
          cells: [
            { text: "0.51", keys: ["cell.70B.base.c.b.mean"] },
            { text: "[\u22120.1100, 0.3000]", keys: ["cmp.70B.m.b.ciLow", "cmp.70B.m.b.ciHigh"] },
            { text: "2.0000", keys: ["cell.70B.base.c.b.sd"] },
          ],
        },
      ],
      "7B": [{ label: "base", cells: [{ text: "0.40", keys: ["cell.7B.base.c.b.mean"] }] }],
    },
  },
];

/** ciHigh is missing: its cell prints NaN. The mean has an SE sibling, the interval's bounds none. */
export const resultsFixture = (): Results => ({
  schemaVersion: 1,
  tool: { name: "safety-gap", version: "0.1.0" },
  seed: 7,
  numbers: {
    "cell.70B.base.c.b.mean": 0.51,
    "cell.70B.base.c.b.mean.se": 0.012,
    "cell.70B.base.c.b.sd": 2,
    "cmp.70B.m.b.ciLow": -0.11,
    "cell.7B.base.c.b.mean": 0.4,
  },
  sets: { scales: ["7B", "70B"] },
});
