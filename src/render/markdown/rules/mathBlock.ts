/**
 * Display math: `$$ ... $$` on its own lines, optionally followed by a label
 * `{#eq:name}` which numbers the equation (KaTeX has no \label/\eqref).
 *
 * Strict, because each leniency here lost something silently: an unclosed
 * `$$` became a paragraph of raw TeX; text after the closing `$$`
 * (including a malformed label such as `{#eq:a b}`) was dropped; `{#eq:}`
 * declared an empty label and `{#fig:x}` an equation that `@fig:x` printed
 * as "Eq. (5)". So the rest of the closing line is nothing or one label
 * `{#eq:name}` (name: letters, digits, `-`, `_`, as `@eq:name` reads it).
 */
import type { MarkdownIt } from "../md.js";
import type { StateBlock } from "markdown-it";
import type { ParseEnv } from "../env.js";
import { errorAt } from "../errors.js";
import type { MathMeta } from "./mathInline.js";
import * as msg from "../../../messages/render.js";

export interface MathBlockMeta extends MathMeta {
  label?: string;
  labelOffset?: number;
}

/** A label as a cross-reference `@eq:name` can name it (see crossref.ts). */
const EQ_LABEL = /^eq:[\w-]*\w$/;

export function mathBlock(md: MarkdownIt): void {
  md.block.ruler.before("fence", "math_block", (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
    const begin = state.bMarks[startLine]! + state.tShift[startLine]!;
    if (!state.src.startsWith("$$", begin)) return false;
    // Stryker disable next-line BooleanLiteral: registered without alt, so markdown-it never calls this rule in silent mode
    if (silent) return true;
    const env = state.env as unknown as ParseEnv;
    let line = startLine;
    let close = -1;
    const from = begin + 2;
    for (; line < endLine; line++) {
      const lineEnd = state.eMarks[line]!;
      const searchFrom = line === startLine ? from : state.bMarks[line]! + state.tShift[line]!;
      const i = state.src.indexOf("$$", searchFrom);
      // Stryker disable next-line EqualityOperator: i is searched from begin + 2 >= 2 (never 0), and src[lineEnd] is the line's newline or the end, never a "$$"
      if (i >= 0 && i < lineEnd) {
        close = i;
        break;
      }
    }
    // Stryker disable next-line EqualityOperator: close is a "$$" found from begin + 2 >= 2, never 0
    if (close < 0) throw errorAt(msg.unclosedDisplayMath(), env.file, env.source, begin, 2, msg.unclosedDisplayMathHint());
    const restStart = close + 2;
    const rest = state.src.slice(restStart, state.eMarks[line]!);
    const tok = state.push("math_block", "math", 0);
    tok.block = true;
    tok.content = state.src.slice(from, close);
    tok.map = [startLine, line + 1];
    const meta: MathBlockMeta = { offset: from, file: env.file, source: env.source };
    if (rest.trim() !== "") {
      const restAt = restStart + rest.search(/\S/);
      const m = /^\s*\{#([^}]*)\}\s*$/.exec(rest);
      if (!m) throw errorAt(msg.textAfterDisplayMath(), env.file, env.source, restAt, rest.trim().length, msg.equationLabelHint());
      const label = m[1]!;
      const labelOffset = restStart + rest.indexOf("{#") + 2;
      if (!EQ_LABEL.test(label)) throw errorAt(msg.badEquationLabel(label), env.file, env.source, labelOffset, Math.max(1, label.length), msg.equationLabelHint());
      meta.label = label;
      meta.labelOffset = labelOffset;
    }
    tok.meta = { ...meta };
    state.line = line + 1;
    return true;
  });
}
