/** Turns errors found inside a file (template, TeX, labels) into SafetyGapErrors with file:line:column. */
import { lineColumnAt, SafetyGapError } from "../../errors.js";
import type { TemplateError } from "../template/ast.js";
import * as msg from "../../messages/render.js";

/** `offset` is where the placeholder's text starts in `source`. */
export function templateErrorAt(e: TemplateError, file: string, source: string, offset: number): SafetyGapError {
  return errorAt(e.message, file, source, offset + e.pos, e.len, e.hint);
}

export function errorAt(message: string, file: string, source: string, offset: number, length: number, hint?: string): SafetyGapError {
  const { line, column } = lineColumnAt(source, offset);
  return new SafetyGapError(message, { file, line, column, source, length: Math.max(1, length) }, hint);
}

/**
 * A YAML syntax error at its real position. `base` is where the YAML text
 * starts in `source` (front matter starts after its "---" line). The yaml
 * package appends " at line L, column C:" and an excerpt of its own; we show
 * file:line:column and our excerpt instead.
 */
export function yamlErrorAt(e: { message: string; pos: [number, number] }, what: string | undefined, file: string, source: string, base = 0): SafetyGapError {
  const text = e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  return errorAt(msg.yamlSyntax(what, text), file, source, base + e.pos[0], Math.max(1, e.pos[1] - e.pos[0]), msg.yamlSyntaxHint());
}
