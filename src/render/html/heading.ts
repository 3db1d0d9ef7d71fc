/**
 * Section headings: markdown "#" is a section (rendered <h2>, "1 INTRODUCTION"
 * via CSS caps), "##" a subsection (<h3>, "1.1 Related Work"). The page
 * title is the only <h1>.
 */
import type { Token } from "markdown-it";
import { type RenderEnv } from "./env.js";
import { escapeHtml } from "../../text/escapeHtml.js";

export function headingOpenHtml(tokens: Token[], i: number, env: RenderEnv): string {
  const t = tokens[i]!;
  const level = Math.min(6, Number(t.tag.slice(1)) + 1);
  const meta = (t.meta ?? {}) as { label?: string; number?: string };
  if (meta.number) env.where = `Section ${meta.number}`;
  const id = meta.label ? ` id="${escapeHtml(meta.label)}"` : "";
  const no = meta.number ? `<span class="secno">${meta.number}</span> ` : "";
  return `<h${level}${id}>${no}`;
}

export function headingCloseHtml(tokens: Token[], i: number): string {
  const level = Math.min(6, Number(tokens[i]!.tag.slice(1)) + 1);
  return `</h${level}>\n`;
}
