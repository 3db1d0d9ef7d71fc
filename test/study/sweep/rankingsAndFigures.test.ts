/** A seed's ranks of the methods, and the supplement's distribution figures of a sweep, from hand-made numbers. */
import { describe, expect, it } from "vitest";
import type { Results } from "../../../src/results/types.js";
import { ranksOf } from "../../../src/study/sweep/rankings.js";
import { robustnessFigures } from "../../../src/study/sweep/robustnessFigures.js";
import type { SweepFile } from "../../../src/sweep/sweepFile.js";
import type { NumberSpread } from "../../../src/sweep/aggregate.js";
import { tinyParams } from "../tinyParams.js";

describe("ranksOf", () => {
  const params = { ...tinyParams(), scales: ["S", "T"], methods: ["B", "M", "N"] };
  const results = (numbers: Record<string, number>): Results => ({ schemaVersion: 1, tool: { name: "t", version: "0" }, sets: {}, numbers });

  it("ranks retention and safety gap largest first, delta and tax most negative first; retention and delta without the baseline", () => {
    const r = ranksOf(
      results({
        "summary.S.M.retention": 0.5,
        "summary.S.N.retention": 0.8,
        "summary.S.M.delta": -0.1,
        "summary.S.N.delta": -0.3,
        "summary.S.B.safetyGap": 0.2,
        "summary.S.M.safetyGap": 0.1,
        "summary.S.N.safetyGap": 0.3,
        "summary.S.B.tax": -0.01,
        "summary.S.M.tax": -0.05,
        "summary.S.N.tax": 0.02,
      }),
      params,
    );
    expect(r).toEqual({
      "@rank.S.retention.N": 1,
      "@rank.S.retention.M": 2,
      "@rank.S.delta.N": 1,
      "@rank.S.delta.M": 2,
      "@rank.S.safetyGap.N": 1,
      "@rank.S.safetyGap.B": 2,
      "@rank.S.safetyGap.M": 3,
      "@rank.S.tax.M": 1,
      "@rank.S.tax.B": 2,
      "@rank.S.tax.N": 3,
    });
  });

  it("keeps the design order on ties and ranks no metric with a method's value missing or not finite", () => {
    const r = ranksOf(
      results({
        // B's retention is 1 but the baseline is not ranked by retention; M and N tie.
        "summary.T.B.retention": 1,
        "summary.T.M.retention": 0.3,
        "summary.T.N.retention": 0.3,
        "summary.T.N.delta": -0.2,
        "summary.T.B.safetyGap": 0.1,
        "summary.T.M.safetyGap": 0.1,
        "summary.T.N.safetyGap": 0.1,
        "summary.T.B.tax": 0,
        "summary.T.M.tax": Infinity,
        "summary.T.N.tax": 0,
      }),
      params,
    );
    expect(r).toEqual({
      "@rank.T.retention.M": 1,
      "@rank.T.retention.N": 2,
      "@rank.T.safetyGap.B": 1,
      "@rank.T.safetyGap.M": 2,
      "@rank.T.safetyGap.N": 3,
    });
  });
});

describe("robustnessFigures", () => {
  const spread = (min: number, paper: number): NumberSpread => ({ mean: min + 0.5, sd: 0.1, min, max: min + 1, q025: min + 0.1, q975: min + 0.9, seeds: 3, paper, paperPercentile: 50 });
  const sweep = {
    seeds: [1, 2, 3],
    paperSeed: 2,
    numbers: {
      "summary.S.M.retention": spread(1, 1.2),
      // The baseline's retention (1) is no row of the retention figure.
      "summary.S.B.retention": spread(0, 1),
      "summary.S.B.safetyGap": spread(2, 2.2),
      "summary.S.M.safetyGap": spread(3, 3.2),
      "summary.T.M.safetyGap": spread(4, 4.2),
    },
    claims: {
      robust: { holds: 3, of: 3, rate: 1, low: 0.4, high: 1, kind: "claim", text: "r", paper: true },
      fragile: { holds: 2, of: 3, rate: 2 / 3, low: 0.2, high: 0.9, kind: "claim", text: "f", paper: true },
      // Exactly at the threshold: not fragile.
      edge: { holds: 3, of: 4, rate: 0.75, low: 0.3, high: 0.95, kind: "claim", text: "e", paper: true },
      fails: { holds: 0, of: 3, rate: 0, low: 0, high: 0.6, kind: "statement", text: "x", paper: false },
    },
  } as unknown as SweepFile;
  const sets = { methods: ["B", "M"], advancedMethods: ["M"], scales: ["S", "T"] };

  it("the hold rates: each claim's rate, interval and status (fragile: holds in the paper's seed, in under the threshold of seeds)", () => {
    const [holds] = robustnessFigures(sweep, sets, 0.75);
    const title = "Hold rate of each claim and statement over 3 seeds";
    expect(holds).toEqual({
      id: "hold-rates",
      caption: `${title}, with Wilson 95% intervals; fragile: holds in the paper's seed but in fewer than 75% of the seeds.`,
      spec: {
        $schema: "https://vega.github.io/schema/vega-lite/v6.json",
        description: `${title}. Bars are hold rates, lines their 95% intervals, colour says whether the claim is robust, fragile, or fails in the paper's seed.`,
        usermeta: { safetyGap: { title } },
        width: 300,
        data: {
          values: [
            { id: "robust", rate: 1, low: 0.4, high: 1, status: "robust" },
            { id: "fragile", rate: 2 / 3, low: 0.2, high: 0.9, status: "fragile" },
            { id: "edge", rate: 0.75, low: 0.3, high: 0.95, status: "robust" },
            { id: "fails", rate: 0, low: 0, high: 0.6, status: "fails in the paper's seed" },
          ],
        },
        encoding: { y: { field: "id", type: "nominal", sort: { field: "rate", op: "min", order: "ascending" }, title: null, axis: { labelLimit: 220 } } },
        layer: [
          {
            mark: { type: "bar", height: 8 },
            encoding: {
              x: { field: "rate", type: "quantitative", scale: { domain: [0, 1] }, axis: { format: "%" }, title: "share of seeds in which it holds" },
              color: { field: "status", type: "nominal", title: null, scale: { domain: ["robust", "fragile", "fails in the paper's seed"], range: ["#4c78a8", "#e45756", "#9d9d9d"] }, legend: { orient: "top" } },
            },
          },
          { mark: { type: "rule", color: "#222" }, encoding: { x: { field: "low", type: "quantitative" }, x2: { field: "high" } } },
        ],
      },
    });
    // The threshold in the caption is a rounded percentage.
    expect(robustnessFigures(sweep, sets, 0.905)[0]!.caption).toContain("in fewer than 91% of the seeds.");
  });

  it("a metric's spread by scale and method: the rows with numbers, in scale then method order, and the layers' fields", () => {
    const [, retention, gap] = robustnessFigures(sweep, sets, 0.75);
    const title = "Safety gap over 3 seeds, by scale and method";
    const x = (field: string): object => ({ field, type: "quantitative", scale: { zero: false } });
    expect(gap).toEqual({
      id: "spread-safetyGap",
      caption: `${title}: bar, 95% of the seeds (2.5th to 97.5th percentile); line, all seeds; tick, mean; dot, the paper's seed 2.`,
      spec: {
        $schema: "https://vega.github.io/schema/vega-lite/v6.json",
        description: `${title}. For each scale and method a bar from the 2.5th to the 97.5th percentile of the seeds, a line from the smallest to the largest value, a tick at the mean and a dot at the paper's seed.`,
        usermeta: { safetyGap: { title } },
        width: 300,
        data: {
          values: [
            { row: "S B", min: 2, max: 3, q025: 2.1, q975: 2.9, mean: 2.5, paper: 2.2 },
            { row: "S M", min: 3, max: 4, q025: 3.1, q975: 3.9, mean: 3.5, paper: 3.2 },
            { row: "T M", min: 4, max: 5, q025: 4.1, q975: 4.9, mean: 4.5, paper: 4.2 },
          ],
        },
        encoding: { y: { field: "row", type: "nominal", sort: null, title: null } },
        layer: [
          { mark: { type: "rule", color: "#888" }, encoding: { x: { ...x("min"), title: "Safety gap" }, x2: { field: "max" } } },
          { mark: { type: "bar", height: 8, color: "#4c78a8" }, encoding: { x: x("q025"), x2: { field: "q975" } } },
          { mark: { type: "tick", color: "#222", thickness: 2 }, encoding: { x: x("mean") } },
          { mark: { type: "point", filled: true, color: "#e45756", size: 30 }, encoding: { x: x("paper") } },
        ],
      },
    });
    // Retention: the advanced methods only, labelled as such.
    expect(retention!.id).toBe("spread-retention");
    expect(retention!.caption.startsWith("Retention ratio over 3 seeds, by scale and method: ")).toBe(true);
    expect((retention!.spec as { data: { values: object[] } }).data.values).toEqual([{ row: "S M", min: 1, max: 2, q025: 1.1, q975: 1.9, mean: 1.5, paper: 1.2 }]);
    expect(JSON.stringify(retention!.spec)).toContain('"title":"Retention ratio"');
  });

  it("adds the theme's config to every spec when given, and lists nothing for missing sets", () => {
    const config = { font: "Serif" };
    const figs = robustnessFigures(sweep, sets, 0.75, config);
    expect(figs.map((f) => f.id)).toEqual(["hold-rates", "spread-retention", "spread-safetyGap"]);
    for (const f of figs) expect((f.spec as { config?: object }).config).toBe(config);
    expect(robustnessFigures(sweep, sets, 0.75).map((f) => "config" in f.spec)).toEqual([false, false, false]);
    const bare = robustnessFigures(sweep, {}, 0.75);
    expect(bare.slice(1).map((f) => (f.spec as { data: { values: object[] } }).data.values)).toEqual([[], []]);
  });
});
