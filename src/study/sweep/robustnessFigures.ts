/**
 * The supplement's distribution figures of a sweep, as Vega-Lite specs with
 * inline data (rendered to static SVG by src/render/figures' renderFigureSvg,
 * as the paper's figures are): the hold rate of every claim with its Wilson
 * interval, and each summary metric's spread over the seeds by scale and
 * method (2.5-97.5% of the seeds as a bar, min to max as a line, the mean as
 * a tick, the paper's seed as a dot).
 */
import type { TopLevelSpec } from "vega-lite";
import type { SweepFile } from "../../sweep/sweepFile.js";
import type { SweepFigure } from "../../sweep/sweepSource.js";

const meta = (title: string): TopLevelSpec["usermeta"] => ({ safetyGap: { title } });

function holdRates(sweep: SweepFile, fragileBelow: number): SweepFigure {
  const values = Object.entries(sweep.claims).map(([id, c]) => ({ id, rate: c.rate, low: c.low, high: c.high, status: c.paper ? (c.rate < fragileBelow ? "fragile" : "robust") : "fails in the paper's seed" }));
  const title = `Hold rate of each claim and statement over ${sweep.seeds.length} seeds`;
  return {
    id: "hold-rates",
    caption: `${title}, with Wilson 95% intervals; fragile: holds in the paper's seed but in fewer than ${Math.round(fragileBelow * 100)}% of the seeds.`,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      description: `${title}. Bars are hold rates, lines their 95% intervals, colour says whether the claim is robust, fragile, or fails in the paper's seed.`,
      usermeta: meta(title),
      width: 300,
      data: { values },
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
    } as TopLevelSpec,
  };
}

function metricSpread(sweep: SweepFile, metric: string, label: string, methods: readonly string[], scales: readonly string[]): SweepFigure {
  const values = scales.flatMap((scale) =>
    methods.flatMap((method) => {
      const s = sweep.numbers[`summary.${scale}.${method}.${metric}`];
      return s ? [{ row: `${scale} ${method}`, min: s.min, max: s.max, q025: s.q025, q975: s.q975, mean: s.mean, paper: s.paper }] : [];
    }),
  );
  const title = `${label} over ${sweep.seeds.length} seeds, by scale and method`;
  const x = (field: string, axis = false): object => ({ field, type: "quantitative", scale: { zero: false }, ...(axis ? { title: label } : {}) });
  return {
    id: `spread-${metric}`,
    caption: `${title}: bar, 95% of the seeds (2.5th to 97.5th percentile); line, all seeds; tick, mean; dot, the paper's seed ${sweep.paperSeed}.`,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      description: `${title}. For each scale and method a bar from the 2.5th to the 97.5th percentile of the seeds, a line from the smallest to the largest value, a tick at the mean and a dot at the paper's seed.`,
      usermeta: meta(title),
      width: 300,
      data: { values },
      encoding: { y: { field: "row", type: "nominal", sort: null, title: null } },
      layer: [
        { mark: { type: "rule", color: "#888" }, encoding: { x: x("min", true), x2: { field: "max" } } },
        { mark: { type: "bar", height: 8, color: "#4c78a8" }, encoding: { x: x("q025"), x2: { field: "q975" } } },
        { mark: { type: "tick", color: "#222", thickness: 2 }, encoding: { x: x("mean") } },
        { mark: { type: "point", filled: true, color: "#e45756", size: 30 }, encoding: { x: x("paper") } },
      ],
    } as TopLevelSpec,
  };
}

/** `config`: the report's figure theme (report/figures/theme.json), so the fonts match the paper's figures. */
export function robustnessFigures(sweep: SweepFile, sets: Readonly<Record<string, readonly string[]>>, fragileBelow: number, config?: object): SweepFigure[] {
  const methods = sets.methods ?? [];
  const scales = sets.scales ?? [];
  const figs = [
    holdRates(sweep, fragileBelow),
    metricSpread(sweep, "retention", "Retention ratio", sets.advancedMethods ?? [], scales),
    metricSpread(sweep, "safetyGap", "Safety gap", methods, scales),
  ];
  return config ? figs.map((f) => ({ ...f, spec: { ...f.spec, config } as TopLevelSpec })) : figs;
}
