/**
 * Inline and display math through KaTeX (errors stop the build). Display
 * equations carry their number "(2)" in a right-aligned span; math that
 * contains placeholders becomes a traceable span too.
 */
import type { Token } from "markdown-it";
import { metaOf } from "../markdown/env.js";
import type { MathBlockMeta } from "../markdown/rules/mathBlock.js";
import { renderTex } from "../tex.js";
import { numberSpan, type RenderEnv } from "./env.js";
import { escapeHtml } from "../../text/escapeHtml.js";

export function mathInlineHtml(tokens: Token[], i: number, env: RenderEnv): string {
  const t = tokens[i]!;
  const m = metaOf<MathBlockMeta & { bracket?: string }>(t);
  const r = renderTex({ tex: t.content, offset: m.offset, file: m.file, source: m.source }, false, env.scope);
  const html = r.keys.length ? numberSpan(env, r.html, r.keys) : r.html;
  // The bracket before the math (markdown/rules/bracketBeforeMath.ts) stays on its line: see .math-bracket in paper.css.
  return m.bracket !== undefined ? `<span class="math-bracket">${escapeHtml(m.bracket)}${html}</span>` : html;
}

export function mathBlockHtml(tokens: Token[], i: number, env: RenderEnv): string {
  const t = tokens[i]!;
  const m = metaOf<MathBlockMeta & { number: string }>(t);
  const r = renderTex({ tex: t.content, offset: m.offset, file: m.file, source: m.source }, true, env.scope);
  const body = r.keys.length ? numberSpan(env, r.html, r.keys) : r.html;
  const id = m.label ? ` id="${escapeHtml(m.label)}"` : "";
  return `<div class="equation"${id}>${body}<span class="eqno">(${m.number})</span></div>\n`;
}
