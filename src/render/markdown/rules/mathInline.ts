/**
 * Inline math `$...$` (Pandoc's rule: no space after the opening or before
 * the closing dollar, so "5 $ each" stays text). Rendered later by tex.ts,
 * which reports TeX errors at their file position.
 *
 * A `$` that opens math must be closed in the same paragraph: an unclosed
 * "$x + y" is an error, never silently literal text. What still reads as a
 * literal dollar (docs/writing.md, Math):
 *
 *   - `\$` (markdown-it's escape rule takes it before this rule runs);
 *   - a `$` followed by a space or at the end ("5 $ each");
 *   - a `$` followed by a digit with no closing `$` ("costs $5", "$5 and $6");
 *   - a `$` in a code span (`` `$HOME` ``, consumed by the backticks rule) or
 *     inside inline `<code>...</code>`.
 *
 * `$$` inside a paragraph is an error too: display math is a block (its own
 * lines, after a blank line); inline it rendered as "$" + math + "$".
 */
import type { MarkdownIt } from "../md.js";
import type { StateInline } from "markdown-it";
import { locate, type ParseEnv } from "../env.js";
import { errorAt } from "../errors.js";
import * as msg from "../../../messages/render.js";

export interface MathMeta {
  offset: number;
  file: string;
  source: string;
}

/** True when the tokens pushed so far leave an inline `<code>` element open. */
function insideHtmlCode(state: StateInline): boolean {
  for (let i = state.tokens.length - 1; i >= 0; i--) {
    const t = state.tokens[i]!;
    if (t.type !== "html_inline") continue;
    if (/^<\/code\s*>/i.test(t.content)) return false;
    if (/^<code[\s>]/i.test(t.content)) return true;
  }
  return false;
}

/** Offset of the closing `$` of math opened at `open`, or a reason there is none. */
function closing(src: string, open: number): number | "none" | "space" | "placeholder" {
  // The closing $ is the first unescaped one outside {{ }} (placeholders may contain $scale).
  let end = open + 1;
  for (;;) {
    const dollar = src.indexOf("$", end);
    const ph = src.indexOf("{{", end);
    // Stryker disable next-line EqualityOperator: both searches start at open + 1 >= 1, so ph and dollar are never 0, and "{{" and "$" never start at the same offset
    if (ph >= 0 && (dollar < 0 || ph < dollar)) {
      const close = src.indexOf("}}", ph + 2);
      // Stryker disable next-line EqualityOperator: "}}" is searched from ph + 2 >= 3, so close is never 0
      if (close < 0) return "placeholder";
      end = close + 2;
      continue;
    }
    end = dollar;
    // Stryker disable next-line EqualityOperator: end is a "$" searched from open + 1 >= 1, never 0
    if (end < 0) return "none";
    if (src[end - 1] !== "\\") break;
    end++;
  }
  return /\s/.test(src[end - 1]!) ? "space" : end;
}

export function mathInline(md: MarkdownIt): void {
  md.inline.ruler.after("escape", "math_inline", (state: StateInline, silent: boolean) => {
    const src = state.src;
    if (src.charCodeAt(state.pos) !== 0x24 /* $ */) return false;
    if (insideHtmlCode(state)) return false;
    const env = state.env as unknown as ParseEnv;
    if (src.charCodeAt(state.pos + 1) === 0x24) throw errorAt(msg.inlineDisplayMath(), env.file, env.source, locate(env, state.pos), 2, msg.inlineDisplayMathHint());
    const next = src[state.pos + 1] ?? " ";
    if (/\s/.test(next)) return false;
    const end = closing(src, state.pos);
    // An unclosed {{ is the placeholder rule's error, reported there with its own message.
    if (end === "placeholder") return false;
    if (end === "none" || end === "space") {
      if (/\d/.test(next)) return false;
      throw errorAt(msg.unclosedInlineMath(end === "space"), env.file, env.source, locate(env, state.pos), 1, msg.unclosedInlineMathHint());
    }
    if (!silent) {
      const tok = state.push("math_inline", "math", 0);
      tok.content = src.slice(state.pos + 1, end);
      tok.meta = { offset: locate(env, state.pos + 1), file: env.file, source: env.source } satisfies MathMeta;
    }
    state.pos = end + 1;
    return true;
  });
}
