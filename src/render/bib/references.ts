/**
 * references.bib -> the paper's reference list, by citation-js: its BibTeX
 * parser (accents such as M{\"u}ller, @string macros, `#` concatenation,
 * @comment, "King, Jr., Martin", \url{...}) into CSL-JSON, and citeproc with
 * a CSL style (templates/references.csl, the ACM Reference Format) into HTML.
 *
 * citation-js costs ~0.25 s of CPU to load and parse, and citeproc ~0.25 s
 * to format the paper's 17 entries the first time (~0.1 s after), against
 * the few milliseconds of the rest of the render stage. So the whole list is
 * formatted once per text of references.bib and of the style, kept in memory
 * (watch mode) and in the build's cache (loadBibliography), and citation-js
 * is imported only when neither has it.
 */
import { createHash } from "node:crypto";
import { errorAt } from "../markdown/errors.js";
import * as msg from "../../messages/render.js";
import { scanBibtex } from "./scanBibtex.js";

/** A CSL-JSON name. */
export interface CslName {
  family?: string;
  given?: string;
  suffix?: string;
  literal?: string;
  "non-dropping-particle"?: string;
}

/** The CSL-JSON fields this module reads; citation-js gives many more. */
export interface CslItem {
  id: string;
  type: string;
  title?: string;
  author?: CslName[];
  issued?: { "date-parts"?: (number | string)[][] };
  URL?: string;
  [field: string]: unknown;
}

export interface Reference {
  key: string;
  /** Offset of the key in references.bib. */
  offset: number;
  item: CslItem;
}

interface CitationJs {
  plugins: {
    input: { chain(data: string, options: object): CslItem[] };
    config: { get(name: "@csl"): { styles: { add(name: string, xml: string): void; has(name: string): boolean } } };
  };
  Cite: new (data: CslItem[]) => { format(kind: "bibliography", options: object): [string, string][] };
}

let loading: Promise<CitationJs> | undefined;

/** citation-js with its BibTeX and CSL plugins, loaded once. */
function citationJs(): Promise<CitationJs> {
  loading ??= (async () => {
    // CommonJS: Node gives its exports as `default`; loaders such as tsx (the tests' unprivileged runs) as the namespace itself.
    const module = (await import("@citation-js/core")) as unknown as Partial<CitationJs> & { default?: CitationJs };
    const core = module.plugins ? (module as CitationJs) : module.default!;
    await import("@citation-js/plugin-bibtex");
    await import("@citation-js/plugin-csl");
    return core;
  })();
  return loading;
}

/** An entry of the reference list, ready to print. */
export interface BibEntry {
  key: string;
  /** Offset of the key in references.bib. */
  offset: number;
  /** See sortKey(). */
  sortKey: string;
  /** The formatted reference (no wrapper). */
  html: string;
}

/** Where formatted bibliographies are kept between builds, by a key naming their inputs. */
export interface BibliographyCache {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

let lastLoaded: { key: string; entries: BibEntry[] } | undefined;

/**
 * Every entry of references.bib, formatted with the CSL style, in file
 * order. Errors (from the pre-scan, which always runs, or from citation-js)
 * name the file, line and column, with the fix.
 */
export async function loadBibliography(source: string, file: string, style: string, cache?: BibliographyCache): Promise<BibEntry[]> {
  const { entries: scanned } = scanBibtex(source, file);
  const key = createHash("sha256").update(JSON.stringify([source, style])).digest("hex");
  if (lastLoaded?.key === key) return lastLoaded.entries;
  const stored = cache?.get(key);
  const offsets = new Map(scanned.map((e) => [e.key, e.offset] as const));
  let entries: BibEntry[];
  if (stored !== undefined) {
    // The offsets are this file's (the same text, but the key does not name the file).
    entries = (JSON.parse(stored) as BibEntry[]).map((e) => ({ ...e, offset: offsets.get(e.key) ?? e.offset }));
  } else {
    const references = await parseReferences(source, file);
    const html = await formatReferences(references, style);
    entries = references.map((r) => ({ key: r.key, offset: r.offset, sortKey: sortKey(r), html: html.get(r.key)! }));
    cache?.set(key, JSON.stringify(entries));
  }
  lastLoaded = { key, entries };
  return entries;
}

/** Every entry of references.bib as CSL-JSON, in file order. */
export async function parseReferences(source: string, file: string): Promise<Reference[]> {
  const { text, entries } = scanBibtex(source, file);
  const { plugins } = await citationJs();
  let items: CslItem[];
  try {
    items = plugins.input.chain(text, { forceType: "@biblatex/text", generateGraph: false });
  } catch (e) {
    // citation-js's grammar errors end their first line with "at line L col C:" (1-based, in `text`, whose offsets are the source's).
    const first = (e instanceof Error ? e.message : String(e)).split("\n")[0]!;
    const at = /^(.*?) at line (\d+) col (\d+):?$/.exec(first);
    const offset = at ? offsetOf(source, Number(at[2]), Number(at[3])) : 0;
    throw errorAt(msg.bibSyntax(at ? at[1]! : first), file, source, offset, 1, msg.bibSyntaxHint());
  }
  const byKey = new Map(entries.map((e) => [e.key, e.offset] as const));
  return items.map((item) => ({ key: item.id, offset: byKey.get(item.id) ?? 0, item: tidy(item) }));
}

/** Offset of a 1-based line and column, clamped to the source. */
function offsetOf(source: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = source.indexOf("\n", offset);
    if (nl < 0) return source.length;
    offset = nl + 1;
  }
  return Math.min(source.length, offset + column - 1);
}

/** citation-js reads a url field's \url{...} verbatim and percent-encodes its backslash and braces: the address is inside. */
function tidy(item: CslItem): CslItem {
  const url = /^%5Curl%7B(.*)%7D$/.exec(item.URL ?? "");
  return url ? { ...item, URL: url[1]! } : item;
}

/** A BibTeX author list that ends in "and others": how many names it really has, else undefined. */
function namedBeforeOthers(item: CslItem): number | undefined {
  const last = item.author?.at(-1);
  return last && last.family === "others" && !last.given && !last.literal ? item.author!.length - 1 : undefined;
}

/**
 * Each reference as HTML (no wrapper), by key. The style's et-al limits
 * are set per author count for lists that end in "others", so citeproc
 * itself prints the names it has and then "et al." ("A et al.",
 * "A, B, et al."); all other lists print in full.
 */
export async function formatReferences(references: Reference[], style: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (references.length === 0) return out;
  const { plugins, Cite } = await citationJs();
  const styles = plugins.config.get("@csl").styles;
  const groups = new Map<number, CslItem[]>();
  for (const r of references) {
    const k = namedBeforeOthers(r.item) ?? 0;
    groups.set(k, [...(groups.get(k) ?? []), r.item]);
  }
  for (const [k, items] of groups) {
    const xml = k === 0 ? style : style.replace(/<bibliography([^>]*)>/, (_, attrs: string) => `<bibliography${attrs.replace(/\s+et-al-(min|use-first)="[^"]*"/g, "")} et-al-min="${k + 1}" et-al-use-first="${k}">`);
    // Registered by content, so a changed templates/references.csl (watch mode) is a new style.
    const name = `safety-gap-${createHash("sha256").update(xml).digest("hex").slice(0, 16)}`;
    if (!styles.has(name)) styles.add(name, xml);
    for (const [id, html] of new Cite(items).format("bibliography", { format: "html", template: name, lang: "en-US", asEntryArray: true })) {
      // citeproc marks italics with <i>; the page's other text (Markdown) with <em>.
      out.set(id, html.trim().replace(/^<div[^>]*>/, "").replace(/<\/div>$/, "").replace(/<(\/?)i>/g, "<$1em>"));
    }
  }
  return out;
}

/** Sort key: first author's family name, then year, then title (the paper's alphabetical order). */
export function sortKey(r: Reference): string {
  const first = r.item.author?.[0];
  const family = first ? (first.family ?? first.literal ?? "") : r.key;
  const year = r.item.issued?.["date-parts"]?.[0]?.[0] ?? "";
  return `${family.toLowerCase()}\u0000${year}\u0000${(r.item.title ?? "").toLowerCase()}`;
}
