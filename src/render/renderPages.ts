/**
 * Third stage: resolved pages -> HTML. markdown-it's Renderer.render loop,
 * with our rules dispatched by token type, floats assembled from their
 * directive tokens, and every inline block's numeric sentences collected.
 */
import type { Token } from "markdown-it";
import { markdown } from "./markdown/md.js";
import { metaOf } from "./markdown/env.js";
import type { DirectiveMeta } from "./markdown/rules/directive.js";
import type { Page } from "./markdown/parse.js";
import type { RenderEnv } from "./html/env.js";
import { placeholderHtml } from "./html/placeholder.js";
import { mathBlockHtml, mathInlineHtml } from "./html/math.js";
import { crossrefHtml } from "./html/crossref.js";
import { citationHtml } from "./html/citation.js";
import { headingCloseHtml, headingOpenHtml } from "./html/heading.js";
import { floatHtml } from "./html/float.js";
import { withVars } from "./template/scope.js";
import { sentenceId, sentencesOf, type Sentence } from "./sentences.js";

type Rule = (tokens: Token[], i: number, env: RenderEnv) => string;

/** Our token types; everything else goes to markdown-it's default rules. */
const inlineRules: Record<string, Rule> = {
  placeholder: placeholderHtml,
  math_inline: mathInlineHtml,
  crossref: crossrefHtml,
  citation: citationHtml,
};
const blockRules: Record<string, Rule> = {
  math_block: mathBlockHtml,
  heading_open: headingOpenHtml,
  heading_close: headingCloseHtml,
};

export function renderInline(children: Token[], env: RenderEnv): string {
  const md = markdown();
  let out = "";
  for (let i = 0; i < children.length; i++) {
    const rule = inlineRules[children[i]!.type];
    if (rule) out += rule(children, i, env);
    else {
      const std = md.renderer.rules[children[i]!.type];
      out += std ? std(children, i, md.options, env as unknown as Record<string, unknown>, md.renderer) : md.renderer.renderToken(children, i, md.options);
    }
  }
  return out;
}

export interface RenderedPage {
  html: string;
  sentences: Sentence[];
}

export function renderPage(page: Page, env: RenderEnv, sentenceCount: Map<string, number>): RenderedPage {
  const md = markdown();
  const sentences: Sentence[] = [];
  const addSentences = (list: { text: string; keys: string[] }[], where: string): void => {
    for (const s of list) {
      const n = sentenceCount.get(where) ?? 0;
      sentenceCount.set(where, n + 1);
      sentences.push({ id: sentenceId(where, n), where, text: s.text, keys: s.keys });
    }
  };
  const t = page.tokens;
  let html = "";
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (tok.type === "inline") {
      const h = renderInline(tok.children ?? [], env);
      addSentences(sentencesOf(h), env.where);
      html += h;
    } else if (tok.type === "directive_open") {
      const meta = metaOf<DirectiveMeta & { number: string }>(tok);
      const where = `${meta.kind === "table" ? "Table" : "Figure"} ${meta.number}`;
      const saved = env.where;
      env.where = where;
      const caption = renderInline(t[i + 1]!.children ?? [], env);
      const f = floatHtml(meta, caption, env, meta.kind === "figure" ? captionHtmlByScale(t[i + 1]!.children ?? [], env) : undefined);
      env.where = saved;
      addSentences(sentencesOf(caption), where);
      addSentences(f.rows, where);
      html += f.html;
      i += 2; // caption inline + directive_close
    } else {
      const rule = blockRules[tok.type];
      if (rule) html += rule(t, i, env);
      else {
        const std = md.renderer.rules[tok.type];
        html += std ? std(t, i, md.options, env as unknown as Record<string, unknown>, md.renderer) : md.renderer.renderToken(t, i, md.options);
      }
    }
  }
  return { html, sentences };
}

/**
 * A figure's caption rendered once per scale, for the site's scale selector.
 * Rendered on a copy of the environment, so the paper's number spans, usage
 * records and floats are not touched.
 */
function captionHtmlByScale(children: Token[], env: RenderEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const scale of env.scope.lang.sets.scales ?? []) {
    // Stryker disable next-line ArrayDeclaration: scratch's usage and floats are thrown away unread; what matters is only that they are not the paper's arrays
    const scratch: RenderEnv = { ...env, scope: withVars(env.scope, { scale }), usage: [], spans: 0, floats: [] };
    out[scale] = renderInline(children, scratch);
  }
  return out;
}
