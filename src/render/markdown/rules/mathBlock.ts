/**
 * Display math: `$$ ... $$` on its own lines, optionally followed by a label
 * `{#eq:name}` which numbers the equation (KaTeX has no \label/\eqref).
 */
import type { MarkdownIt } from "../md.js";
import type { StateBlock } from "markdown-it";
import type { ParseEnv } from "../env.js";
import type { MathMeta } from "./mathInline.js";

export interface MathBlockMeta extends MathMeta {
  label?: string;
  labelOffset?: number;
}

export function mathBlock(md: MarkdownIt): void {
  md.block.ruler.before("fence", "math_block", (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
    const begin = state.bMarks[startLine]! + state.tShift[startLine]!;
    if (!state.src.startsWith("$$", begin)) return false;
    if (silent) return true;
    let line = startLine;
    let close = -1;
    const from = begin + 2;
    for (; line < endLine; line++) {
      const lineEnd = state.eMarks[line]!;
      const searchFrom = line === startLine ? from : state.bMarks[line]! + state.tShift[line]!;
      const i = state.src.indexOf("$$", searchFrom);
      if (i >= 0 && i < lineEnd) {
        close = i;
        break;
      }
    }
    if (close < 0) return false;
    const env = state.env as unknown as ParseEnv;
    const rest = state.src.slice(close + 2, state.eMarks[line]!);
    const m = /^\s*\{#([\w:-]+)\}\s*$/.exec(rest);
    const tok = state.push("math_block", "math", 0);
    tok.block = true;
    tok.content = state.src.slice(from, close);
    tok.map = [startLine, line + 1];
    const meta: MathBlockMeta = { offset: from, file: env.file, source: env.source };
    if (m) {
      meta.label = m[1];
      meta.labelOffset = close + 2 + rest.indexOf("{#") + 2;
    }
    tok.meta = { ...meta };
    state.line = line + 1;
    return true;
  });
}
