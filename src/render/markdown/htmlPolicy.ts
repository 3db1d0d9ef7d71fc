/**
 * What raw HTML the paper's Markdown may hold (docs/writing.md, "Raw HTML"):
 * an allowlist of formatting elements with a few plain attributes. Anything
 * else is refused, because the page is printed by a browser on the machine
 * that builds it (CI builds pull requests from strangers): no script, no
 * event handler, no `javascript:` URL, no frame, object, embed, base or
 * meta element, no style (CSS can load URLs), no URL that leaves the page.
 *
 * The HTML is read by parse5's tokenizer, the WHATWG tokenizer a browser
 * runs, so a tag is seen as the browser will see it (entities in attribute
 * values decoded, `<ScRiPt>` lower-cased, odd quoting resolved) and each
 * finding has its exact offset. Tokens, not a tree: the tree builder drops
 * tags such as a second `<body onload=...>` whose attributes a browser would
 * still merge into the page.
 */
import { Tokenizer, Token, type TokenHandler } from "parse5";
import * as msg from "../../messages/render.js";

/** Elements for inline and block formatting; headings, floats and figures have their Markdown forms. */
export const ALLOWED_ELEMENTS: readonly string[] = [
  "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small",
  "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
  "blockquote", "dd", "details", "div", "dl", "dt", "hr", "li", "ol", "p", "pre", "summary", "ul",
  "caption", "col", "colgroup", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
];

/** Attributes any allowed element may have. */
const GLOBAL_ATTRIBUTES: readonly string[] = ["title", "lang", "dir"];

/** Further attributes, per element. */
const ELEMENT_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ["href"],
  col: ["span"],
  colgroup: ["span"],
  details: ["open"],
  li: ["value"],
  ol: ["start", "reversed", "type"],
  td: ["colspan", "rowspan", "headers"],
  th: ["colspan", "rowspan", "headers", "scope", "abbr"],
  time: ["datetime"],
};

/** Elements refused with their own reason (they load, run or redirect something). */
const DANGEROUS_ELEMENTS = new Set(["script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link", "style", "img", "picture", "source", "video", "audio", "track", "svg", "math", "form", "input", "button", "textarea", "select", "portal", "template", "noscript"]);

export interface HtmlViolation {
  /** Offset in the checked text where the offending tag or attribute starts. */
  offset: number;
  length: number;
  message: string;
  hint: string;
}

/**
 * Where a link may point: a fragment (`#sec-2`) or a relative path with no
 * scheme. Browsers ignore tabs and newlines inside a URL and blanks around
 * it (`java\tscript:`), so they are removed before looking.
 */
export function urlProblem(url: string): "remote" | "scheme" | undefined {
  // eslint-disable-next-line no-control-regex -- browsers drop controls and blanks in URLs; so must the check
  const u = url.replace(/[\u0000-\u0020]/g, "");
  if (u.startsWith("//") || u.startsWith("\\\\") || u.startsWith("/\\") || u.startsWith("\\/")) return "remote";
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u);
  if (!scheme) return undefined;
  return ["http", "https", "ftp", "ws", "wss"].includes(scheme[1]!.toLowerCase()) ? "remote" : "scheme";
}

/** The first thing in `html` the policy refuses, or undefined. */
export function checkRawHtml(html: string): HtmlViolation | undefined {
  let found: HtmlViolation | undefined;
  const onTag = (token: Token.TagToken, closing: boolean): void => {
    if (found) return;
    const name = token.tagName;
    // The tokenizer below is made with sourceCodeLocationInfo, so every token has a location.
    const { startOffset: at, endOffset } = token.location!;
    const tagLength = endOffset - at;
    if (!ALLOWED_ELEMENTS.includes(name)) {
      found = { offset: at, length: tagLength, message: DANGEROUS_ELEMENTS.has(name) ? msg.rawHtmlDangerousElement(name) : msg.rawHtmlElement(name), hint: msg.rawHtmlElementHint(name, ALLOWED_ELEMENTS) };
      return;
    }
    if (closing) return;
    for (const attr of token.attrs) {
      const loc = token.location?.attrs?.[attr.name];
      const where = { offset: loc?.startOffset ?? at, length: loc ? loc.endOffset - loc.startOffset : tagLength };
      const allowed = [...GLOBAL_ATTRIBUTES, ...(ELEMENT_ATTRIBUTES[name] ?? [])];
      if (!allowed.includes(attr.name)) {
        const message = attr.name.startsWith("on") ? msg.rawHtmlEventHandler(name, attr.name) : attr.name === "style" ? msg.rawHtmlStyle(name) : msg.rawHtmlAttribute(name, attr.name);
        found = { ...where, message, hint: msg.rawHtmlAttributeHint(name, allowed) };
        return;
      }
      if (attr.name === "href") {
        const problem = urlProblem(attr.value);
        if (problem) found = { ...where, message: msg.rawHtmlUrl(name, attr.value, problem), hint: msg.rawHtmlUrlHint() };
        if (found) return;
      }
    }
  };
  const ignore = (): void => {};
  const handler: TokenHandler = {
    onStartTag: (t) => onTag(t, false),
    onEndTag: (t) => onTag(t, true),
    onDoctype: (t) => {
      if (found) return;
      const { startOffset, endOffset } = t.location!;
      // Stryker disable next-line StringLiteral: rawHtmlElementHint reads the name only to tell img, svg and picture (a figure's elements) from the rest
      found = { offset: startOffset, length: endOffset - startOffset, message: msg.rawHtmlDoctype(), hint: msg.rawHtmlElementHint("!DOCTYPE", ALLOWED_ELEMENTS) };
    },
    onComment: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  };
  new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(html, true);
  return found;
}
