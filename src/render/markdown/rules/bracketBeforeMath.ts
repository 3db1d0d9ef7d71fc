/**
 * "intervals ($n = 10{,}000$)": moves an opening bracket that ends the text
 * before inline math onto the math token (`meta.bracket`), so the renderer
 * can keep the two on one line. KaTeX's output is a box, and a line may
 * break before a box even right after "(" (the PDF ended a column with
 * "intervals (" and began the next with the formula); neither CSS on the
 * math alone nor a word joiner prevents it. Runs after inline parsing.
 */
import type { MarkdownIt } from "../md.js";
import type { StateCore } from "markdown-it";

const OPENING = /[([{\u2018\u201c]$/;

export function bracketBeforeMath(md: MarkdownIt): void {
  md.core.ruler.push("bracket_before_math", (state: StateCore) => {
    for (const block of state.tokens) {
      const c = block.children;
      // Stryker disable next-line LogicalOperator: markdown-it gives children to inline tokens only (always an array), so "&&" skips the same tokens
      if (block.type !== "inline" || !c) continue;
      for (let i = 0; i + 1 < c.length; i++) {
        const text = c[i]!;
        const math = c[i + 1]!;
        if (text.type !== "text" || math.type !== "math_inline" || !OPENING.test(text.content)) continue;
        const bracket = text.content.slice(-1);
        text.content = text.content.slice(0, -1);
        math.meta = { ...(math.meta ?? {}), bracket };
      }
    }
  });
}
