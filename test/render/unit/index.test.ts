/**
 * renderPaper on a report of a few lines held in memory: the whole page,
 * the files each stage reads, and each way the build stops. The real paper
 * is test/render/index.test.ts's (seconds per build); these take
 * milliseconds, so the mutation run can afford them for every mutant.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderPaper, type RenderedPaper, type RenderInput } from "../../../src/render/index.js";
import { SafetyGapError } from "../../../src/errors.js";
import { scopeOfResults } from "../../../src/render/template/scope.js";
import { packageRoot } from "../../../src/pipeline/packageRoot.js";
import { safetyGapErrorOfAsync } from "../../helpers/safetyGapError.js";
import { fontFiles, REPORT_DIR, ROOT, tinyFiles, tinyReader, tinyResults, type TinyReader } from "./tinyReport.js";

const svg = async (id: string): Promise<string> => `<svg>${id}</svg>`;

function render(files: Record<string, string>, more: Partial<RenderInput> = {}): { reader: TinyReader; paper: Promise<RenderedPaper> } {
  const reader = tinyReader(tinyFiles({ ...fontFiles(), ...files }));
  return { reader, paper: renderPaper({ reportDir: REPORT_DIR, results: tinyResults(), renderFigure: svg, sourceDateEpoch: 86400 * 365, reader, ...more }) };
}

const FULL = {
  "report/paper.yaml":
    "title: \"*T* <b>\"\nauthors: [A & B, C]\nyear: 2026\nvars: { scale: 7B }\nccs: ['**X** → Y', Z]\nkeywords: [k1, 'k<2']\nconference: { proceedings: '*P*', line: L1, publisher: 'Pub & Co' }\npages: 3\npermission: '*perm*'\ncopyright: '© *c*'\n",
  "report/paper/01-body.md": "# Intro {#sec:i}\n\nThe value is {{ x.{scale} | f2 }} [@b; @a].\n\n::: figure fig:one\nCap {{ x.{scale} | f2 }}.\n:::\n\n::: table tbl:t\nTab.\n:::\n",
  // After a numbered page: the abstract's sentences are the Abstract's, not Section 1's.
  "report/paper/02-abs.md": "---\nrole: abstract\n---\nAbstract {{ x.1B | f2 }}.\n",
  "report/paper/notes.txt": "not Markdown: not read",
  "report/tables.yaml": 't:\n  rows: $scales\n  stub: S\n  columns:\n    - { header: V, key: "x.{row}", format: f2 }\n',
  "report/references.bib": "@misc{b, author={Zed, Bob}, title={Second}, year={2020}}\n@misc{a, author={Able, Ann}, title={First}, year={2021}}\n@misc{c, author={Cee, Cid}, title={Uncited}, year={2021}}\n",
};

const BODY = `<section class="page-part" data-file="paper/01-body.md">
<h2 id="sec:i"><span class="secno">1</span> Intro</h2>
<p>The value is <span class="num" id="v1" data-key="x.7B">0.25</span> <span class="cite">[<a href="#ref-a">1</a>, <a href="#ref-b">2</a>]</span>.</p>
<figure class="float figure" id="fig:one">
<div class="graphic"><svg>one</svg></div>
<figcaption><span class="caption-label">Figure 1:</span> Cap <span class="num" id="v2" data-key="x.7B">0.25</span>.</figcaption>
</figure>
<figure class="float table" id="tbl:t">
<figcaption><span class="caption-label">Table 1:</span> Tab.</figcaption>
<div class="scroll">
<table class="data">
<thead>
<tr><th class="stub">S</th><th class="num">V</th></tr>
</thead>
<tbody>
<tr><th class="stub" scope="row">1B</th><td class="num"><span class="num" id="v3" data-key="x.1B">0.50</span></td></tr>
<tr><th class="stub" scope="row">7B</th><td class="num"><span class="num" id="v4" data-key="x.7B">0.25</span></td></tr>
</tbody>
</table>
</div>
</figure>
</section>
<section class="page-part" data-file="paper/01-text.md">
<p>Hello.</p>
</section>
`;

describe("renderPaper on a tiny report", () => {
  it("fills every slot of the template: front matter, abstract, body, references", async () => {
    const asked: string[] = [];
    const { paper } = render(FULL, { renderFigure: async (id) => (asked.push(id), svg(id)) });
    const p = await paper;
    expect(p.html).toBe(
      [
        "1971-01-01",
        "*T* &lt;b&gt;",
        "<em>T</em> &lt;b&gt;",
        "A &amp; B, C",
        '<p>Abstract <span class="num" id="v5" data-key="x.1B">0.50</span>.</p>\n',
        "• <strong>X</strong> → Y<br>• Z",
        "k1, k&lt;2",
        "A &amp; B, C. 2026. <em>T</em> &lt;b&gt;. In <em><em>P</em></em>. Pub &amp; Co, 3 pages.",
        "<em>perm</em>",
        "L1",
        "© <em>c</em>",
        BODY,
        '<li id="ref-a"><span class="refno">[1]</span> Ann Able. 2021. First.</li>\n<li id="ref-b"><span class="refno">[2]</span> Bob Zed. 2020. Second.</li>',
      ].join("|"),
    );
    expect(asked).toEqual(["one"]);
    expect(p.statedPages).toBe(3);
    expect(p.sentences).toEqual([
      { id: "section-1.1", where: "Section 1", text: "The value is 0.25 [1, 2].", keys: ["x.7B"] },
      { id: "figure-1.1", where: "Figure 1", text: "Cap 0.25.", keys: ["x.7B"] },
      { id: "table-1.1", where: "Table 1", text: "1B | 0.50", keys: ["x.1B"] },
      { id: "table-1.2", where: "Table 1", text: "7B | 0.25", keys: ["x.7B"] },
      { id: "abstract.1", where: "Abstract", text: "Abstract 0.50.", keys: ["x.1B"] },
    ]);
    expect(p.usage).toEqual([
      { key: "x.7B", where: "Section 1" },
      { key: "x.7B", where: "Figure 1" },
      { key: "x.1B", where: "Table 1" },
      { key: "x.7B", where: "Table 1" },
      { key: "x.1B", where: "Abstract" },
    ]);
    expect(p.floats).toEqual([
      { id: "one", kind: "figure", number: "1", caption: "Cap 0.25.", captionByScale: { "1B": "Cap 0.50.", "7B": "Cap 0.25." } },
      { id: "t", kind: "table", number: "1", caption: "Tab." },
    ]);
  });

  it("reads paper.yaml, paper/*.md in name order, tables, bib, the package's style, the template, then the assets", async () => {
    const { reader, paper } = render(FULL);
    const p = await paper;
    expect(reader.reads.filter((r) => !r.startsWith("/pkg/"))).toEqual([
      `${REPORT_DIR}/paper.yaml`,
      `${REPORT_DIR}/paper/01-body.md`,
      `${REPORT_DIR}/paper/01-text.md`,
      `${REPORT_DIR}/paper/02-abs.md`,
      `${REPORT_DIR}/tables.yaml`,
      `${REPORT_DIR}/references.bib`,
      join(packageRoot(), "templates", "references.csl"),
      `${ROOT}/templates/paper.html`,
      `${ROOT}/templates/paper.css`,
      `${ROOT}/templates/print.css`,
      `${ROOT}/templates/screen.css`,
    ]);
    expect([...p.assets]).toEqual([
      ["assets/katex/katex.min.css", ""],
      ["assets/fonts/fonts.css", "/* Libertinus Serif and Sans (SIL OFL 1.1), from @fontsource. */\n\n"],
      ["assets/paper/paper.css", "p{}"],
      ["assets/paper/print.css", "@page{}"],
      ["assets/paper/screen.css", "body{}"],
    ]);
  });

  it("takes the templates from templatesDir, with the paper's own references.csl", async () => {
    const tpl = `${ROOT}/mine`;
    const files = { [`${tpl}/paper.html`]: tinyFiles()["templates/paper.html"]!, [`${tpl}/paper.css`]: "a", [`${tpl}/print.css`]: "b", [`${tpl}/screen.css`]: "c", [`${tpl}/references.csl`]: "<style/>" };
    const { reader, paper } = render(files, { templatesDir: tpl });
    const p = await paper;
    expect(reader.reads.slice(4, 6)).toEqual([`${tpl}/references.csl`, `${tpl}/paper.html`]);
    expect(["paper", "print", "screen"].map((c) => p.assets.get(`assets/paper/${c}.css`))).toEqual(["a", "b", "c"]);
  });

  it("evaluates placeholders in the scope it is given (a watch session's), not a new one of the results", async () => {
    const scope = scopeOfResults(tinyResults({ "x.7B": 0.75 }));
    const p = await render({ "report/paper/01-text.md": "V {{ x.7B | f2 }}.\n" }, { scope }).paper;
    expect(p.html).toContain('<p>V <span class="num" id="v1" data-key="x.7B">0.75</span>.</p>');
    // Text before the first heading belongs to the abstract's part of the page.
    expect(p.sentences.map((x) => x.where)).toEqual(["Abstract"]);
  });

  it("carries the section on into a next page that starts without a heading", async () => {
    const p = await render({ "report/paper/01-text.md": "# S\n", "report/paper/02-more.md": "V {{ x.7B | f2 }}.\n" }).paper;
    expect(p.sentences).toEqual([{ id: "section-1.1", where: "Section 1", text: "V 0.25.", keys: ["x.7B"] }]);
  });
});

describe("renderPaper stops", () => {
  it("when paper/ has no Markdown file", async () => {
    const files = Object.fromEntries(Object.entries(tinyFiles({ "report/paper/notes.txt": "x" })).filter(([k]) => k !== "report/paper/01-text.md"));
    const e = await safetyGapErrorOfAsync(() => renderPaper({ reportDir: REPORT_DIR, results: tinyResults(), renderFigure: svg, sourceDateEpoch: 0, reader: tinyReader(files) }));
    expect(e.format()).toBe(
      `${REPORT_DIR}/paper: has no Markdown files (*.md): the paper would have no text\n  fix: put the text in report/paper/, one file per part, read in file-name order (00-abstract.md, 01-introduction.md, ...)`,
    );
  });
});

describe("a figure", () => {
  const page = (directive: string): Record<string, string> => ({ "report/paper/01-text.md": `Text.\n\n${directive}\nCap.\n:::\n` });
  const failing = (e: unknown) => async (): Promise<string> => {
    throw e;
  };

  it("is rendered from the spec named by spec=, else from its label without fig:", async () => {
    const asked: string[] = [];
    await render({ "report/paper/01-text.md": "::: figure fig:a\nA.\n:::\n\n::: figure fig:b spec=other\nB.\n:::\n" }, { renderFigure: async (id) => (asked.push(id), "") }).paper;
    expect(asked).toEqual(["a", "other"]);
  });

  it("whose spec has an error at a line: that error, untouched", async () => {
    const thrown = new SafetyGapError("bad spec", { file: "report/figures/a.vl.json", line: 2, column: 3 }, "fix it");
    const e = await safetyGapErrorOfAsync(() => render(page("::: figure fig:a"), { renderFigure: failing(thrown) }).paper);
    expect(e).toBe(thrown);
  });

  it("whose spec is missing: the error moves to the label that asked for it", async () => {
    const thrown = new SafetyGapError("no spec", { file: "report/figures/a.vl.json" }, "write it");
    // Without spec=, no "spec=" is looked for: not even the one the caption mentions.
    const source = { "report/paper/01-text.md": "Text.\n\n::: figure fig:a\nSee spec=undefined.\n:::\n" };
    const e = await safetyGapErrorOfAsync(() => render(source, { renderFigure: failing(thrown) }).paper);
    expect(e.format()).toBe(`${REPORT_DIR}/paper/01-text.md:3:12: no spec\n  3 | ::: figure fig:a\n                 ^^^^^\n  fix: write it`);
  });

  it("whose spec is missing, named by spec=: the error points at spec=", async () => {
    const thrown = new SafetyGapError("no spec", undefined, "write it");
    const e = await safetyGapErrorOfAsync(() => render(page("::: figure fig:a spec=zz"), { renderFigure: failing(thrown) }).paper);
    expect(e.format()).toBe(`${REPORT_DIR}/paper/01-text.md:3:18: no spec\n  3 | ::: figure fig:a spec=zz\n                       ^^^^^^^\n  fix: write it`);
  });

  it("whose renderer fails otherwise: the failure, at the figure, without a fix", async () => {
    const e = await safetyGapErrorOfAsync(() => render(page("::: figure fig:a"), { renderFigure: failing(new Error("boom")) }).paper);
    expect(e.format()).toBe(`${REPORT_DIR}/paper/01-text.md:3:12: figure "a" failed: boom\n  3 | ::: figure fig:a\n                 ^^^^^`);
  });
});
