/**
 * Raw HTML in the paper's Markdown is checked against the policy of
 * ../htmlPolicy.ts as it is parsed: markdown-it's own html_inline and
 * html_block rules still decide what is HTML (so the output is unchanged),
 * and each piece they take is checked, the first refused tag or attribute
 * stopping the build at its file:line:column. Images written in Markdown
 * may not be remote either.
 */
import type { MarkdownIt } from "../md.js";
import type { StateBlock, StateCore, StateInline } from "markdown-it";
import { locate, locateIn, withLines, type ParseEnv } from "../env.js";
import { errorAt } from "../errors.js";
import { checkRawHtml, urlProblem } from "../htmlPolicy.js";
import * as msg from "../../../messages/render.js";

type InlineRule = (state: StateInline, silent: boolean) => boolean;
type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

/** markdown-it keeps a rule's function only in its ruler's rule list; wrapping needs the original. */
function ruleFn<T>(ruler: unknown, name: string): T {
  const rule = (ruler as { __rules__: { name: string; fn: T }[] }).__rules__.find((r) => r.name === name);
  if (!rule) throw new Error(`markdown-it has no rule ${name}`);
  return rule.fn;
}

export function rawHtml(md: MarkdownIt): void {
  const inlineHtml = ruleFn<InlineRule>(md.inline.ruler, "html_inline");
  md.inline.ruler.at("html_inline", (state: StateInline, silent: boolean) => {
    const start = state.pos;
    if (!inlineHtml(state, silent)) return false;
    if (silent) return true;
    const env = state.env as unknown as ParseEnv;
    const bad = checkRawHtml(state.tokens[state.tokens.length - 1]!.content);
    if (bad) throw errorAt(bad.message, env.file, env.source, locate(env, start + bad.offset), bad.length, bad.hint);
    return true;
  });
  const blockHtml = ruleFn<BlockRule>(md.block.ruler, "html_block");
  md.block.ruler.at(
    "html_block",
    (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
      if (!blockHtml(state, startLine, endLine, silent)) return false;
      if (silent) return true;
      const env = state.env as unknown as ParseEnv;
      const content = state.tokens[state.tokens.length - 1]!.content;
      const bad = checkRawHtml(content);
      if (bad) throw errorAt(bad.message, env.file, env.source, locateIn(env, startLine, content, bad.offset), bad.length, bad.hint);
      return true;
    },
    { alt: ["paragraph", "reference", "blockquote"] },
  );
  // Images: markdown-it already refuses javascript:, file: and data: (but images) links; remote ones are ours to refuse.
  md.core.ruler.push("remote_images", (state: StateCore) => {
    const env = state.env as unknown as ParseEnv;
    // withLines: a table cell's inline token has no map of its own, and its images are checked too.
    for (const [block, line] of withLines(state.tokens)) {
      if (block.type !== "inline") continue;
      let from = 0;
      for (const tok of block.children ?? []) {
        if (tok.type !== "image") continue;
        const src = String(tok.attrGet("src") ?? "");
        const at = block.content.indexOf("](", from);
        from = at + 2;
        if (urlProblem(src) !== "remote") continue;
        const srcAt = block.content.indexOf(src, Math.max(0, at));
        throw errorAt(msg.remoteImage(src), env.file, env.source, locateIn(env, line, block.content, Math.max(0, srcAt)), src.length, msg.remoteImageHint());
      }
    }
  });
}
