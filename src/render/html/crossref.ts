/** `@tbl:summary` -> <a href="#tbl:summary">Table 1</a> (labels were checked by resolve). */
import type { Token } from "markdown-it";
import { metaOf } from "../markdown/env.js";
import type { RefMeta } from "../markdown/rules/crossref.js";
import { type RenderEnv } from "./env.js";
import { escapeHtml } from "../../text/escapeHtml.js";

export function crossrefHtml(tokens: Token[], i: number, env: RenderEnv): string {
  const m = metaOf<RefMeta>(tokens[i]!);
  const info = env.resolved.labels.get(m.label)!;
  return `<a class="ref" href="#${escapeHtml(m.label)}">${escapeHtml(info.text)}</a>`;
}
