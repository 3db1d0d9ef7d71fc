/**
 * renderPage on one page of a few lines: our rules and markdown-it's, floats
 * with their captions, where each sentence and number is counted, and the
 * figure captions rendered per scale without touching the paper's counters.
 */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/render/markdown/parse.js";
import { resolve } from "../../../src/render/resolve.js";
import { renderPage } from "../../../src/render/renderPages.js";
import { parseTables } from "../../../src/render/tables.js";
import { scopeOfResults } from "../../../src/render/template/scope.js";
import type { RenderEnv } from "../../../src/render/html/env.js";
import type { Results } from "../../../src/results/types.js";
import { tinyResults } from "./tinyReport.js";

const TABLES = 't:\n  rows: $scales\n  stub: S\n  columns:\n    - { header: V, key: "x.{row}", format: f2 }\n';

function setup(source: string, results: Results = tinyResults()): { page: ReturnType<typeof parseMarkdown>; env: RenderEnv } {
  const page = parseMarkdown(source, "p.md");
  const env: RenderEnv = {
    scope: scopeOfResults(results, { scale: "7B" }),
    resolved: resolve([page], []),
    tables: parseTables(TABLES, "t.yaml"),
    figures: new Map([["fig:f", "<svg/>"]]),
    where: "Abstract",
    usage: [],
    spans: 0,
    floats: [],
  };
  return { page, env };
}

const SOURCE = "# Intro {#sec:i}\n\nA **b** `c` $x$ {{ x.7B | f2 }}, see @fig:f.\nNext {{ x.1B | f2 }}.\n\n- item {{ x.7B | f2 }}\n\n$$\ny\n$$\n\n::: figure fig:f\nCap {{ x.{scale} | f2 }}.\n:::\n\n::: table tbl:t\nTab {{ x.7B | f2 }}.\n:::\n\nAfter {{ x.7B | f2 }}.\n";

const MATH_X = '<span class="katex" role="math" aria-label="x"><span class="katex-html" aria-hidden="true"><span class="katex-base"><span class="katex-strut" style="height:0.4306em;"></span><span class="mord mathnormal">x</span></span></span></span>';
const MATH_Y =
  '<span class="katex-display"><span class="katex" role="math" aria-label="y"><span class="katex-html" aria-hidden="true"><span class="katex-base"><span class="katex-strut" style="height:0.625em;vertical-align:-0.1944em;"></span><span class="mord mathnormal" style="margin-right:0.0359em;">y</span></span></span></span></span>';
const num = (n: number, key: string, v: string): string => `<span class="num" id="v${n}" data-key="${key}">${v}</span>`;

describe("renderPage", () => {
  it("renders headings, inline and block math, placeholders, references, lists and floats", () => {
    const { page, env } = setup(SOURCE);
    // Two sentences of Section 1 were counted on an earlier page: this page's go on from there.
    const count = new Map([["Section 1", 2]]);
    const r = renderPage(page, env, count);
    expect(r.html).toBe(`<h2 id="sec:i"><span class="secno">1</span> Intro</h2>
<p>A <strong>b</strong> <code>c</code> ${MATH_X} ${num(1, "x.7B", "0.25")}, see <a class="ref" href="#fig:f">Figure 1</a>.
Next ${num(2, "x.1B", "0.50")}.</p>
<ul>
<li>item ${num(3, "x.7B", "0.25")}</li>
</ul>
<div class="equation">${MATH_Y}<span class="eqno">(1)</span></div>
<figure class="float figure" id="fig:f">
<div class="graphic"><svg/></div>
<figcaption><span class="caption-label">Figure 1:</span> Cap ${num(4, "x.7B", "0.25")}.</figcaption>
</figure>
<figure class="float table" id="tbl:t">
<figcaption><span class="caption-label">Table 1:</span> Tab ${num(5, "x.7B", "0.25")}.</figcaption>
<div class="scroll">
<table class="data">
<thead>
<tr><th class="stub">S</th><th class="num">V</th></tr>
</thead>
<tbody>
<tr><th class="stub" scope="row">1B</th><td class="num">${num(6, "x.1B", "0.50")}</td></tr>
<tr><th class="stub" scope="row">7B</th><td class="num">${num(7, "x.7B", "0.25")}</td></tr>
</tbody>
</table>
</div>
</figure>
<p>After ${num(8, "x.7B", "0.25")}.</p>
`);
    expect(r.sentences).toEqual([
      { id: "section-1.3", where: "Section 1", text: "A b c x 0.25, see Figure 1.", keys: ["x.7B"] },
      { id: "section-1.4", where: "Section 1", text: "Next 0.50.", keys: ["x.1B"] },
      { id: "section-1.5", where: "Section 1", text: "item 0.25", keys: ["x.7B"] },
      { id: "figure-1.1", where: "Figure 1", text: "Cap 0.25.", keys: ["x.7B"] },
      { id: "table-1.1", where: "Table 1", text: "Tab 0.25.", keys: ["x.7B"] },
      { id: "table-1.2", where: "Table 1", text: "1B | 0.50", keys: ["x.1B"] },
      { id: "table-1.3", where: "Table 1", text: "7B | 0.25", keys: ["x.7B"] },
      { id: "section-1.6", where: "Section 1", text: "After 0.25.", keys: ["x.7B"] },
    ]);
    expect([...count]).toEqual([
      ["Section 1", 6],
      ["Figure 1", 1],
      ["Table 1", 3],
    ]);
    // After the floats, the text is Section 1's again; the per-scale captions added no span or usage.
    expect(env.where).toBe("Section 1");
    expect(env.spans).toBe(8);
    expect(env.usage.map((u) => `${u.key}@${u.where}`)).toEqual([
      "x.7B@Section 1",
      "x.1B@Section 1",
      "x.7B@Section 1",
      "x.7B@Figure 1",
      "x.7B@Table 1",
      "x.1B@Table 1",
      "x.7B@Table 1",
      "x.7B@Section 1",
    ]);
    expect(env.floats).toEqual([
      { id: "f", kind: "figure", number: "1", caption: "Cap 0.25.", captionByScale: { "1B": "Cap 0.50.", "7B": "Cap 0.25." } },
      { id: "t", kind: "table", number: "1", caption: "Tab 0.25." },
    ]);
  });

  it("a figure of results without scales has no caption per scale", () => {
    const { page, env } = setup("::: figure fig:f\nCap.\n:::\n", { ...tinyResults(), sets: {} });
    const r = renderPage(page, env, new Map());
    expect(r.html).toBe('<figure class="float figure" id="fig:f">\n<div class="graphic"><svg/></div>\n<figcaption><span class="caption-label">Figure 1:</span> Cap.</figcaption>\n</figure>\n');
    expect(env.floats).toEqual([{ id: "f", kind: "figure", number: "1", caption: "Cap.", captionByScale: {} }]);
  });

  it("a fenced code block goes through markdown-it's own rule (escaped, no placeholders)", () => {
    const { page, env } = setup("```\nq < {{ x }}\n```\n");
    expect(renderPage(page, env, new Map()).html).toBe("<pre><code>q &lt; {{ x }}\n</code></pre>\n");
  });
});
