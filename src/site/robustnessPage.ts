/**
 * robustness.html, "Robustness to the seed": what a sweep (safety-gap sweep,
 * docs/sweep.md) says about the paper. Each claim's hold rate with its
 * Wilson interval; the stability of the rankings; each table's numbers with
 * their spread over the seeds beside the Monte-Carlo SE of the paper's seed;
 * and distribution figures (static SVG, rendered as the paper's figures
 * are). Every swept number's spread is in its row of numbers.html, which
 * the tables here and the paper's numbers link to.
 */
import type { Results } from "../results/types.js";
import { standardErrorOf } from "../review/standardError.js";
import type { SweepFile } from "../sweep/sweepFile.js";
import { escapeHtml } from "../text/escapeHtml.js";
import { drawnWidth, svgWithoutScripts } from "./figuresPage.js";
import { formatSmart } from "./format.js";
import { anchorFor } from "./keys.js";
import { page } from "./layout.js";
import type { SiteTable } from "./types.js";

export interface RobustnessForSite {
  sweep: SweepFile;
  fragileBelow: number;
  /** Rendered distribution figures, in order. */
  figures: { id: string; caption: string; svg: string }[];
}

export const ROBUSTNESS_PAGE = { file: "robustness.html", title: "Robustness to the seed" } as const;

/** Where every swept number's spread is shown: its row of numbers.html (its "Over the seeds" column). */
export const spreadHref = (key: string): string => `numbers.html#${anchorFor(key)}`;

const pct = (x: number): string => `${(x * 100).toFixed(0)}%`;
const rateText = (r: { holds: number; of: number; rate: number; low: number; high: number }): string => `${r.holds} of ${r.of} (${pct(r.rate)}; 95% CI ${pct(r.low)}\u2013${pct(r.high)})`;
const ordinal = (n: number): string => `${n}${n === 1 ? "st" : n === 2 ? "nd" : n === 3 ? "rd" : "th"}`;
const seedRange = (seeds: readonly number[]): string => {
  const contiguous = seeds.every((s, i) => i === 0 || s === seeds[i - 1]! + 1);
  return contiguous && seeds.length > 2 ? `${seeds[0]}\u2013${seeds[seeds.length - 1]}` : seeds.join(", ");
};

function claimsSection(r: RobustnessForSite): string {
  const rows = Object.entries(r.sweep.claims).map(([id, c]) => {
    const status = !c.paper ? "fails in the paper's seed" : c.rate < r.fragileBelow ? "fragile" : "robust";
    return `<tr class="claim-${status === "robust" ? "robust" : status === "fragile" ? "fragile" : "fails"}"><th scope="row">${escapeHtml(c.text)} <code>${escapeHtml(id)}</code></th><td>${escapeHtml(c.where ?? "")}</td><td>${c.kind}</td><td>${c.paper ? "holds" : "fails"}</td><td class="num-cell">${escapeHtml(rateText(c))}</td><td>${status}</td></tr>`;
  });
  const fragile = Object.values(r.sweep.claims).filter((c) => c.paper && c.rate < r.fragileBelow).length;
  return `<section aria-labelledby="h-claims"><h2 id="h-claims">Claims and statements</h2>
<p>Each claim of <code>claims.yaml</code> and qualitative statement of <code>published.yaml</code>, evaluated by <code>check</code> on each seed's reproduction. <strong>${fragile}</strong> hold in the paper's seed but in fewer than ${pct(r.fragileBelow)} of the seeds (fragile).</p>
<div class="table-scroll" tabindex="0" role="region" aria-label="Hold rates, scrollable"><table class="sg-table robustness-claims">
<caption>How often each claim holds over the seeds (Wilson 95% interval)</caption>
<thead><tr><th scope="col">Claim or statement</th><th scope="col">Where</th><th scope="col">Kind</th><th scope="col">Paper's seed</th><th scope="col">Holds in</th><th scope="col">Verdict</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table></div></section>`;
}

function rankingsSection(r: RobustnessForSite, scales: readonly string[]): string {
  const rankings = [...r.sweep.rankings].sort((a, b) => scales.indexOf(a.scale) - scales.indexOf(b.scale));
  const rows = rankings.map((k) => {
    const places = k.paperOrder.map((m, i) => `${escapeHtml(m)} ${ordinal(i + 1)} in ${pct((k.places[m]![i] ?? 0) / k.sameOrder.of)}`).join("; ");
    return `<tr><th scope="row">${escapeHtml(k.scale)} ${escapeHtml(k.metric)}</th><td>${k.paperOrder.map(escapeHtml).join(" &gt; ")}</td><td class="num-cell">${escapeHtml(rateText(k.sameOrder))}</td><td>${places}</td></tr>`;
  });
  return `<section aria-labelledby="h-rankings"><h2 id="h-rankings">Stability of the rankings</h2>
<p>Each ranking the study declares, per scale, in the paper's seed's order, and how many seeds give the same whole order; then how often each name keeps its place.</p>
<div class="table-scroll" tabindex="0" role="region" aria-label="Rankings, scrollable"><table class="sg-table robustness-rankings">
<caption>The paper seed's rankings and how often the seeds repeat them</caption>
<thead><tr><th scope="col">Ranking</th><th scope="col">Paper seed's order</th><th scope="col">Same order in</th><th scope="col">Each name in its place</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table></div></section>`;
}

function spreadCells(key: string, r: RobustnessForSite, results: Results): string {
  const s = r.sweep.numbers[key];
  if (!s) return `<td colspan="5">not swept (its bootstrap is needed by no claim: <code>sweep --full</code>)</td>`;
  const se = standardErrorOf(key, results);
  const f = (v: number): string => escapeHtml(formatSmart(key, v));
  return `<td class="num-cell">${f(s.mean)}</td><td class="num-cell">${f(s.sd)}</td><td class="num-cell">${se === undefined ? "" : f(se)}</td><td class="num-cell">[${f(s.q025)}, ${f(s.q975)}]</td><td class="num-cell">${s.paperPercentile.toFixed(0)}</td>`;
}

function tablesSection(r: RobustnessForSite, tables: readonly SiteTable[], results: Results, scale: string): string {
  const blocks = tables.map((t) => {
    const rows = (t.byScale[scale] ?? []).flatMap((row) =>
      row.cells.flatMap((cell, j) =>
        cell.keys.map(
          (key) =>
            `<tr><th scope="row">${escapeHtml(row.label)}, ${escapeHtml(t.columns[j]?.header ?? "")}</th><td class="num-cell"><a href="${spreadHref(key)}">${escapeHtml(cell.keys.length > 1 ? formatSmart(key, results.numbers[key] ?? NaN) : cell.text)}</a></td>${spreadCells(key, r, results)}</tr>`,
        ),
      ),
    );
    return `<div class="table-scroll"><table class="sg-table robustness-table">
<caption>Table ${t.number} at ${escapeHtml(scale)}: each number's spread over ${r.sweep.seeds.length} seeds beside its Monte-Carlo SE</caption>
<thead><tr><th scope="col">Cell</th><th scope="col">Paper's seed</th><th scope="col">Mean over seeds</th><th scope="col">SD over seeds</th><th scope="col">SE (paper's seed)</th><th scope="col">95% of seeds</th><th scope="col">Percentile of paper's seed</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table></div>`;
  });
  return `<section aria-labelledby="h-tables"><h2 id="h-tables">The tables' numbers over the seeds</h2>
<p>For each number of the paper's tables (at ${escapeHtml(scale)}, the scale the paper prints): its value in the paper's seed, its mean and SD over the seeds, the standard error <code>check</code> and <code>diff</code> use (bootstrap SD or analytic SE of the paper's seed), the range of the middle 95% of the seeds, and where the paper's seed falls among them (percentile). An SD far from the SE means the SE formula misjudges the seed-to-seed spread.</p>
${blocks.join("\n")}</section>`;
}

function figuresSection(r: RobustnessForSite): string {
  const figs = r.figures.map(
    (f) => `<figure class="fig" id="fig-${f.id}" aria-labelledby="fig-${f.id}-cap">
<div class="fig-host" tabindex="0" role="region" aria-label="Figure, scrollable"${drawnWidth(f.svg)}>${svgWithoutScripts(f.svg)}</div>
<figcaption id="fig-${f.id}-cap">${escapeHtml(f.caption)}</figcaption>
</figure>`,
  );
  return `<section aria-labelledby="h-figures"><h2 id="h-figures">Distributions</h2>\n${figs.join("\n")}</section>`;
}

export function robustnessPage(r: RobustnessForSite, tables: readonly SiteTable[], results: Results): string {
  const { sweep } = r;
  const scales = results.sets.scales ?? [];
  // The scale the paper prints its tables at.
  const scale = tables.find((t) => t.paperScale !== undefined)?.paperScale ?? scales[0] ?? "";
  return page({
    file: ROBUSTNESS_PAGE.file,
    title: ROBUSTNESS_PAGE.title,
    body: `<h1>Robustness to the seed</h1>
<p>The paper rests on one seed (${sweep.paperSeed}). <code>safety-gap sweep</code> ran the same study, with the same random streams as <code>compute --seed N</code>, for ${sweep.seeds.length} seeds (${escapeHtml(seedRange(sweep.seeds))}): which of its conclusions hold in another seed, and how far each number moves. Every number's spread is in its row of <a href="numbers.html">All numbers</a>. Each seed bootstrapped the ${sweep.bootstrapped.length} comparisons whose intervals or SEs a statement or published number reads, and those a claim reads only in the seeds where its verdict depends on them; an interval or SE that only some seeds computed is given no spread. The model's assumptions (normal noise, one SD in every cell, the percentile bootstrap) are in <a href="provenance.html">Model &amp; provenance</a>.</p>
${claimsSection(r)}
${rankingsSection(r, scales)}
${figuresSection(r)}
${tablesSection(r, tables, results, scale)}`,
  });
}
