/**
 * Replaces markdown-it's core "inline" rule with one that records which
 * block token is being parsed, so inline rules can compute file offsets.
 * Behaviour is otherwise identical to markdown-it's own rule.
 */
import type { MarkdownIt } from "../md.js";
import type { StateCore } from "markdown-it";
import type { ParseEnv } from "../env.js";

export function inlineWithLocation(md: MarkdownIt): void {
  md.core.ruler.at("inline", (state: StateCore) => {
    const env = state.env as unknown as ParseEnv;
    let line = 0;
    for (const tok of state.tokens) {
      // A table cell's inline token has no map (its errors were reported at the file's start): its row's, the last map seen, stands in.
      if (tok.map) line = tok.map[0];
      if (tok.type !== "inline") continue;
      env.current = tok;
      env.currentLine = line;
      // Stryker disable next-line LogicalOperator,ArrayDeclaration: every block rule gives its inline token children = [] (and the directive rule too), so the fallback never runs
      state.md.inline.parse(tok.content, state.md, state.env, tok.children ?? (tok.children = []));
    }
    env.current = undefined;
  });
}
