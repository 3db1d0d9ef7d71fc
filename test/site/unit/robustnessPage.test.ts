/**
 * robustness.html from a small hand-written sweep: the whole body for one
 * input (every section, each verdict and branch), then the choices that
 * depend on the input (the seed range, the scale of the tables).
 */
import { describe, expect, it } from "vitest";
import { page } from "../../../src/site/layout.js";
import { ROBUSTNESS_PAGE, robustnessPage, spreadHref } from "../../../src/site/robustnessPage.js";
import { resultsFixture, robustnessFixture, sweepFixture, tablesFixture } from "./sweepFixture.js";

const bodyOf = (html: string): string => html.slice(html.indexOf('<main id="main">\n') + '<main id="main">\n'.length, html.indexOf("\n</main>"));

const EXPECTED_BODY = `<h1>Robustness to the seed</h1>
<p>The paper rests on one seed (7). <code>safety-gap sweep</code> ran the same study, with the same random streams as <code>compute --seed N</code>, for 4 seeds (1–4): which of its conclusions hold in another seed, and how far each number moves. Every number's spread is in its row of <a href="numbers.html">All numbers</a>. Each seed bootstrapped the 2 comparisons whose intervals or SEs a statement or published number reads, and those a claim reads only in the seeds where its verdict depends on them; an interval or SE that only some seeds computed is given no spread. The model's assumptions (normal noise, one SD in every cell, the percentile bootstrap) are in <a href="provenance.html">Model &amp; provenance</a>.</p>
<section aria-labelledby="h-claims"><h2 id="h-claims">Claims and statements</h2>
<p>Each claim of <code>claims.yaml</code> and qualitative statement of <code>published.yaml</code>, evaluated by <code>check</code> on each seed's reproduction. <strong>1</strong> hold in the paper's seed but in fewer than 50% of the seeds (fragile).</p>
<div class="table-scroll" tabindex="0" role="region" aria-label="Hold rates, scrollable"><table class="sg-table robustness-claims">
<caption>How often each claim holds over the seeds (Wilson 95% interval)</caption>
<thead><tr><th scope="col">Claim or statement</th><th scope="col">Where</th><th scope="col">Kind</th><th scope="col">Paper's seed</th><th scope="col">Holds in</th><th scope="col">Verdict</th></tr></thead>
<tbody>
<tr class="claim-robust"><th scope="row">The gap is &lt; 0 <code>gap</code></th><td>§3</td><td>claim</td><td>holds</td><td class="num-cell">4 of 4 (100%; 95% CI 51%–100%)</td><td>robust</td></tr>
<tr class="claim-robust"><th scope="row">Edge <code>edge</code></th><td>Table 1</td><td>claim</td><td>holds</td><td class="num-cell">2 of 4 (50%; 95% CI 15%–85%)</td><td>robust</td></tr>
<tr class="claim-fragile"><th scope="row">A &amp; B <code>weak</code></th><td></td><td>statement</td><td>holds</td><td class="num-cell">1 of 4 (25%; 95% CI 5%–70%)</td><td>fragile</td></tr>
<tr class="claim-fails"><th scope="row">Lost <code>lost</code></th><td>§4</td><td>claim</td><td>fails</td><td class="num-cell">0 of 4 (0%; 95% CI 0%–49%)</td><td>fails in the paper's seed</td></tr>
</tbody></table></div></section>
<section aria-labelledby="h-rankings"><h2 id="h-rankings">Stability of the rankings</h2>
<p>Each ranking the study declares, per scale, in the paper's seed's order, and how many seeds give the same whole order; then how often each name keeps its place.</p>
<div class="table-scroll" tabindex="0" role="region" aria-label="Rankings, scrollable"><table class="sg-table robustness-rankings">
<caption>The paper seed's rankings and how often the seeds repeat them</caption>
<thead><tr><th scope="col">Ranking</th><th scope="col">Paper seed's order</th><th scope="col">Same order in</th><th scope="col">Each name in its place</th></tr></thead>
<tbody>
<tr><th scope="row">7B mean&lt;x&gt;</th><td>a&amp;b &gt; c &gt; d &gt; e</td><td class="num-cell">1 of 4 (25%; 95% CI 5%–70%)</td><td>a&amp;b 1st in 50%; c 2nd in 50%; d 3rd in 100%; e 4th in 100%</td></tr>
<tr><th scope="row">70B gap</th><td>m1 &gt; m2</td><td class="num-cell">3 of 4 (75%; 95% CI 30%–95%)</td><td>m1 1st in 75%; m2 2nd in 0%</td></tr>
</tbody></table></div></section>
<section aria-labelledby="h-figures"><h2 id="h-figures">Distributions</h2>
<figure class="fig" id="fig-d1" aria-labelledby="fig-d1-cap">
<div class="fig-host" tabindex="0" role="region" aria-label="Figure, scrollable" style="--fig-width: 120px"><svg width="120" height="80"><rect/></svg></div>
<figcaption id="fig-d1-cap">Gap &amp; spread</figcaption>
</figure>
<figure class="fig" id="fig-d2" aria-labelledby="fig-d2-cap">
<div class="fig-host" tabindex="0" role="region" aria-label="Figure, scrollable"><svg><g/></svg></div>
<figcaption id="fig-d2-cap">Ranks</figcaption>
</figure></section>
<section aria-labelledby="h-tables"><h2 id="h-tables">The tables' numbers over the seeds</h2>
<p>For each number of the paper's tables (at 70B, the scale the paper prints): its value in the paper's seed, its mean and SD over the seeds, the standard error <code>check</code> and <code>diff</code> use (bootstrap SD or analytic SE of the paper's seed), the range of the middle 95% of the seeds, and where the paper's seed falls among them (percentile). An SD far from the SE means the SE formula misjudges the seed-to-seed spread.</p>
<div class="table-scroll"><table class="sg-table robustness-table">
<caption>Table 1 at 70B: each number's spread over 4 seeds beside its Monte-Carlo SE</caption>
<thead><tr><th scope="col">Cell</th><th scope="col">Paper's seed</th><th scope="col">Mean over seeds</th><th scope="col">SD over seeds</th><th scope="col">SE (paper's seed)</th><th scope="col">95% of seeds</th><th scope="col">Percentile of paper's seed</th></tr></thead>
<tbody>

</tbody></table></div>
<div class="table-scroll"><table class="sg-table robustness-table">
<caption>Table 2 at 70B: each number's spread over 4 seeds beside its Monte-Carlo SE</caption>
<thead><tr><th scope="col">Cell</th><th scope="col">Paper's seed</th><th scope="col">Mean over seeds</th><th scope="col">SD over seeds</th><th scope="col">SE (paper's seed)</th><th scope="col">95% of seeds</th><th scope="col">Percentile of paper's seed</th></tr></thead>
<tbody>
<tr><th scope="row">base, Mean</th><td class="num-cell"><a href="numbers.html#k-cell.70B.base.c.b.mean">0.51</a></td><td class="num-cell">0.5100</td><td class="num-cell">0.0200</td><td class="num-cell">0.0120</td><td class="num-cell">[0.4800, 0.5500]</td><td class="num-cell">63</td></tr>
<tr><th scope="row">base, 95% CI</th><td class="num-cell"><a href="numbers.html#k-cmp.70B.m.b.ciLow">−0.1100</a></td><td class="num-cell">−0.1100</td><td class="num-cell">0.0130</td><td class="num-cell"></td><td class="num-cell">[−0.1400, −0.0800]</td><td class="num-cell">38</td></tr>
<tr><th scope="row">base, 95% CI</th><td class="num-cell"><a href="numbers.html#k-cmp.70B.m.b.ciHigh">NaN</a></td><td class="num-cell">0.3000</td><td class="num-cell">0.0100</td><td class="num-cell"></td><td class="num-cell">[0.2800, 0.3200]</td><td class="num-cell">50</td></tr>
<tr><th scope="row">base, </th><td class="num-cell"><a href="numbers.html#k-cell.70B.base.c.b.sd">2.0000</a></td><td colspan="5">not swept (its bootstrap is needed by no claim: <code>sweep --full</code>)</td></tr>
</tbody></table></div></section>`;

describe("robustness.html", () => {
  it("is the page frame around the intro, claims, rankings, figures and tables", () => {
    const html = robustnessPage(robustnessFixture(), tablesFixture(), resultsFixture());
    expect(html).toBe(page({ file: "robustness.html", title: "Robustness to the seed", body: EXPECTED_BODY }));
    expect(ROBUSTNESS_PAGE).toEqual({ file: "robustness.html", title: "Robustness to the seed" });
  });

  it("links a number to its row of numbers.html", () => {
    expect(spreadHref("cell.7B.a b")).toBe("numbers.html#k-cell.7B.a_b");
  });

  it("names a contiguous run of more than two seeds by its ends, and lists any other", () => {
    const intro = (seeds: number[]): string => {
      const html = robustnessPage(robustnessFixture({ ...sweepFixture(), seeds }), [], resultsFixture());
      return /for \d+ seeds? \([^)]*\)/.exec(html)?.[0] ?? "";
    };
    expect(intro([3, 4, 5])).toBe("for 3 seeds (3\u20135)");
    expect(intro([1, 2])).toBe("for 2 seeds (1, 2)");
    expect(intro([1, 3, 4])).toBe("for 3 seeds (1, 3, 4)");
    expect(intro([2, 4, 6])).toBe("for 3 seeds (2, 4, 6)");
  });

  it("shows the tables at the first scale when no table fixes one", () => {
    const tables = tablesFixture().map(({ paperScale: _, ...t }) => t);
    const html = robustnessPage(robustnessFixture(), tables, resultsFixture());
    expect(html).toContain("<p>For each number of the paper's tables (at 7B, the scale the paper prints)");
    expect(html).toContain("<caption>Table 1 at 7B: each number's spread over 4 seeds beside its Monte-Carlo SE</caption>");
    expect(bodyOf(html)).toContain(
      '<tr><th scope="row">base, Mean</th><td class="num-cell"><a href="numbers.html#k-cell.7B.base.c.b.mean">0.40</a></td><td class="num-cell">0.4000</td><td class="num-cell">0.0200</td><td class="num-cell"></td><td class="num-cell">[0.3700, 0.4300]</td><td class="num-cell">50</td></tr>',
    );
  });

  it("shows the tables at no scale, and the rankings as the sweep lists them, when the results name no scales", () => {
    const tables = tablesFixture().map(({ paperScale: _, ...t }) => t);
    const { sets: _, ...rest } = resultsFixture();
    const html = robustnessPage(robustnessFixture(), tables, { ...rest, sets: {} });
    expect(html).toContain("<p>For each number of the paper's tables (at , the scale the paper prints)");
    expect(html).toContain("<caption>Table 2 at : each number's spread over 4 seeds beside its Monte-Carlo SE</caption>");
    expect(html.indexOf('<th scope="row">70B gap</th>')).toBeLessThan(html.indexOf('<th scope="row">7B mean&lt;x&gt;</th>'));
  });
});
