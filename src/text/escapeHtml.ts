import { decodeHTML } from "entities";

/**
 * The one HTML escape of safety-gap, for text and attribute values alike, in
 * the paper, the printed page, the supplement and the SVG of the figures.
 * Every attribute safety-gap writes is double-quoted, so escaping `&`, `<`,
 * `>` and `"` is enough for both (a `'` cannot end a double-quoted
 * attribute). Hand-written rather than `entities`' escapeUTF8: that one also
 * writes `'` as `&#39;`, which would change the bytes of every apostrophe in
 * the paper ("Cohen's d") for no safety gained.
 */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * The text a browser reads from HTML text or a double-quoted attribute value:
 * every character reference decoded once (`&amp;lt;` is `&lt;`), named,
 * decimal and hexadecimal alike (KaTeX writes `&#x27;`), by `entities`, the
 * decoder parse5 uses. The inverse of escapeHtml.
 */
export const unescapeHtml = (s: string): string => decodeHTML(s);

/**
 * JSON inside `<script type="application/json">`: `</script` or `<!--` in a
 * string (e.g. a caption) would end the element early, so `<` is escaped.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
