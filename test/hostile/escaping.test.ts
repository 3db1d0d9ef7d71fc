/**
 * Every string from an input file reaches HTML escaped. One build (the real
 * CLI, with the supplement) of a report whose every text field holds a
 * payload: `<script>alert(1)</script>`, `"><img src=x onerror=alert(1)>`,
 * `' onmouseover='x`, `&amp;`. Then:
 *
 * - every HTML file of out/ (paper.html and each supplement page), read by
 *   a browser's tokenizer (parse5), has no event-handler attribute, no
 *   <img>, and no <script> other than the supplement's own (static/*.js
 *   and JSON data);
 * - each payload is found escaped at its exact place.
 *
 * The page Chromium prints is out/paper.html's bytes (the pdf stage writes
 * the render stage's paper.html into its print folder), so what holds for
 * paper.html holds for the printed page.
 *
 * Raw HTML that the policy allows (<sup>) passes through the same build.
 * Names in model.yaml (methods, scales, ...) never hold a payload: the
 * parameter check allows letters, digits, + - _ only (test/params).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Tokenizer, type Token, type TokenHandler } from "parse5";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILD_WITH_SITE, REPO, runCli } from "./harness.js";
import { realBuild } from "../helpers/realOutput.js";

const SCRIPT = "<script>alert(1)</script>";
const IMG = '"><img src=x onerror=alert(1)>';
const QUOTE = "' onmouseover='x";
const AMP = "&amp;";
/** The payloads as escapeHtml writes them. */
const E_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;";
const E_IMG = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";
const E_AMP = "&amp;amp;";

/** Replaces `from` (which must occur once at least) in `root/rel`. */
function edit(root: string, rel: string, from: string, to: string): void {
  const file = join(root, rel);
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`${rel}: ${from} not found (the case no longer applies to the report)`);
  writeFileSync(file, text.replace(from, to));
}

/** YAML double-quoted string. */
const dq = (s: string): string => JSON.stringify(s);

function patch(root: string): void {
  // paper.yaml: escaped text (authors, keywords, publisher) and inline Markdown without raw HTML (title, ccs).
  edit(root, "report/paper.yaml", 'title: "Robustness', `title: "T1 ${SCRIPT} \\"><img src=x onerror=alert(1)> ${QUOTE} ${AMP} R&D Robustness`);
  edit(root, "report/paper.yaml", "  - Anonymous Author(s)", `  - ${dq(`A1 ${SCRIPT}`)}\n  - ${dq(`A2 ${IMG} ${QUOTE} ${AMP}`)}`);
  edit(root, "report/paper.yaml", "  - alignment pretraining", `  - ${dq(`K1 ${SCRIPT} ${IMG} ${AMP}`)}`);
  edit(root, "report/paper.yaml", '  - "**Computing methodologies**', `  - ${dq(`C1 ${SCRIPT}`)}\n  - "**Computing methodologies**`);
  edit(root, "report/paper.yaml", 'publisher: "ACM, New York, NY, USA"', `publisher: ${dq(`P1 ${SCRIPT} ${AMP}`)}`);
  // Captions (Markdown): a payload as text in a code span, quotes, entities, and raw HTML the policy allows.
  edit(root, "report/paper/03-results.md", "All advanced methods retain", `Cap \`${IMG}\` ${QUOTE} AT&T ${AMP} <sup>2</sup>. All advanced methods retain`);
  edit(root, "report/paper/02-methods.md", "Method summary at {{ {scale} }} scale:", `Method summary \`${SCRIPT}\` at {{ {scale} }} scale:`);
  // tables.yaml: header, stub, group, row label, and the literal text of a cell template.
  edit(root, "report/tables.yaml", "    - { header: AP Safety,", `    - { header: ${dq(`H1 ${SCRIPT}`)},`);
  edit(root, "report/tables.yaml", "stub: Method\n  wide: true", `stub: ${dq(`S1 ${QUOTE}`)}\n  wide: true`);
  edit(root, "report/tables.yaml", "rowLabels: { Reasoning-PT: Reason.,", `rowLabels: { Reasoning-PT: ${dq(`R1 ${IMG}`)},`);
  edit(root, "report/tables.yaml", "{ group: Safety, header: ToxiGen,", `{ group: ${dq(`G1 ${SCRIPT}`)}, header: ToxiGen,`);
  edit(
    root,
    "report/tables.yaml",
    '{ group: Safety, header: TruthQA, key: "cmp.{scale}.{row}.TruthfulQA.diff", format: m4 }',
    `{ group: Safety, header: TruthQA, cell: ${dq(`X1 <b>{{ cmp.{scale}.{row}.TruthfulQA.diff | m4 }}</b> ${AMP}`)} }`,
  );
  // references.bib: author, title, venue, url.
  edit(root, "report/references.bib", "title = {Constitutional {AI}: Harmlessness from {AI} Feedback},", `title = {B1 ${SCRIPT} ${IMG} ${AMP}},\n  url = {javascript:alert(1)},`);
  edit(root, "report/references.bib", "author = {Bai, Yuntao and", `author = {${SCRIPT}, Yuntao and`);
  edit(root, "report/references.bib", "journal = {arXiv preprint arXiv:2212.08073}", `journal = {J1 ${QUOTE} <i>j</i>}`);
  // claims.yaml and published.yaml: claim text and place, a statement's place and quote.
  edit(root, "report/claims.yaml", "claim: every advanced method narrows the safety gap at every scale", `claim: ${dq(`CL1 ${SCRIPT} ${IMG}`)}`);
  edit(root, "report/claims.yaml", "where: Abstract; Sections 3.3, 3.6, 4.1", `where: ${dq(`W1 ${QUOTE} ${AMP}`)}`);
  edit(root, "report/published.yaml", '    where: Section 3.4\n    quote: "and smallest on BBQ for RLVR"', `    where: ${dq(`PW1 ${SCRIPT}`)}\n    quote: ${dq(`PQ1 ${IMG} ${AMP}`)}`);
}

let root: string;
let code: number | null;
let stderr: string;
const read = (rel: string): string => readFileSync(join(root, "out", rel), "utf8");

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "safety-gap-escaping-"));
  cpSync(join(REPO, "report"), join(root, "report"), { recursive: true });
  cpSync(join(REPO, "templates"), join(root, "templates"), { recursive: true });
  patch(root);
  // Compute and the figures from the real build's cache (the payloads are in text fields only): this build renders.
  cpSync((await realBuild()).cache, join(root, ".cache"), { recursive: true });
  ({ code, stderr } = await runCli(BUILD_WITH_SITE, root));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Tag {
  name: string;
  attrs: Record<string, string>;
}

/** Every start tag of `html`, as a browser's tokenizer reads them. */
function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const ignore = (): void => {};
  const handler: TokenHandler = {
    onStartTag: (t: Token.TagToken) => tags.push({ name: t.tagName, attrs: Object.fromEntries(t.attrs.map((a) => [a.name, a.value])) }),
    onEndTag: ignore,
    onComment: ignore,
    onDoctype: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  };
  new Tokenizer({}, handler).write(html, true);
  return tags;
}

describe("a report with a payload in every text field", () => {
  it("builds (exit 0)", () => {
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
  });

  it("no HTML page of out/ has an event handler, an <img> or a script of the input's", () => {
    const pages = ["paper.html", ...readdirSync(join(root, "out", "site")).filter((f) => f.endsWith(".html")).map((f) => `site/${f}`)];
    expect(pages).toEqual(["paper.html", "site/check.html", "site/figures.html", "site/index.html", "site/numbers.html", "site/provenance.html", "site/tables.html"]);
    for (const page of pages) {
      const tags = startTags(read(page));
      expect(tags.length, page).toBeGreaterThan(10);
      expect(tags.filter((t) => Object.keys(t.attrs).some((a) => a.startsWith("on"))), page).toEqual([]);
      expect(tags.filter((t) => t.name === "img" || t.name === "iframe"), page).toEqual([]);
      expect(tags.filter((t) => t.name === "script" && !t.attrs.src?.startsWith("static/") && t.attrs.type !== "application/json"), page).toEqual([]);
      expect(read(page), page).not.toContain(SCRIPT);
      expect(read(page), page).not.toContain("<img src=x");
    }
  });

  it("paper.html: title, authors, ACM reference line, keywords, CCS, publisher", () => {
    const html = read("paper.html");
    const title = `T1 ${E_SCRIPT} ${E_IMG} ’ onmouseover='x &amp; R&amp;D Robustness`;
    expect(html).toContain(`<title>T1 ${E_SCRIPT} ${E_IMG} ${QUOTE} ${E_AMP} R&amp;D Robustness`);
    expect(html).toContain(`<h1 class="title">${title}`);
    expect(html).toContain(`<p class="authors">A1 ${E_SCRIPT}, A2 ${E_IMG} ${QUOTE} ${E_AMP}</p>`);
    expect(html).toContain(`<strong>ACM Reference Format:</strong><br>A1 ${E_SCRIPT}, A2 ${E_IMG} ${QUOTE} ${E_AMP}. 2026. ${title}`);
    expect(html).toContain(`</em>. P1 ${E_SCRIPT} ${E_AMP}, 5 pages.</p>`);
    expect(html).toContain(`<p>K1 ${E_SCRIPT} ${E_IMG} ${E_AMP}, post-training robustness`);
    expect(html).toContain(`<p>• C1 ${E_SCRIPT}<br>• <strong>Computing methodologies</strong>`);
  });

  it("paper.html: captions, table headers, stub, group, row label and cell text", () => {
    const html = read("paper.html");
    expect(html).toContain(`Cap <code>${E_IMG}</code> ’ onmouseover='x AT&amp;T &amp; <sup>2</sup>. All advanced methods retain`);
    expect(html).toContain(`<span class="caption-label">Table 1:</span> Method summary <code>${E_SCRIPT}</code> at 7B scale`);
    expect(html).toContain(`<tr><th class="stub">S1 ${QUOTE}</th><th class="num">H1 ${E_SCRIPT}</th><th class="num">NoAP Safety</th>`);
    expect(html).toContain(`<th class="group" colspan="1">G1 ${E_SCRIPT}</th>`);
    expect(html).toContain(`<tr><th class="stub" scope="row">R1 ${E_IMG}</th>`);
    expect(html).toMatch(/<td class="num">X1 &lt;b&gt;<span class="num" id="v\d+" data-key="cmp\.7B\.RLVR\.TruthfulQA\.diff">0\.\d{4}<\/span>&lt;\/b&gt; &amp;amp;<\/td>/);
  });

  it("paper.html: the bibliography's author, title and venue; the url printed as text, never a link", () => {
    // citeproc (citation-js) escapes with numeric references; its own rich-text tags (<i>) become formatting, no other tag does.
    const C_SCRIPT = "&#60;script&#62;alert(1)&#60;/script&#62;";
    expect(read("paper.html")).toContain(
      `<li id="ref-bai2022constitutional"><span class="refno">[1]</span> Yuntao ${C_SCRIPT}, Saurav Kadavath,` +
        ` Sandipan Kundu, Amanda Askell, Jackson Kernion, Andy Jones, Anna Chen, Anna Goldie, Azalia Mirhoseini, Cameron McKinnon, et al. 2022.` +
        ` B1 ${C_SCRIPT} "&#62;&#60;img src=x onerror=alert(1)&#62; &#38;amp; <em>J1 ’ onmouseover=’x <span style="font-style:normal;">j</span></em> (2022). javascript:alert(1)</li>`,
    );
    expect(read("paper.html")).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
  });

  it("supplement: the paper page, the tables, the figures (attribute and JSON), the check page", () => {
    const index = read("site/index.html");
    expect(index).toContain(`<title>T1 ${E_SCRIPT} ${E_IMG} ${QUOTE} ${E_AMP} R&amp;D Robustness`);
    expect(index).toContain(`<h1 class="title">T1 ${E_SCRIPT} ${E_IMG} ’ onmouseover='x &amp; R&amp;D Robustness`);
    const tables = read("site/tables.html");
    expect(tables).toContain(`<caption>Table 1 (7B): Method summary \`${E_SCRIPT}\` at 7B scale:`);
    expect(tables).toContain(`<thead><tr><th scope="col">S1 ${QUOTE}</th><th scope="col">H1 ${E_SCRIPT}</th>`);
    expect(tables).toContain(`<th scope="colgroup" colspan="1">G1 ${E_SCRIPT}</th>`);
    expect(tables).toContain(`<th scope="row">R1 ${E_IMG}</th>`);
    const figures = read("site/figures.html");
    expect(figures).toContain(`aria-label="Figure 2: Alignment gap retention ratios at 7B scale. Cap ${E_IMG} ’ onmouseover='x AT&amp;T &amp; 2. All advanced`);
    expect(figures).toContain(`"Figure 2: Alignment gap retention ratios at 7B scale. Cap \\">\\u003cimg src=x onerror=alert(1)> ’ onmouseover='x AT&T & 2. All advanced`);
    const check = read("site/check.html");
    expect(check).toContain(`<th scope="row">CL1 ${E_SCRIPT} ${E_IMG}</th><td>W1 ${QUOTE} ${E_AMP}</td>`);
    expect(check).toContain(`<th scope="row">PW1 ${E_SCRIPT}</th><td>&quot;PQ1 ${E_IMG} ${E_AMP}&quot; is contradicted`);
  });
});
