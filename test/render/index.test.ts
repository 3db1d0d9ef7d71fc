/**
 * The whole paper rendered from the synthetic results: structure, traceable
 * numbers, offline assets, determinism, and golden HTML for Tables 1-4.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPaper, type RenderedPaper } from "../../src/render/index.js";
import { SafetyGapError } from "../../src/errors.js";
import { safetyGapErrorOfAsync } from "../helpers/safetyGapError.js";
import { syntheticResults } from "./syntheticResults.js";
import { fakeFigure, memoryReader, REPORT } from "./memoryReader.js";

const render = (): Promise<RenderedPaper> => renderPaper({ reportDir: REPORT, results: syntheticResults(), renderFigure: fakeFigure, sourceDateEpoch: 1_767_225_600, reader: memoryReader() });

let paper: RenderedPaper;
beforeAll(async () => {
  paper = await render();
});

const text = (html: string): string => html.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&");

describe("renderPaper", () => {
  it("renders every section, table, figure and equation, numbered", () => {
    for (const h of ["Introduction", "Methods", "Results", "Discussion", "Conclusion"]) expect(paper.html).toMatch(new RegExp(`<span class="secno">\\d</span> ${h}</h2>`));
    for (let n = 1; n <= 4; n++) expect(paper.html).toContain(`<span class="caption-label">Table ${n}:</span>`);
    for (let n = 1; n <= 6; n++) expect(paper.html).toContain(`<span class="caption-label">Figure ${n}:</span>`);
    for (let n = 1; n <= 4; n++) expect(paper.html).toContain(`<span class="eqno">(${n})</span>`);
    expect(paper.html).not.toContain(`<span class="eqno">(5)</span>`);
    expect(text(paper.html)).toContain("Table 1 presents");
    expect(paper.html).toContain('<span class="secno">3.2</span> Retention Ratios');
  });

  it("lists the tables and figures in page order with their numbers and plain-text captions", () => {
    expect(paper.floats.map((f) => `${f.kind} ${f.number}`)).toEqual([
      "table 1", "figure 1", "figure 2", "table 2", "figure 3", "table 3", "table 4", "figure 4", "figure 5", "figure 6",
    ]);
    const fig2 = paper.floats.find((f) => f.kind === "figure" && f.number === "2")!;
    expect(fig2.id).toBe("fig2");
    expect(fig2.caption).toMatch(/^Alignment gap retention ratios at 7B scale\. All advanced methods retain \d+–\d+% of the baseline alignment gap\.$/);
  });

  it("renders each figure's caption at every scale, for the supplement's scale selector, and the paper's scale as the paper has it", () => {
    const fig2 = paper.floats.find((f) => f.id === "fig2")!;
    expect(Object.keys(fig2.captionByScale!)).toEqual(["1B", "7B", "13B"]);
    expect(fig2.captionByScale!["7B"]).toBe(fig2.caption);
    expect(fig2.captionByScale!["1B"]).toMatch(/^Alignment gap retention ratios at 1B scale\. All advanced methods retain \d+–\d+% of/);
    // The 1B range is computed from the 1B retention ratios: it is not the 7B one.
    const r = syntheticResults().numbers;
    const pct = (scale: string): string[] => ["RLVR", "Reasoning-PT", "Deliberative", "CAI"].map((m) => `${Math.round(100 * r[`summary.${scale}.${m}.retention`]!)}`);
    expect(fig2.captionByScale!["1B"]).toContain(`${Math.min(...pct("1B").map(Number))}–${Math.max(...pct("1B").map(Number))}%`);
    expect(paper.floats.filter((f) => f.kind === "table").every((f) => f.captionByScale === undefined)).toBe(true);
  });

  it("keeps a formula on the line of the bracket before it (one no-wrap span around both)", () => {
    // 02-methods.md: "bootstrap confidence intervals ($n_{\text{boot}} = ...$, ...)".
    expect(paper.html).toMatch(/intervals <span class="math-bracket">\(<span class="num"[^>]*><span class="katex" role="math"/);
    expect(paper.sentences.some((s) => s.text.includes("bootstrap confidence intervals (n"))).toBe(true);
  });

  it("places table captions above and figure captions below", () => {
    const t = /<figure class="float table[^"]*" id="tbl:summary">\s*<figcaption>/.test(paper.html);
    const f = /<div class="graphic">[\s\S]*?<\/div>\s*<figcaption><span class="caption-label">Figure 1:/.test(paper.html);
    expect([t, f]).toEqual([true, true]);
  });

  it("numbers citations alphabetically [1]-[17] and lists the references", () => {
    expect(text(paper.html)).toContain("RLHF [3, 12]");
    expect(text(paper.html)).toContain("constitutional AI [1]");
    expect(paper.html.match(/<li id="ref-/g)).toHaveLength(17);
    expect(text(paper.html)).toContain("[15] Jesse Tice et al. 2026. Alignment Pretraining: AI Discourse Causes Self-Fulfilling (Mis)alignment. arXiv preprint arXiv:2601.10160 (2026).");
    expect(text(paper.html)).toContain("[10] Stephanie Lin, Jacob Hilton, and Owain Evans. 2022. TruthfulQA: Measuring How Models Mimic Human Falsehoods. In Proceedings of the 60th Annual Meeting of the Association for Computational Linguistics. 3214–3252.");
  });

  it("contains no undefined, NaN, KaTeX error or unfilled placeholder", () => {
    const t = text(paper.html);
    expect(t).not.toMatch(/\bundefined\b|\bNaN\b/);
    expect(paper.html).not.toMatch(/katex-error|ParseError/);
    expect(t).not.toContain("{{");
    expect(t).not.toMatch(/@(sec|eq|tbl|fig):/);
  });

  it("puts every number in a span with a unique id and its keys", () => {
    const ids = [...paper.html.matchAll(/<span class="num" id="([^"]+)" data-key="([^"]*)">/g)];
    expect(ids.length).toBeGreaterThan(150);
    expect(new Set(ids.map((m) => m[1])).size).toBe(ids.length);
    for (const m of ids) expect(m[2]).not.toBe("");
    const usedIn = (k: string): string[] => paper.usage.filter((u) => u.key === k).map((u) => u.where);
    expect(usedIn("summary.7B.CAI.retention")).toEqual(expect.arrayContaining(["Abstract", "Table 1", "Section 3.2", "Section 5"]));
  });

  it("collects the sentences that contain numbers, with their keys", () => {
    const s = paper.sentences.find((x) => x.where === "Section 3.3" && x.text.startsWith("All deltas are negative"));
    expect(s?.keys).toContain("summary.7B.CAI.delta");
    expect(paper.sentences.filter((x) => x.where === "Table 1")).toHaveLength(5);
    expect(new Set(paper.sentences.map((x) => x.id)).size).toBe(paper.sentences.length);
  });

  it("is offline: no remote URL in the HTML or any text asset, and every local reference exists", () => {
    const texts = [paper.html, ...[...paper.assets.values()].filter((v): v is string => typeof v === "string")];
    // xmlns="http://www.w3.org/2000/svg" names a namespace; it is never fetched.
    for (const t of texts) expect(t.replace(/\sxmlns(:\w+)?="[^"]*"/g, "")).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
    // data: URLs (the empty favicon that spares a request for /favicon.ico) are inline.
    for (const m of paper.html.matchAll(/(?:href|src)="([^"#]+)"/g)) if (!m[1]!.startsWith("data:")) expect(paper.assets.has(m[1]!), m[1]).toBe(true);
    for (const [path, v] of paper.assets)
      if (typeof v === "string" && path.endsWith(".css"))
        for (const m of v.matchAll(/url\(([^)]+)\)/g)) {
          const target = join(path, "..", m[1]!.replace(/['"]/g, ""));
          expect(paper.assets.has(target), `${path} -> ${target}`).toBe(true);
        }
    expect(paper.assets.has("assets/fonts/libertinus-sans-latin-400-normal.woff2")).toBe(true);
    expect(paper.assets.get("assets/fonts/fonts.css")).toContain("font-family: 'Libertinus Sans'");
  });

  it("is deterministic", async () => {
    const again = await render();
    expect(again.html).toBe(paper.html);
    expect(again.sentences).toEqual(paper.sentences);
  });
});

describe("references to equations and figure specs", () => {
  it("@eq:label reads Eq. (n); spec= picks the figure file", async () => {
    const file = "report/paper/05-conclusion.md";
    const text0 = readFileSync(join(REPORT, "..", file), "utf8");
    const edited = text0 + "\nBy @eq:retention and @sec:metrics.\n\n::: figure fig:again spec=fig2\nAgain.\n:::\n";
    const asked: string[] = [];
    const p = await renderPaper({
      reportDir: REPORT,
      results: syntheticResults(),
      renderFigure: async (id) => (asked.push(id), fakeFigure(id)),
      sourceDateEpoch: 0,
      reader: memoryReader({ [file]: edited }),
    });
    expect(p.html).toContain('By <a class="ref" href="#eq:retention">Eq. (2)</a> and <a class="ref" href="#sec:metrics">Section 2.3</a>.');
    expect(asked).toEqual(["fig1", "fig2", "fig3", "fig4", "fig5", "fig6", "fig2"]);
    expect(p.html).toContain('<span class="caption-label">Figure 7:</span> Again.');
  });
});

describe("a report folder with a file missing, a folder, a broken link or no text", () => {
  const tmp = mkdtempSync(join(tmpdir(), "safety-gap-render-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  let n = 0;
  /** Renders a copy of report/ after `damage`; the error it stops with. */
  async function failure(damage: (dir: string) => void): Promise<SafetyGapError> {
    const dir = join(tmp, `report${n++}`);
    cpSync(REPORT, dir, { recursive: true });
    damage(dir);
    return safetyGapErrorOfAsync(() => renderPaper({ reportDir: dir, templatesDir: join(REPORT, "..", "templates"), results: syntheticResults(), renderFigure: fakeFigure, sourceDateEpoch: 0 }), "the damaged report");
  }
  const text = (e: SafetyGapError): string => e.format().replace(tmp, "TMP").replace(/report\d+/, "report");

  for (const f of ["paper.yaml", "tables.yaml", "references.bib"]) {
    it(`${f} missing, or a folder`, async () => {
      expect(text(await failure((d) => rmSync(join(d, f))))).toMatch(new RegExp(`^TMP/report/${f.replace(".", "\\.")}: cannot read the file: it does not exist \\(ENOENT\\)\n  fix: Create it, or pass --report with the folder that holds it \\(docs/writing\\.md describes it\\)\\.$`));
      expect(text(await failure((d) => (rmSync(join(d, f)), mkdirSync(join(d, f)))))).toMatch(new RegExp(`^TMP/report/${f.replace(".", "\\.")}: cannot read the file: it is a folder \\(EISDIR\\)\n  fix: Replace the folder with the file`));
    });
  }
  it("report/paper/ missing, or a file", async () => {
    expect(text(await failure((d) => rmSync(join(d, "paper"), { recursive: true })))).toMatch(/^TMP\/report\/paper: folder not found\n {2}fix: /);
    expect(text(await failure((d) => (rmSync(join(d, "paper"), { recursive: true }), writeFileSync(join(d, "paper"), ""))))).toMatch(/^TMP\/report\/paper: is a file, not a folder/);
  });
  it("a paper/*.md that is a folder, a dangling link or a link loop", async () => {
    expect(text(await failure((d) => mkdirSync(join(d, "paper", "x.md"))))).toMatch(/^TMP\/report\/paper\/x\.md: cannot read the file: it is a folder \(EISDIR\)/);
    expect(text(await failure((d) => symlinkSync("nowhere", join(d, "paper", "x.md"))))).toMatch(/^TMP\/report\/paper\/x\.md: cannot read the file: it is a symbolic link to "nowhere", which does not exist\n {2}fix: Point the symbolic link at an existing file/);
    expect(text(await failure((d) => symlinkSync("x.md", join(d, "paper", "x.md"))))).toMatch(/^TMP\/report\/paper\/x\.md: cannot read the file: it is a symbolic link that leads back to itself \(ELOOP\)/);
  });
  it("a Markdown file or references.bib that is not UTF-8: file, line and column", async () => {
    const latin1 = (d: string, f: string): void => writeFileSync(join(d, f), Buffer.concat([readFileSync(join(d, f)), Buffer.from("\n\nCaf\xe9\n", "latin1")]));
    expect(text(await failure((d) => latin1(d, "paper/05-conclusion.md")))).toMatch(/^TMP\/report\/paper\/05-conclusion\.md:\d+:4: the file is not valid UTF-8: byte 0xE9 at byte offset \d+ cannot start or continue a character/);
    expect(text(await failure((d) => latin1(d, "references.bib")))).toMatch(/^TMP\/report\/references\.bib:\d+:4: the file is not valid UTF-8: byte 0xE9 at byte offset \d+ cannot start or continue a character/);
  });
  it("an empty report/paper/ folder", async () => {
    const e = await failure((d) => (rmSync(join(d, "paper"), { recursive: true }), mkdirSync(join(d, "paper"))));
    expect(text(e)).toMatch(/^TMP\/report\/paper: has no Markdown files \(\*\.md\): the paper would have no text\n {2}fix: /);
  });
});

describe("golden tables", () => {
  // Regenerate only on purpose: UPDATE_GOLDEN=1 npx vitest run test/render/index.test.ts
  const update = process.env.UPDATE_GOLDEN === "1";
  for (const [n, label] of [
    [1, "tbl:summary"],
    [2, "tbl:deltas"],
    [3, "tbl:benchmarks"],
    [4, "tbl:toxigen"],
  ] as const)
    it(`Table ${n} (${label}) matches test/render/golden/table${n}.html`, () => {
      const m = new RegExp(`<figure class="float table[^"]*" id="${label}">[\\s\\S]*?</figure>`).exec(paper.html);
      expect(m).not.toBeNull();
      // Span ids depend on what precedes the table; the golden file pins content, not numbering.
      const html = m![0].replace(/ id="v\d+"/g, "") + "\n";
      const file = join(import.meta.dirname, "golden", `table${n}.html`);
      if (update) writeFileSync(file, html);
      expect(existsSync(file), `missing ${file}: run with UPDATE_GOLDEN=1 once`).toBe(true);
      expect(html).toBe(readFileSync(file, "utf8"));
    });
});
