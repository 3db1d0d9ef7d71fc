/**
 * The frame every supplement page shares: head (local CSS only), a skip
 * link, the navigation, and the scripts at the end of the body. No URL in it
 * points off-site; all paths are relative so the site works from any folder
 * and from file://.
 */
import { escapeHtml } from "../text/escapeHtml.js";

export const PAGES = [
  { file: "index.html", title: "Paper" },
  { file: "tables.html", title: "Tables" },
  { file: "figures.html", title: "Figures" },
  { file: "numbers.html", title: "All numbers" },
  { file: "check.html", title: "Reproduction check" },
  { file: "provenance.html", title: "Model & provenance" },
] as const;

export interface PageOptions {
  file: string;
  title: string;
  body: string;
  /** Extra elements for <head> (the paper's own stylesheets). */
  head?: string;
  /** Extra scripts (vendor bundles) before site.js. */
  scripts?: string[];
  /** Inline JSON blocks (figure specs) placed before the scripts. */
}

export function page(opts: PageOptions): string {
  const nav = PAGES.map(
    (p) => `<li><a href="${p.file}"${p.file === opts.file ? ' aria-current="page"' : ""}>${escapeHtml(p.title)}</a></li>`,
  ).join("");
  const scripts = [...(opts.scripts ?? []), "static/site.js"].map((s) => `<script src="${s}"></script>`).join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(opts.title)} \u2014 safety-gap supplement</title>
<link rel="stylesheet" href="static/katex/katex.min.css">
${opts.head ?? ""}<link rel="stylesheet" href="static/site.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header"><nav aria-label="Supplement"><ul>${nav}</ul></nav></header>
<main id="main">
${opts.body}
</main>
${scripts}
</body>
</html>
`;
}

/**
 * Adds a page to the navigation of a page made by `page` (the supplement's
 * optional pages, such as robustness.html when a sweep is present), last,
 * marked current on that page itself.
 */
export function withNavEntry(html: string, entry: { file: string; title: string }, currentFile: string): string {
  const li = `<li><a href="${entry.file}"${entry.file === currentFile ? ' aria-current="page"' : ""}>${escapeHtml(entry.title)}</a></li>`;
  return html.replace("</ul></nav>", `${li}</ul></nav>`);
}
