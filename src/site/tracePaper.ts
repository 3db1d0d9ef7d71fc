/**
 * Makes every number of the paper HTML traceable: each
 * `<span class="num" data-key="K">…</span>` is wrapped in a link to its row
 * in the supplement (so a click works without JavaScript, and the link is
 * keyboard-focusable) that is described by the key's popup
 * (aria-describedby). The span itself is kept byte for byte, so the paper's
 * own CSS still applies.
 *
 * A small scanner rather than an HTML parser: the paper's HTML is generated
 * by src/render, and the only construct we touch is its number span, whose
 * closing tag is found by counting nested spans.
 */
import { unescapeHtml } from "../text/escapeHtml.js";

export interface TracedPaper {
  html: string;
  /** Distinct data-key values in order of first use, each split into its keys. */
  numbers: { dataKey: string; keys: string[] }[];
}

const OPEN = /<span\b[^>]*\bclass="(?:[^"]*\s)?num(?:\s[^"]*)?"[^>]*>/g;

/**
 * `linkFor` gets the span's keys (src/render writes several, space-separated,
 * for a number computed from several) and its data-key as written.
 */
export function tracePaper(html: string, linkFor: (keys: string[], dataKey: string) => { href: string; describedBy: string }): TracedPaper {
  const numbers: TracedPaper["numbers"] = [];
  const seen = new Set<string>();
  let out = "";
  let pos = 0;
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(html); m !== null; m = OPEN.exec(html)) {
    const keyMatch = /\bdata-key="([^"]*)"/.exec(m[0]);
    if (!keyMatch) continue;
    const dataKey = unescapeHtml(keyMatch[1]!);
    // Stryker disable next-line Regex: splitting at each space instead of each run only adds empty pieces, which the filter drops
    const keys = dataKey.split(/\s+/).filter((k) => k !== "");
    const end = closingSpanEnd(html, m.index + m[0].length);
    // Stryker disable next-line EqualityOperator: end is never 0 (it lies after the opening tag), so < 0 and <= 0 agree
    if (end < 0) continue;
    if (!seen.has(dataKey)) {
      seen.add(dataKey);
      numbers.push({ dataKey, keys });
    }
    const { href, describedBy } = linkFor(keys, dataKey);
    out += html.slice(pos, m.index);
    out += `<a class="num-link" href="${href}" aria-describedby="${describedBy}">${html.slice(m.index, end)}</a>`;
    pos = end;
    OPEN.lastIndex = end;
  }
  out += html.slice(pos);
  return { html: out, numbers };
}

/** Index just after the `</span>` that closes a span whose content starts at `from`. */
function closingSpanEnd(html: string, from: number): number {
  const re = /<span\b[^>]*>|<\/span\s*>/g;
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(html); m !== null; m = re.exec(html)) {
    depth += m[0].startsWith("</") ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

