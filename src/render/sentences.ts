/**
 * The reviewers' diff wants every sentence that contains a number, with the
 * keys behind it. We walk the rendered HTML of one block, drop the tags but
 * leave a marker where a data-key span starts, split into sentences, and keep
 * those with a marker.
 */
import { unescapeHtml } from "../text/escapeHtml.js";

export interface Sentence {
  id: string;
  where: string;
  text: string;
  keys: string[];
}

export function sentencesOf(html: string): { text: string; keys: string[] }[] {
  const keyLists: string[][] = [];
  let text = "";
  // KaTeX renders with output "html" (no hidden MathML copy), so its glyph text reads as the formula.
  for (const part of html.split(/(<[^>]*>)/)) {
    if (part.startsWith("<")) {
      const m = /\sdata-key="([^"]*)"/.exec(part);
      if (m) {
        keyLists.push(unescapeHtml(m[1]!).split(" ").filter(Boolean));
        text += `\uE000${keyLists.length - 1}\uE001`;
      }
    } else text += unescapeHtml(part);
  }
  const out: { text: string; keys: string[] }[] = [];
  for (const raw of text.replace(/\s+/g, " ").trim().split(/(?<=[.!?])\s+(?=[A-Z\u201c])/)) {
    const keys: string[] = [];
    const clean = raw.replace(/\uE000(\d+)\uE001/g, (_, i: string) => {
      keys.push(...keyLists[Number(i)]!);
      return "";
    });
    if (keys.length) out.push({ text: clean.trim(), keys: [...new Set(keys)] });
  }
  return out;
}

export function sentenceId(where: string, index: number): string {
  return `${where.toLowerCase().replace(/[^a-z0-9.]+/g, "-")}.${index + 1}`;
}
