/**
 * Which source file and line asked for something the print page could not
 * load, so the error names `report/paper/02-methods.md:14` or
 * `templates/paper.css:3`, not the page as printed.
 *
 * Render assembles the page from templates/paper.html with its slots filled
 * (each Markdown file of report/paper/ but the abstract inside a
 * `<section data-file="paper/<name>">`), and copies templates/<name>.css as
 * assets/paper/<name>.css. So the reference is first found in the page's
 * file that asked (Chromium says which, and often the line), by resolving
 * every attribute value and CSS url() of that file as the browser does; then
 * the same text is looked up in the source it came from. A reference found
 * nowhere is blamed on the Markdown file whose section holds it, else on the
 * template, without a line.
 *
 * Hand-written scanning: it only points at a place for the message. What may
 * load is decided by the browser and PdfPrinter, never here.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { lineColumnAt, type SourceLocation } from "../errors.js";
import type { BlockedRequest, RequestSource } from "../pdf/PdfPrinter.js";
import { pageUrl } from "../pdf/pageFiles.js";
import { shownPath } from "../text/shownPath.js";
import { textOf } from "../text/textOf.js";

export interface PageSourceDirs {
  reportDir: string;
  templatesDir: string;
  /** Paths in messages are shown relative to this folder. */
  cwd: string;
}

/** A reference in a page file: where it is, as written, and as the browser reads it. */
interface Reference {
  offset: number;
  raw: string;
  url: string;
}

export function requestLocator(page: ReadonlyMap<string, Uint8Array | string>, entry: string, dirs: PageSourceDirs): (blocked: BlockedRequest) => RequestSource | undefined {
  return (blocked) => {
    const file = blocked.from?.file ?? entry;
    const data = page.get(file);
    if (data === undefined) return undefined;
    const text = textOf(data);
    const ref = findReference(text, file, blocked);
    const shown = (p: string): string => shownPath(dirs.cwd, p);
    const cssSource = /^assets\/paper\/([^/]+\.css)$/.exec(file)?.[1];
    if (cssSource !== undefined) {
      // Copied verbatim from templates/: the same offset is the same place.
      const where: SourceLocation = { file: shown(join(dirs.templatesDir, cssSource)) };
      return ref ? { where: { ...where, ...lineColumnAt(text, ref.offset), source: text, length: ref.raw.length }, ref: ref.raw } : { where };
    }
    if (file !== entry) return undefined;
    const section = ref === undefined ? undefined : sectionFile(text, ref.offset);
    const candidates = [
      ...(section ? [join(dirs.reportDir, "paper", section)] : []),
      join(dirs.templatesDir, "paper.html"),
      ...markdownFiles(dirs.reportDir),
      ...["paper.yaml", "tables.yaml", "references.bib"].map((f) => join(dirs.reportDir, f)),
    ];
    if (ref) {
      for (const candidate of candidates) {
        const source = readText(candidate);
        const at = source?.indexOf(ref.raw) ?? -1;
        if (source !== undefined && at >= 0) return { where: { file: shown(candidate), ...lineColumnAt(source, at), source, length: ref.raw.length }, ref: ref.raw };
      }
    }
    return { where: { file: shown(candidates[0]!) }, ...(ref ? { ref: ref.raw } : {}) };
  };
}

/** The reference in `text` (the page file `file`) that the browser turned into the blocked URL; on the line Chromium named when several do. */
function findReference(text: string, file: string, blocked: BlockedRequest): Reference | undefined {
  const base = pageUrl(file);
  const target = withoutFragment(blocked.url);
  let refs = references(text, base).filter((r) => withoutFragment(r.url) === target);
  if (refs.length === 0 && blocked.kind === "navigation") {
    // A refresh of the page itself names no URL: point at the refresh.
    const m = /http-equiv\s*=\s*["']?refresh["']?/i.exec(text);
    if (m) refs = [{ offset: m.index, raw: m[0], url: blocked.url }];
  }
  const line = blocked.from?.line;
  return refs.find((r) => line !== undefined && lineColumnAt(text, r.offset).line === line) ?? refs[0];
}

const withoutFragment = (url: string): string => url.replace(/#.*$/, "");

/** Every attribute value and CSS url()/@import in a page file, resolved against its URL. */
function references(text: string, base: string): Reference[] {
  const found: Reference[] = [];
  const add = (offset: number, raw: string, value: string): void => {
    const trimmed = value.trim();
    if (trimmed === "" || !URL.canParse(trimmed, base)) return;
    found.push({ offset, raw, url: new URL(trimmed, base).href });
  };
  // Attribute values: the whole value, each candidate of a srcset, and a refresh's url=.
  for (const m of text.matchAll(/[\s"'][^\s"'<>/=]+\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? "";
    const offset = m.index + m[0].length - raw.length - (m[3] === undefined ? 1 : 0);
    const value = decodeEntities(raw);
    add(offset, raw, value);
    for (const part of value.split(",")) add(offset, raw, part.trim().split(/\s+/)[0] ?? "");
    const refresh = /^\s*\d*\s*[;,]\s*url\s*=\s*['"]?([^'"]*)/i.exec(value);
    if (refresh) add(offset, raw, refresh[1]!);
  }
  // CSS, in a stylesheet or in the page's <style> and style attributes.
  for (const m of text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/gi)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? "";
    add(m.index + m[0].indexOf(raw), raw, raw);
  }
  return found;
}

function decodeEntities(s: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return String.fromCodePoint(Number(dec) % 0x110000);
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16) % 0x110000);
    return named[name!.toLowerCase()] ?? whole;
  });
}

/** The Markdown file (`<name>.md`) whose section of the page holds `offset`: the last one opened before it. */
function sectionFile(text: string, offset: number): string | undefined {
  let name: string | undefined;
  for (const m of text.slice(0, offset).matchAll(/<section class="page-part" data-file="paper\/([^"/]+)">/g)) name = m[1];
  return name;
}

function markdownFiles(reportDir: string): string[] {
  try {
    return readdirSync(join(reportDir, "paper"))
      .filter((f) => f.endsWith(".md"))
      .sort()
      .map((f) => join(reportDir, "paper", f));
  } catch {
    return [];
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
