/**
 * Replaces markdown-it's core "inline" rule with one that records which
 * block token is being parsed, so inline rules can compute file offsets.
 * Behaviour is otherwise identical to markdown-it's own rule.
 */
import type { MarkdownIt } from "../md.js";
import type { StateCore } from "markdown-it";
import { withLines, type ParseEnv } from "../env.js";

export function inlineWithLocation(md: MarkdownIt): void {
  md.core.ruler.at("inline", (state: StateCore) => {
    const env = state.env as unknown as ParseEnv;
    for (const [tok, line] of withLines(state.tokens)) {
      if (tok.type !== "inline") continue;
      env.current = tok;
      env.currentLine = line;
      // Stryker disable next-line LogicalOperator,ArrayDeclaration: every block rule gives its inline token children = [] (and the directive rule too), so the fallback never runs
      state.md.inline.parse(tok.content, state.md, state.env, tok.children ?? (tok.children = []));
    }
    env.current = undefined;
  });
}
