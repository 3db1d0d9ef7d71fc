/**
 * Inline math `$...$` (Pandoc's rule: no space after the opening or before
 * the closing dollar, so "$5 and $6" stays text). Rendered later by tex.ts,
 * which reports TeX errors at their file position.
 */
import type { MarkdownIt } from "../md.js";
import type { StateInline } from "markdown-it";
import { locate, type ParseEnv } from "../env.js";

export interface MathMeta {
  offset: number;
  file: string;
  source: string;
}

export function mathInline(md: MarkdownIt): void {
  md.inline.ruler.after("escape", "math_inline", (state: StateInline, silent: boolean) => {
    const src = state.src;
    if (src.charCodeAt(state.pos) !== 0x24 /* $ */ || src.charCodeAt(state.pos + 1) === 0x24) return false;
    if (/\s/.test(src[state.pos + 1] ?? " ")) return false;
    // The closing $ is the first unescaped one outside {{ }} (placeholders may contain $scale).
    let end = state.pos + 1;
    for (;;) {
      const dollar = src.indexOf("$", end);
      const open = src.indexOf("{{", end);
      if (open >= 0 && open < dollar) {
        const close = src.indexOf("}}", open + 2);
        if (close < 0) return false;
        end = close + 2;
        continue;
      }
      end = dollar;
      if (end < 0) return false;
      if (src[end - 1] !== "\\") break;
      end++;
    }
    if (/\s/.test(src[end - 1]!)) return false;
    if (!silent) {
      const env = state.env as unknown as ParseEnv;
      const tok = state.push("math_inline", "math", 0);
      tok.content = src.slice(state.pos + 1, end);
      tok.meta = { offset: locate(env, state.pos + 1), file: env.file, source: env.source } satisfies MathMeta;
    }
    state.pos = end + 1;
    return true;
  });
}
