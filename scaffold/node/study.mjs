// The example study: two arms of `n` samples each, scores drawn from a
// normal distribution, the treated arm shifted by `effect`. It writes
// results.json in safety-gap's results-file format (docs/results-file.md)
// and the samples as samples.csv. `npx safety-gap build` runs it (see
// safety-gap.config.yaml) whenever this file or params.json changes.
import { readFileSync, writeFileSync } from "node:fs";
import { defaultRng } from "safety-gap/random"; // NumPy's default_rng, bit for bit

const params = JSON.parse(readFileSync("params.json", "utf8"));
const rng = defaultRng(params.seed);

const arms = { treated: params.baseline + params.effect, control: params.baseline };
const samples = {};
for (const [arm, mu] of Object.entries(arms)) samples[arm] = Array.from(rng.normal(mu, params.sd, params.n));

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs) => xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1);
const round = (x) => Number(x.toPrecision(12));

const numbers = {};
for (const [arm, xs] of Object.entries(samples)) {
  numbers[`arm.${arm}.mean`] = {
    value: round(mean(xs)),
    se: round(Math.sqrt(variance(xs) / xs.length)),
    n: xs.length,
    unit: "points",
    meaning: `mean score of the ${arm} arm`,
  };
}
const t = samples.treated;
const c = samples.control;
const diff = mean(t) - mean(c);
const se = Math.sqrt(variance(t) / t.length + variance(c) / c.length);
numbers["effect.diff"] = {
  value: round(diff),
  se: round(se),
  interval: [round(diff - 1.96 * se), round(diff + 1.96 * se)],
  n: t.length + c.length,
  unit: "points",
  formula: "arm.treated.mean - arm.control.mean",
  inputs: ["arm.treated.mean", "arm.control.mean"],
  meaning: "treated minus control",
};
numbers["effect.d"] = {
  value: round(diff / Math.sqrt((variance(t) + variance(c)) / 2)),
  formula: "effect.diff / pooled SD",
  inputs: ["effect.diff"],
  meaning: "Cohen's d",
};

const rows = Object.entries(samples).flatMap(([arm, xs]) => xs.map((x, i) => `${arm},${i},${round(x)}`));
writeFileSync("samples.csv", `arm,sample,score\n${rows.join("\n")}\n`);
writeFileSync(
  "results.json",
  `${JSON.stringify(
    {
      $schema: "@SCHEMAS@/results.schema.json",
      seed: params.seed,
      sets: { arms: Object.keys(arms) },
      design: { n: params.n },
      numbers,
      tables: { samples: "samples.csv" },
    },
    null,
    2,
  )}\n`,
);
