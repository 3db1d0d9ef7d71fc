/**
 * Second stage: across all pages, number sections, equations, tables and
 * figures in reading order, check every @label and [@citation], and number
 * the cited references alphabetically (as the paper does: [1]-[17]).
 */
import type { Token } from "markdown-it";
import type { Page } from "./markdown/parse.js";
import type { MathBlockMeta } from "./markdown/rules/mathBlock.js";
import type { DirectiveMeta } from "./markdown/rules/directive.js";
import type { RefMeta } from "./markdown/rules/crossref.js";
import type { CiteMeta } from "./markdown/rules/citation.js";
import type { BibEntry } from "./bib/references.js";
import { errorAt } from "./markdown/errors.js";
import { metaOf } from "./markdown/env.js";
import { closest } from "../text/closest.js";
import * as msg from "../messages/render.js";
import { ascending } from "../text/ascending.js";

export interface LabelInfo {
  kind: "sec" | "eq" | "tbl" | "fig";
  /** "3.2", "2", ... */
  number: string;
  /** How a reference reads: "Section 3.2", "Eq. (2)", "Table 1", "Figure 2". */
  text: string;
}

export interface Resolved {
  pages: Page[];
  labels: Map<string, LabelInfo>;
  /** Citation key -> reference number. */
  citations: Map<string, number>;
  /** Cited entries in reference-list order. */
  references: BibEntry[];
}

function walk(tokens: Token[], f: (t: Token) => void): void {
  for (const t of tokens) {
    f(t);
    if (t.children) walk(t.children, f);
  }
}

export function resolve(pages: Page[], bib: BibEntry[]): Resolved {
  const labels = new Map<string, LabelInfo>();
  const declare = (label: string | undefined, info: LabelInfo, page: Page, offset: number): void => {
    if (!label) return;
    if (labels.has(label)) throw errorAt(msg.duplicateLabel(label), page.file, page.source, offset, label.length);
    labels.set(label, info);
  };
  let sec = 0;
  let sub = 0;
  let eq = 0;
  let tbl = 0;
  let fig = 0;
  for (const page of pages) {
    const numbered = page.data.numbered !== false && page.data.role !== "abstract";
    for (const t of page.tokens) {
      if (t.type === "heading_open" && numbered && (t.tag === "h1" || t.tag === "h2")) {
        const number = t.tag === "h1" ? String(++sec) : `${sec}.${++sub}`;
        if (t.tag === "h1") sub = 0;
        t.meta = { ...(t.meta ?? {}), number };
        const lineStart = page.source.split("\n").slice(0, t.map?.[0] ?? 0).reduce((n, l) => n + l.length + 1, 0);
        declare(t.meta.label as string | undefined, { kind: "sec", number, text: `Section ${number}` }, page, lineStart);
      } else if (t.type === "math_block") {
        const m = metaOf<MathBlockMeta>(t);
        const number = String(++eq);
        t.meta = { ...m, number };
        declare(m.label, { kind: "eq", number, text: `Eq. (${number})` }, page, m.labelOffset ?? m.offset);
      } else if (t.type === "directive_open") {
        const m = metaOf<DirectiveMeta>(t);
        const number = String(m.kind === "table" ? ++tbl : ++fig);
        t.meta = { ...m, number };
        declare(m.label, { kind: m.label.startsWith("tbl:") ? "tbl" : "fig", number, text: `${m.kind === "table" ? "Table" : "Figure"} ${number}` }, page, m.offset);
      }
    }
  }
  const byKey = new Map(bib.map((e) => [e.key, e] as const));
  const cited = new Set<string>();
  for (const page of pages)
    walk(page.tokens, (t) => {
      if (t.type === "crossref") {
        const m = metaOf<RefMeta>(t);
        if (!labels.has(m.label)) throw errorAt(msg.unknownLabel(m.label, closest(m.label, labels.keys())), m.file, m.source, m.offset, m.label.length, msg.labelHint());
      } else if (t.type === "citation") {
        const m = metaOf<CiteMeta>(t);
        for (const k of m.keys) {
          if (!byKey.has(k.key)) throw errorAt(msg.unknownCitation(k.key, closest(k.key, byKey.keys())), m.file, m.source, k.offset, k.key.length, msg.citationHint());
          cited.add(k.key);
        }
      }
    });
  const references = [...cited].map((k) => byKey.get(k)!).sort((a, b) => ascending(a.sortKey, b.sortKey));
  const citations = new Map(references.map((e, i) => [e.key, i + 1] as const));
  return { pages, labels, citations, references };
}
