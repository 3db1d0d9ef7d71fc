/**
 * The paper renderer: report/ + results -> one HTML page and its assets.
 *
 * Pipeline (each stage a pure function of the previous one's output):
 *
 *   stage      function            input -> output
 *   ---------  ------------------  ------------------------------------------------------------
 *   read       readReport          reportDir -> paper.yaml, paper/*.md, tables.yaml, references.bib
 *   parse      parseMarkdown       Markdown text -> Page (markdown-it tokens; {{ }} parsed, not evaluated)
 *   resolve    resolve             Page[] + bib -> numbered sections/equations/tables/figures, citations
 *   figures    input.renderFigure  each ::: figure id -> SVG (another module renders Vega-Lite)
 *   render     renderPage          Page + results scope -> HTML, number spans, usage, sentences
 *   assemble   fillTemplate        templates/paper.html + parts -> paper.html
 *   assets     collectAssets       node_modules (KaTeX, Libertinus) + templates/*.css -> out/assets/
 *
 * Every error caused by the report's text is a SafetyGapError with
 * file:line:column; the build stops at the first one.
 */
import { basename, join } from "node:path";
import type { Results } from "../results/types.js";
import { parseMarkdown, type Page } from "./markdown/parse.js";
import { metaOf } from "./markdown/env.js";
import type { DirectiveMeta } from "./markdown/rules/directive.js";
import { resolve } from "./resolve.js";
import { renderPage } from "./renderPages.js";
import { scopeOfResults, withVars, type Scope } from "./template/scope.js";
import { parseTables } from "./tables.js";
import { loadBibliography, type BibliographyCache } from "./bib/references.js";
import { packageRoot } from "../pipeline/packageRoot.js";
import { checkVars, parseFrontMatter } from "./frontMatter.js";
import { fillTemplate } from "./assemble.js";
import { collectAssets } from "./assets.js";
import { fsReader, shownPath as shown, type Reader } from "./reader.js";
import { markdown } from "./markdown/md.js";
import type { Float, RenderEnv, Usage } from "./html/env.js";
import { escapeHtml } from "../text/escapeHtml.js";
import type { Sentence } from "./sentences.js";
import { SafetyGapError, lineColumnAt } from "../errors.js";
import * as msg from "../messages/render.js";

export { parseMarkdown, type Page } from "./markdown/parse.js";
export type { Sentence } from "./sentences.js";
export type { Reader } from "./reader.js";
export type { Float } from "./html/env.js";

export interface RenderInput {
  reportDir: string;
  results: Results;
  /** SVG for report/figures/<id>.vl.json. */
  renderFigure(id: string): Promise<string>;
  sourceDateEpoch: number;
  /** Where templates/ lives (default: next to reportDir). */
  templatesDir?: string;
  /** File access (default: node:fs). */
  reader?: Reader;
  /** Keeps the formatted references.bib between builds (the build's stage cache). */
  bibliographyCache?: BibliographyCache;
  /**
   * scopeOfResults(results), kept by a watch session between builds of the
   * same results: with it go the placeholders it has printed (Scope.printed),
   * so a text edit evaluates only the placeholders that are new.
   */
  scope?: Scope;
}

export interface RenderedPaper {
  html: string;
  /** Paths relative to out/, e.g. assets/katex/katex.min.css. */
  assets: Map<string, Uint8Array | string>;
  usage: Usage[];
  sentences: Sentence[];
  /** Tables and figures in page order with their numbers and captions (the supplement reuses them). */
  floats: Float[];
  /** The page count the ACM reference line states (paper.yaml `pages`); the build checks it against the PDF. */
  statedPages: number;
}

export async function renderPaper(input: RenderInput): Promise<RenderedPaper> {
  const reader = input.reader ?? fsReader;
  const dir = input.reportDir;
  const templatesDir = input.templatesDir ?? join(dir, "..", "templates");

  // read + parse
  const fmFile = join(dir, "paper.yaml");
  const fmSource = reader.text(fmFile);
  const front = parseFrontMatter(fmSource, shown(fmFile));
  const scope = withVars(input.scope ?? scopeOfResults(input.results), front.vars);
  const sets = scope.lang.sets;
  checkVars(front, shown(fmFile), fmSource, [...new Set(Object.values(sets).flat())], Object.keys(sets));
  const paperDir = join(dir, "paper");
  const pages: Page[] = reader
    .list(paperDir)
    .filter((f) => f.endsWith(".md"))
    .map((f) => {
      const p = join(paperDir, f);
      return parseMarkdown(reader.text(p), shown(p));
    });
  // No text at all is a mistake (a wrong --report, files not yet moved in), not an empty paper.
  if (pages.length === 0) throw new SafetyGapError(msg.noPaperFiles(), { file: shown(paperDir) }, msg.noPaperFilesHint());
  const tablesFile = join(dir, "tables.yaml");
  const tables = parseTables(reader.text(tablesFile), shown(tablesFile));
  const bibFile = join(dir, "references.bib");
  // The paper's own templates/references.csl, else the package's (the ACM Reference Format).
  const styleFile = reader.list(templatesDir).includes("references.csl") ? join(templatesDir, "references.csl") : join(packageRoot(), "templates", "references.csl");
  const bib = await loadBibliography(reader.text(bibFile), shown(bibFile), reader.text(styleFile), input.bibliographyCache);

  // resolve
  const resolved = resolve(pages, bib);

  // figures (async, before the synchronous render)
  const figures = new Map<string, string>();
  for (const page of pages)
    for (const t of page.tokens) {
      if (t.type !== "directive_open") continue;
      const m = metaOf<DirectiveMeta>(t);
      if (m.kind !== "figure") continue;
      // The spec is report/figures/<id>.vl.json: id from `spec=`, else the label without "fig:".
      const id = m.params.spec ?? m.label.slice(4);
      try {
        figures.set(m.label, await input.renderFigure(id));
      } catch (e) {
        // A spec error points into the spec; an error without a line (no spec
        // for this id) points at what asked for it: `spec=<id>` or the label.
        if (e instanceof SafetyGapError && e.where?.line !== undefined) throw e;
        const specAt = m.params.spec !== undefined ? m.source.indexOf(`spec=${m.params.spec}`, m.offset) : -1;
        const offset = specAt >= 0 ? specAt : m.offset;
        const where = { file: m.file, ...lineColumnAt(m.source, offset), source: m.source, length: specAt >= 0 ? `spec=${m.params.spec}`.length : m.label.length };
        if (e instanceof SafetyGapError) throw new SafetyGapError(e.message, where, e.hint);
        throw new SafetyGapError(msg.figureFailed(id, (e as Error).message), where);
      }
    }

  // render
  const env: RenderEnv = { scope, resolved, tables, figures, where: "Abstract", usage: [], spans: 0, floats: [] };
  const sentenceCount = new Map<string, number>();
  const sentences: Sentence[] = [];
  let abstract = "";
  let body = "";
  for (const page of pages) {
    env.where = page.data.role === "abstract" ? "Abstract" : env.where;
    const r = renderPage(page, env, sentenceCount);
    sentences.push(...r.sentences);
    if (page.data.role === "abstract") abstract += r.html;
    // The page's own file name, not its path as shown in messages (relative to the working
    // folder): out/ must not depend on where the build was started from.
    else body += `<section class="page-part" data-file="paper/${escapeHtml(basename(page.file))}">\n${r.html}</section>\n`;
  }

  // assemble
  // paper.yaml's fields are inline Markdown without raw HTML: a "<" in the title is text, escaped.
  const md = markdown(false);
  const inline = (s: string): string => md.renderInline(s);
  const titleHtml = inline(front.title);
  const refs = resolved.references.map((e, i) => `<li id="ref-${escapeHtml(e.key)}"><span class="refno">[${i + 1}]</span> ${e.html}</li>`).join("\n");
  const templateFile = join(templatesDir, "paper.html");
  const html = fillTemplate(
    reader.text(templateFile),
    {
      date: new Date(input.sourceDateEpoch * 1000).toISOString().slice(0, 10),
      titleText: escapeHtml(front.title),
      title: titleHtml,
      authors: front.authors.map(escapeHtml).join(", "),
      abstract,
      ccs: front.ccs.map((c) => `• ${inline(c)}`).join("<br>"),
      keywords: front.keywords.map(escapeHtml).join(", "),
      acmReference: `${front.authors.map(escapeHtml).join(", ")}. ${escapeHtml(front.year)}. ${titleHtml}. In <em>${inline(front.conference.proceedings)}</em>. ${escapeHtml(front.conference.publisher)}, ${front.pages} pages.`,
      permission: inline(front.permission),
      conferenceLine: inline(front.conference.line),
      copyright: inline(front.copyright),
      body,
      references: refs,
    },
    shown(templateFile),
  );

  // assets
  const assets = collectAssets(reader);
  for (const css of ["paper.css", "print.css", "screen.css"]) assets.set(`assets/paper/${css}`, reader.text(join(templatesDir, css)));

  return { html, assets, usage: env.usage, sentences, floats: env.floats, statedPages: front.pages };
}
