/** Turns errors found inside a file (template, TeX, labels) into SafetyGapErrors with file:line:column. */
import { lineColumnAt, SafetyGapError } from "../../errors.js";
import type { TemplateError } from "../template/placeholder.js";

/** `offset` is where the placeholder's text starts in `source`. */
export function templateErrorAt(e: TemplateError, file: string, source: string, offset: number): SafetyGapError {
  return errorAt(e.message, file, source, offset + e.pos, e.len, e.hint);
}

export function errorAt(message: string, file: string, source: string, offset: number, length: number, hint?: string): SafetyGapError {
  const { line, column } = lineColumnAt(source, offset);
  return new SafetyGapError(message, { file, line, column, source, length: Math.max(1, length) }, hint);
}
