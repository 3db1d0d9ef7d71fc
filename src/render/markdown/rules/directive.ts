/**
 * Floats: a table or a figure, with its caption as the directive's body.
 *
 *     ::: table tbl:summary scale=7B
 *     Method summary at {{ $scale }} scale: ...
 *     :::
 *
 * The table's rows and columns come from report/tables.yaml (id = label
 * without "tbl:"); the figure's SVG from report/figures/<id>.vl.json.
 *
 * Parameters are checked per kind, names and values: a misspelt `wdie=true`
 * or `wide=maybe` is an error, not a silently narrow float, and so is
 * `scale=` on a figure (its scale is set in its spec). A table's scale is checked against the
 * results' scales when it is rendered (html/float.ts).
 */
import type { MarkdownIt } from "../md.js";
import type { StateBlock } from "markdown-it";
import type { ParseEnv } from "../env.js";
import { errorAt } from "../errors.js";
import { closest } from "../../../text/closest.js";
import * as msg from "../../../messages/render.js";

export interface DirectiveMeta {
  kind: "table" | "figure";
  label: string;
  params: Record<string, string>;
  /** Offset in the file of each parameter's value (for errors found later, e.g. an unknown scale). */
  paramOffsets: Record<string, number>;
  offset: number;
  file: string;
  source: string;
}

/** Each kind's parameters and the values they take (a RegExp, or the list of words). */
const PARAMS: Record<DirectiveMeta["kind"], Record<string, RegExp | readonly string[]>> = {
  table: { scale: /^[\w.+-]+$/, wide: ["true", "false"] },
  figure: { spec: /^[\w-]+$/, wide: ["true", "false"] },
};

function checkParams(kind: DirectiveMeta["kind"], params: { name: string; value: string; at: number }[], env: ParseEnv): void {
  const known = PARAMS[kind];
  const seen = new Set<string>();
  for (const p of params) {
    const fail = (message: string, at: number, len: number): never => {
      throw errorAt(message, env.file, env.source, at, len, msg.directiveParamsHint(kind, p.name));
    };
    const allowed = known[p.name];
    if (!allowed) fail(msg.unknownDirectiveParam(kind, p.name, closest(p.name, Object.keys(known))), p.at, p.name.length);
    if (seen.has(p.name)) fail(msg.duplicateDirectiveParam(p.name), p.at, p.name.length);
    seen.add(p.name);
    const valueAt = p.at + p.name.length + 1;
    if (allowed instanceof RegExp ? !allowed.test(p.value) : !allowed!.includes(p.value))
      fail(msg.badDirectiveParam(p.name, p.value, allowed instanceof RegExp ? undefined : allowed!, allowed instanceof RegExp ? undefined : closest(p.value, allowed!)), valueAt, p.value.length);
  }
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
    // Stryker disable next-line EqualityOperator: stopping at line endLine, ":::" there or not, leaves line = endLine, which the next check reports as unclosed either way
    for (; line < endLine; line++) if (state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]).trim() === ":::") break;
    if (line >= endLine) throw errorAt(msg.unclosedDirective(m[1]!), env.file, env.source, begin, first.length, msg.unclosedDirectiveHint(m[1]!));
    // Stryker disable next-line BooleanLiteral: registered without alt, so markdown-it never calls this rule in silent mode
    if (silent) return true;
    const list: { name: string; value: string; at: number }[] = [];
    // The parameters end where the line's trailing blanks start (the last one ends in \S).
    // Stryker disable next-line StringLiteral: group 3 of the directive regex always takes part in a match (possibly empty), so m[3] is never undefined
    const paramsAt = begin + first.trimEnd().length - (m[3] ?? "").length;
    // Stryker disable next-line StringLiteral: group 3 of the directive regex always takes part in a match (possibly empty), so m[3] is never undefined
    for (const p of (m[3] ?? "").matchAll(/(\w+)=(\S+)/g)) list.push({ name: p[1]!, value: p[2]!, at: paramsAt + p.index });
    checkParams(m[1] as DirectiveMeta["kind"], list, env);
    const params: Record<string, string> = Object.fromEntries(list.map((p) => [p.name, p.value]));
    const paramOffsets: Record<string, number> = Object.fromEntries(list.map((p) => [p.name, p.at + p.name.length + 1]));
    const open = state.push("directive_open", "figure", 1);
    open.block = true;
    open.map = [startLine, line + 1];
    open.meta = { kind: m[1] as "table" | "figure", label: m[2]!, params, paramOffsets, offset: begin + first.indexOf(m[2]!), file: env.file, source: env.source } satisfies DirectiveMeta;
    const caption = state.push("inline", "", 0);
    caption.content = state.getLines(startLine + 1, line, state.tShift[startLine]!, false).trim();
    caption.map = [startLine + 1, line];
    caption.children = [];
    state.push("directive_close", "figure", -1).block = true;
    state.line = line + 1;
    return true;
  });
}
