/**
 * index.html: the paper as src/render made it, inside the supplement's
 * frame, with every number linked to its row and described by its popup.
 * The paper's stylesheets (from its <head>) are kept; site.css, loaded
 * after them, sets the screen layout (one column, readable width).
 */
import type { Results } from "../results/types.js";
import type { PaperForSite } from "./types.js";
import { tracePaper } from "./tracePaper.js";
import { popupId, renderPopup } from "./popups.js";
import { page } from "./layout.js";
import { unescapeHtml } from "../text/escapeHtml.js";
import type { SpreadOf } from "./numbersPage.js";

export function paperPage(paper: PaperForSite, results: Results, hrefFor: (keys: readonly string[]) => string, spread?: SpreadOf): string {
  const { head, body } = splitDocument(paper.html);
  const ids = new Map<string, string>();
  const idFor = (dataKey: string): string => {
    let id = ids.get(dataKey);
    if (id === undefined) {
      id = popupId(ids.size);
      ids.set(dataKey, id);
    }
    return id;
  };
  // A number of several keys links to the row computed from the same keys, else to the row of its first.
  const traced = tracePaper(body, (keys, dataKey) => ({ href: hrefFor(keys), describedBy: idFor(dataKey) }));
  const usage = new Map<string, string[]>();
  // A place listed twice is shown once: renderPopup drops repeated places.
  // Stryker disable next-line ArrayDeclaration: a made-up usage entry has no key, and every key the popups look up is a string
  for (const u of paper.usage ?? []) {
    const list = usage.get(u.key) ?? [];
    list.push(u.where);
    usage.set(u.key, list);
  }
  const pops = traced.numbers.map((n) => renderPopup(n.keys, idFor(n.dataKey), results, { usage, ...(spread ? { spread } : {}) }));
  const title = /<title>([\s\S]*?)<\/title>/i.exec(paper.html)?.[1]?.trim();
  return page({
    file: "index.html",
    // The paper's own <title> is already HTML-escaped text.
    title: title ? unescapeHtml(title) : "Paper",
    head: head,
    body: `<article class="paper-wrap">\n${traced.html}\n</article>\n<div class="pops" id="pops">\n${pops.join("\n")}\n</div>`,
  });
}

/**
 * The paper's stylesheet links and style elements (to keep its look) and its
 * body content. Scripts of the paper page are dropped: the supplement has
 * its own, and the paper needs none to be read; so is its <main> element.
 */
function splitDocument(html: string): { head: string; body: string } {
  const headMatch = /<head\b[^>]*>([\s\S]*?)<\/head>/i.exec(html);
  const bodyMatch = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html);
  // Stryker disable next-line StringLiteral: any text without a stylesheet link or style element keeps nothing, as "" does
  const headHtml = headMatch ? headMatch[1]! : "";
  const keep = headHtml.match(/<link\b[^>]*rel="stylesheet"[^>]*>|<style\b[^>]*>[\s\S]*?<\/style>/gi) ?? [];
  // The paper's <main> landmark: the supplement's frame has its own, and a page has one.
  const body = (bodyMatch ? bodyMatch[1]! : html).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "").replace(/<\/?main\b[^>]*>/gi, "");
  return { head: keep.map((s) => s + "\n").join(""), body };
}
