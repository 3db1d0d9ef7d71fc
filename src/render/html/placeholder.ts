/** Renders a {{ }} placeholder: numbers in a traceable span, names as plain text. */
import type { Token } from "markdown-it";
import { renderPlaceholder, TemplateError } from "../template/placeholder.js";
import { templateErrorAt } from "../markdown/errors.js";
import { metaOf } from "../markdown/env.js";
import type { PlaceholderMeta } from "../markdown/rules/placeholder.js";
import { numberSpan, type RenderEnv } from "./env.js";
import { escapeHtml } from "../../text/escapeHtml.js";

export function placeholderHtml(tokens: Token[], i: number, env: RenderEnv): string {
  const m = metaOf<PlaceholderMeta>(tokens[i]!);
  try {
    const r = renderPlaceholder(m.placeholder, env.scope);
    if (r.numeric) return numberSpan(env, escapeHtml(r.text), r.keys);
    // Words chosen from the results ("CAI", "negative") are traceable too.
    if (r.keys.length && r.text !== "") return numberSpan(env, escapeHtml(r.text), r.keys, env.where, "derived");
    // A hidden assertion (| hide) still depends on its keys: record them for the usage list.
    for (const key of r.keys) env.usage.push({ key, where: env.where });
    return escapeHtml(r.text);
  } catch (e) {
    if (e instanceof TemplateError) throw templateErrorAt(e, m.file, m.source, m.offset);
    throw e;
  }
}
