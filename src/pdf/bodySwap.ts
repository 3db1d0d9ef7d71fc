/**
 * When PdfPrinter may print a page by putting its body into the tab kept
 * from the last print, instead of loading the whole page again: the PDF must
 * be the one a fresh tab prints, byte for byte. So the swap is allowed only
 * when all of this holds:
 * - every file but the page itself is the same, byte for byte, and so is the
 *   page outside its body (head, stylesheets, the body's own tag): the styles
 *   and fonts the tab loaded are those the page asks for;
 * - the new body loads nothing (no image, frame, object, stylesheet, link,
 *   `url(...)`, `background=` or `href` to another file) and holds no tag
 *   that parses differently inside a body than in a whole document (html,
 *   head, body, frameset, noscript, script, meta, base): what the tab then
 *   shows is exactly what the parser makes of the whole page. Fonts are the
 *   one thing it may load, and the print waits for them.
 * Anything else gets a fresh tab. Being conservative costs only time.
 */
/** The page's text split at its body. */
export interface SplitPage {
  /** Everything up to and with the body's opening tag. */
  before: string;
  /** The body's content, as innerHTML takes it. */
  body: string;
  /** From the body's closing tag on. */
  after: string;
}

const BODY_OPEN = /<body\b[^>]*>/i;
const BODY_CLOSE = /<\/body\s*>/gi;

/** Tags, attributes and CSS that load a file or parse differently as a fragment: a body with any of them is printed in a fresh tab. */
const NOT_SWAPPABLE = new RegExp(
  [
    String.raw`<\/?(?:html|head|body|frameset|frame|noscript|script|meta|base|link|style|img|image|picture|source|video|audio|track|object|embed|iframe|portal|fencedframe|input|use|feimage)\b`,
    String.raw`\burl\s*\(`,
    String.raw`@import\b`,
    String.raw`\bsrcset\s*=`,
    String.raw`\bbackground\s*=`,
    String.raw`\bhref\s*=\s*(?!["']?#)`,
  ].join("|"),
  "i",
);

/** The page split at its body, or undefined when it has no body tags to split at. */
export function splitBody(page: Uint8Array | string | undefined): SplitPage | undefined {
  if (page === undefined) return undefined;
  const text = typeof page === "string" ? page : Buffer.from(page.buffer, page.byteOffset, page.byteLength).toString("utf8");
  const open = BODY_OPEN.exec(text);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  let end = -1;
  for (const m of text.matchAll(BODY_CLOSE)) end = m.index;
  if (end < start) return undefined;
  return { before: text.slice(0, start), body: text.slice(start, end), after: text.slice(end) };
}

/** True when the page `split` (its other files in `files`) may be printed in `kept`'s tab (see above). */
export function swappable(
  kept: { split: SplitPage; files: ReadonlyMap<string, Uint8Array | string>; entry: string },
  files: ReadonlyMap<string, Uint8Array | string>,
  entry: string,
  split: SplitPage,
): boolean {
  if (entry !== kept.entry || split.before !== kept.split.before || split.after !== kept.split.after) return false;
  if (NOT_SWAPPABLE.test(split.body)) return false;
  if (files.size !== kept.files.size) return false;
  for (const [path, data] of files) {
    if (path === entry) continue;
    const old = kept.files.get(path);
    if (old === undefined || !sameBytes(old, data)) return false;
  }
  return true;
}

function sameBytes(a: Uint8Array | string, b: Uint8Array | string): boolean {
  if (a === b) return true;
  const x = typeof a === "string" ? Buffer.from(a) : Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const y = typeof b === "string" ? Buffer.from(b) : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  return x.equals(y);
}
