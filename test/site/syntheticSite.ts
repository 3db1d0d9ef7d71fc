/**
 * A complete SiteInput built from the synthetic results: a small paper HTML
 * in src/render's format (numbers as `<span class="num" data-key>`), six
 * Vega-Lite figures with inline data and their static SVGs rendered by vega
 * in Node, parameters, provenance and downloads. Lets the site be built and
 * tested in a browser without the other stages.
 */
import * as vega from "vega";
import * as vl from "vega-lite";
import katex from "katex";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { StudyResults as Results } from "../../src/study/results/types.js";
import type { FigureForSite, SiteInput } from "../../src/site/types.js";
import { loadSiteAssets } from "../../src/site/loadSiteAssets.js";
import { reportTables, tableCaptions } from "../../src/site/reportTables.js";
import { syntheticResults } from "./syntheticResults.js";

const num = (r: Results, key: string, digits = 4): string => {
  const v = r.numbers[key];
  if (v === undefined) throw new Error(`synthetic paper: no key ${key}`);
  return `<span class="num" data-key="${key.replace(/"/g, "&quot;")}">${v.toFixed(digits).replace("-", "\u2212")}</span>`;
};

export function syntheticPaperHtml(r: Results, headExtra = ""): string {
  const methods = r.sizes.methods;
  const rows = methods
    .map(
      (m) =>
        `<tr><th scope="row">${m}</th>${["apSafety", "noapSafety", "safetyGap", "tax", "retention"].map((x) => `<td>${num(r, `summary.7B.${m}.${x}`)}</td>`).join("")}</tr>`,
    )
    .join("\n");
  const eq = katex.renderToString("R(m', s) = \\frac{\\overline{\\text{Gap}}_{\\text{safety}}(m', s)}{\\overline{\\text{Gap}}_{\\text{safety}}(\\text{SFT+DPO}, s)}", { displayMode: true });
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Synthetic paper</title>
${headExtra}<style>.paper h1 { font-size: 1.5rem; } .paper .abstract { font-style: italic; }</style>
<script>console.log("the paper's own script must be dropped")</script>
</head><body><div class="paper">
<h1>Robustness of Alignment Pretraining Under Advanced Post-Training</h1>
<p class="abstract">At 7B scale, retention ratios range from ${num(r, "summary.7B.CAI.retention")} (CAI) to ${num(r, "summary.7B.Reasoning-PT.retention")} (Reasoning-PT).</p>
<h2>2.3 Metrics</h2>
<div class="equation">${eq}<span class="eqno">(2)</span></div>
<h2>3 Results</h2>
<p>The alignment gap on safety is largest for the SFT+DPO baseline (${num(r, "summary.7B.SFT+DPO.safetyGap")}); CAI produces the largest reduction (${num(r, "summary.7B.CAI.delta")}). All safety gaps are significant (p = ${num(r, "cmp.7B.SFT+DPO.ToxiGen.p", 3)}, t = ${num(r, "cmp.7B.SFT+DPO.ToxiGen.t", 2)}). The tax is ${num(r, "summary.7B.RLVR.tax")}.</p>
<table class="data"><caption>Table 1: Method summary at 7B scale.</caption>
<thead><tr><th scope="col">Method</th><th scope="col">AP Safety</th><th scope="col">NoAP Safety</th><th scope="col">Safety Gap</th><th scope="col">Tax</th><th scope="col">Ret. Ratio</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<p>A number computed from two keys: <span class="num" id="v99" data-key="summary.7B.CAI.retention summary.7B.Reasoning-PT.retention">77–89%</span> of the gap is retained.</p>
<p>Nested markup inside a number stays intact: <span class="num" data-key="summary.7B.RLVR.retention"><span class="digits">${r.numbers["summary.7B.RLVR.retention"]!.toFixed(4)}</span></span>.</p>
</div></body></html>
`;
}

type Spec = Record<string, unknown>;
const config = { font: "Libertinus Sans", view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 12 } };

function figureSpecs(r: Results): { id: string; caption: string; perScale: boolean; spec: (scale: string) => Spec }[] {
  const { methods, scales, benchmarks } = r.sizes;
  const n = (k: string): number => r.numbers[k]!;
  const safety = benchmarks.filter((b) => b.kind === "safety").map((b) => b.name);
  const metricRows = (scale: string, metric: string, ms: string[]) =>
    ms.map((m) => ({ method: m, value: n(`summary.${scale}.${m}.${metric}`), ciLow: n(`summary.${scale}.${m}.${metric}.ciLow`), ciHigh: n(`summary.${scale}.${m}.${metric}.ciHigh`) }));
  const bars = (title: string, rows: object[], y: string): Spec => ({
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title,
    width: 360,
    height: 200,
    config,
    data: { values: rows },
    layer: [
      { mark: "bar", encoding: { x: { field: "method", type: "nominal", sort: null, title: null }, y: { field: "value", type: "quantitative", title: y } } },
      { mark: "rule", encoding: { x: { field: "method", type: "nominal", sort: null }, y: { field: "ciLow", type: "quantitative" }, y2: { field: "ciHigh" } } },
    ],
  });
  return [
    {
      id: "fig1-safety",
      caption: "Safety scores for AP and NoAP models across post-training methods.",
      perScale: true,
      spec: (s) => ({
        $schema: "https://vega.github.io/schema/vega-lite/v6.json",
        title: `Safety scores (${s})`,
        width: 360,
        height: 200,
        config,
        data: { values: methods.flatMap((m) => [{ method: m, condition: "AP", value: n(`summary.${s}.${m}.apSafety`) }, { method: m, condition: "NoAP", value: n(`summary.${s}.${m}.noapSafety`) }]) },
        mark: "bar",
        encoding: { x: { field: "method", type: "nominal", sort: null, title: null }, xOffset: { field: "condition" }, y: { field: "value", type: "quantitative", title: "Mean safety" }, color: { field: "condition" } },
      }),
    },
    { id: "fig2-retention", caption: "Alignment gap retention ratios.", perScale: true, spec: (s) => bars(`Retention (${s})`, metricRows(s, "retention", methods.slice(1)), "Retention ratio") },
    { id: "fig3-delta", caption: "Robustness delta relative to the baseline.", perScale: true, spec: (s) => bars(`Delta (${s})`, metricRows(s, "delta", methods.slice(1)), "Robustness delta") },
    {
      id: "fig4-scale",
      caption: "Safety alignment gap across model scales.",
      perScale: false,
      spec: () => ({
        $schema: "https://vega.github.io/schema/vega-lite/v6.json",
        width: 360,
        height: 200,
        config,
        data: { values: methods.flatMap((m) => scales.map((s) => ({ method: m, scale: s, value: n(`summary.${s}.${m}.safetyGap`) }))) },
        mark: { type: "line", point: true },
        encoding: { x: { field: "scale", type: "ordinal", sort: scales }, y: { field: "value", type: "quantitative", title: "Safety gap", scale: { zero: false } }, color: { field: "method", sort: methods } },
      }),
    },
    {
      id: "fig5-tax",
      caption: "Alignment tax across methods and scales.",
      perScale: false,
      spec: () => ({
        $schema: "https://vega.github.io/schema/vega-lite/v6.json",
        width: 360,
        height: 200,
        config,
        data: { values: methods.flatMap((m) => scales.map((s) => ({ method: m, scale: s, value: n(`summary.${s}.${m}.tax`) }))) },
        mark: "bar",
        encoding: { x: { field: "method", type: "nominal", sort: null, title: null }, xOffset: { field: "scale", sort: scales }, y: { field: "value", type: "quantitative", title: "Tax" }, color: { field: "scale", sort: scales } },
      }),
    },
    {
      id: "fig6-heatmap",
      caption: "Per-benchmark safety scores: AP (left), NoAP (center), and gap (right).",
      perScale: true,
      spec: (s) => ({
        $schema: "https://vega.github.io/schema/vega-lite/v6.json",
        config,
        hconcat: (["AP", "NoAP", "Gap"] as const).map((panel) => ({
          title: panel,
          width: 110,
          height: 140,
          data: {
            values: methods.flatMap((m) =>
              safety.map((b) => ({
                method: m,
                benchmark: b,
                value: panel === "Gap" ? n(`cmp.${s}.${m}.${b}.diff`) : n(`cell.${s}.${m}.${panel}.${b}.mean`),
              })),
            ),
          },
          mark: "rect",
          encoding: { x: { field: "benchmark", type: "nominal", sort: safety }, y: { field: "method", type: "nominal", sort: methods }, color: { field: "value", type: "quantitative" } },
        })),
      }),
    },
  ];
}

export async function staticSvg(spec: Spec): Promise<string> {
  const compiled = vl.compile(spec as unknown as vl.TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  // vega numbers clip-path ids with a process-global counter: reset it so the SVG is the same on every build.
  vega.resetSVGDefIds();
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

export async function syntheticFigures(r: Results): Promise<FigureForSite[]> {
  const out: FigureForSite[] = [];
  for (const f of figureSpecs(r)) {
    const specsByScale: Record<string, object> = {};
    if (f.perScale) for (const s of r.sizes.scales) specsByScale[s] = f.spec(s);
    else specsByScale.all = f.spec("7B");
    const svg = await staticSvg(f.perScale ? f.spec("7B") : f.spec("7B"));
    out.push({ id: f.id, caption: f.caption, specsByScale, svg, ...(f.perScale ? { paperScale: "7B" } : {}) });
  }
  return out;
}

/** The per-scale CSV of cell means, as `compute` would write it (shape is illustrative). */
function scaleCsv(r: Results, scale: string): string {
  const lines = ["method,condition,benchmark,mean,sd,se"];
  for (const m of r.sizes.methods)
    for (const c of r.sizes.conditions)
      for (const b of r.sizes.benchmarks) {
        const k = `cell.${scale}.${m}.${c}.${b.name}`;
        lines.push([m, c, b.name, r.numbers[`${k}.mean`], r.numbers[`${k}.sd`], r.numbers[`${k}.se`]].join(","));
      }
  return lines.join("\n") + "\n";
}

/**
 * The paper's stylesheets and fonts as src/render ships them (templates/*.css,
 * KaTeX, Libertinus), so the synthetic paper looks like the real one in the
 * screenshots; none when the renderer's files are absent.
 */
async function paperLook(root: string): Promise<{ assets: Map<string, Uint8Array | string>; head: string }> {
  const assets = new Map<string, Uint8Array | string>();
  const links: string[] = [];
  try {
    const { collectAssets } = await import("../../src/render/assets.js");
    const { fsReader } = await import("../../src/render/reader.js");
    for (const [k, v] of collectAssets(fsReader)) assets.set(k, v);
    links.push("assets/fonts/fonts.css", "assets/katex/katex.min.css");
  } catch {
    // The renderer is not there: the paper page falls back to the site's own styles.
  }
  for (const css of ["paper.css", "screen.css"]) {
    const file = join(root, "templates", css);
    if (existsSync(file)) {
      assets.set(`assets/paper/${css}`, readFileSync(file, "utf8"));
      links.push(`assets/paper/${css}`);
    }
  }
  return { assets, head: links.map((l) => `<link rel="stylesheet" href="${l}">\n`).join("") };
}

export async function syntheticSiteInput(root: string, opts: { checkHtml?: string | null } = {}): Promise<SiteInput> {
  const results = syntheticResults();
  const look = await paperLook(root);
  const downloads = new Map<string, string>();
  downloads.set("results.json", JSON.stringify(results, null, 2) + "\n");
  for (const s of results.sizes.scales) downloads.set(`data/${s}.csv`, scaleCsv(results, s));
  downloads.set("data/samples.csv", "scale,method,condition,benchmark,sample,score\n1B,SFT+DPO,AP,ToxiGen,0,1\n");
  // The supplement's tables come from the paper's own definitions (report/tables.yaml), as in the build.
  const tablesFile = join(root, "report", "tables.yaml");
  const paperDir = join(root, "report", "paper");
  const tables = reportTables(readFileSync(tablesFile, "utf8"), "report/tables.yaml", results, tableCaptions(readdirSync(paperDir).filter((f) => f.endsWith(".md")).map((f) => readFileSync(join(paperDir, f), "utf8"))));
  return {
    results,
    tables,
    paper: { html: syntheticPaperHtml(results, look.head), assets: look.assets, usage: [{ key: "summary.7B.CAI.retention", where: "Abstract" }] },
    figures: await syntheticFigures(results),
    checkHtml: opts.checkHtml ?? null,
    source: {
      facts: [
        ["Design", `${results.sizes.conditions.length} conditions \u00d7 ${results.sizes.methods.length} methods \u00d7 ${results.sizes.scales.length} scales, ${results.sizes.benchmarks.length} benchmarks`],
        ["Samples per cell", String(results.sizes.samplesPerCell)],
        ["Bootstrap resamples", String(results.sizes.bootstrapResamples)],
        ["Confidence level", `${Math.round(results.sizes.confidence * 100)}%`],
      ],
      parameters: {
        text: "seed: 42\nsamplesPerCell: 500\nbootstrap:\n  resamples: 10000\n",
        descriptions: { seed: "Seed of the random generator.", samplesPerCell: "Simulated samples per benchmark and configuration.", "bootstrap.resamples": "Bootstrap resamples per confidence interval." },
      },
    },
    provenance: { gitCommit: "0123456789abcdef0123456789abcdef01234567", toolVersion: "0.1.0", dependencies: { vega: "6.4.0", "vega-lite": "6.4.3", "vega-embed": "7.3.0", katex: "0.19.1" }, sourceDateEpoch: 1767225600 },
    downloads,
    assets: loadSiteAssets(root),
  };
}
