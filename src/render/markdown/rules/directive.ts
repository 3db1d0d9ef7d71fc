/**
 * Floats: a table or a figure, with its caption as the directive's body.
 *
 *     ::: table tbl:summary scale=7B
 *     Method summary at {{ $scale }} scale: ...
 *     :::
 *
 * The table's rows and columns come from report/tables.yaml (id = label
 * without "tbl:"); the figure's SVG from report/figures/<id>.vl.json.
 */
import type { MarkdownIt } from "../md.js";
import type { StateBlock } from "markdown-it";
import type { ParseEnv } from "../env.js";
import { errorAt } from "../errors.js";
import * as msg from "../../../messages/render.js";

export interface DirectiveMeta {
  kind: "table" | "figure";
  label: string;
  params: Record<string, string>;
  offset: number;
  file: string;
  source: string;
}

export function directive(md: MarkdownIt): void {
  md.block.ruler.before("fence", "directive", (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
    const begin = state.bMarks[startLine]! + state.tShift[startLine]!;
    const first = state.src.slice(begin, state.eMarks[startLine]);
    if (!first.startsWith(":::")) return false;
    const env = state.env as unknown as ParseEnv;
    const m = /^:::\s*(table|figure)\s+((?:tbl|fig):[\w-]+)((?:\s+\w+=\S+)*)\s*$/.exec(first);
    if (!m) throw errorAt(msg.badDirective(first), env.file, env.source, begin, first.length);
    if ((m[1] === "table") !== m[2]!.startsWith("tbl:")) throw errorAt(msg.badDirective(first), env.file, env.source, begin, first.length);
    let line = startLine + 1;
    for (; line < endLine; line++) if (state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]).trim() === ":::") break;
    if (line >= endLine) throw errorAt(msg.unclosedDirective(m[1]!), env.file, env.source, begin, first.length);
    if (silent) return true;
    const params: Record<string, string> = {};
    for (const p of (m[3] ?? "").trim().split(/\s+/).filter(Boolean)) {
      const [k, v] = p.split("=");
      params[k!] = v!;
    }
    const open = state.push("directive_open", "figure", 1);
    open.block = true;
    open.map = [startLine, line + 1];
    open.meta = { kind: m[1] as "table" | "figure", label: m[2]!, params, offset: begin + first.indexOf(m[2]!), file: env.file, source: env.source } satisfies DirectiveMeta;
    const caption = state.push("inline", "", 0);
    caption.content = state.getLines(startLine + 1, line, state.tShift[startLine]!, false).trim();
    caption.map = [startLine + 1, line];
    caption.children = [];
    state.push("directive_close", "figure", -1).block = true;
    state.line = line + 1;
    return true;
  });
}
