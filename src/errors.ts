/**
 * The one error type users see. Every failure caused by input (a parameter
 * file, a template, a figure spec, a command line) is a SafetyGapError that
 * says where (file, line, column or a field path), what, and how to fix it.
 * Anything else that escapes is a bug in safety-gap and is reported as such
 * by the CLI.
 */
import { boundedMessage, escapeUnsafe } from "./text/shownValue.js";

export interface SourceLocation {
  /** Path of the file, as the user would type it (relative to the cwd when possible). */
  file: string;
  /** 1-based line, when the error has one. */
  line?: number;
  /** 1-based column, when the error has one. */
  column?: number;
  /** A dotted field path inside a structured file, e.g. `tables[2].columns[0].key`. */
  path?: string;
  /** The whole source text, so the message can show the offending line with a caret. */
  source?: string;
  /** Length of the offending token, for the caret underline (default 1). */
  length?: number;
}

export class SafetyGapError extends Error {
  override readonly name = "SafetyGapError";
  constructor(
    message: string,
    readonly where?: SourceLocation,
    /** What to do about it, one sentence. */
    readonly hint?: string,
  ) {
    super(message);
  }

  /**
   * `file:line:column: message`, the offending line with a caret, then the
   * hint. Every part goes through boundedMessage: a long value is cut and a
   * control character or raw binary shown as an escape, whatever message
   * quoted it.
   */
  format(): string {
    const w = this.where;
    let head = "";
    if (w) {
      head = w.file;
      if (w.line !== undefined) head += `:${w.line}`;
      if (w.line !== undefined && w.column !== undefined) head += `:${w.column}`;
      if (w.path) head += ` (${w.path})`;
      head += ": ";
    }
    const lines = [boundedMessage(`${head}${this.message}`)];
    const excerpt = w ? excerptAt(w) : undefined;
    if (excerpt) lines.push(excerpt);
    if (this.hint) lines.push(boundedMessage(`  fix: ${this.hint}`));
    return lines.join("\n");
  }
}

/** Widest excerpt shown; a long Markdown paragraph is cut to a window around the bad token. */
const EXCERPT_WIDTH = 100;

/** The line `where.line` of `where.source`, with a caret under the bad token. */
export function excerptAt(where: SourceLocation): string | undefined {
  if (where.source === undefined || where.line === undefined) return undefined;
  const text = where.source.split(/\r?\n/)[where.line - 1];
  if (text === undefined) return undefined;
  const col = Math.max(1, where.column ?? 1);
  const length = Math.max(1, where.length ?? 1);
  // Keep the token in view: start ~30 characters before it when the line is too long (a line that fits starts at 0).
  const start = Math.max(0, Math.min(col - 1 - 30, text.length - EXCERPT_WIDTH));
  const end = Math.min(text.length, start + EXCERPT_WIDTH);
  // Control characters are shown as escapes; the caret counts the escaped width before the token.
  const shown = `${start > 0 ? "…" : ""}${escapeUnsafe(text.slice(start, end))}${end < text.length ? "…" : ""}`;
  const gutter = `${where.line} | `;
  const caretAt = gutter.length + (start > 0 ? 1 : 0) + escapeUnsafe(text.slice(start, Math.max(start, col - 1))).length;
  const caret = " ".repeat(caretAt) + "^".repeat(Math.min(length, EXCERPT_WIDTH));
  return `  ${gutter}${shown}\n  ${caret}`;
}

/** 1-based line and column of a character offset in `source`. */
export function lineColumnAt(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

export const isSafetyGapError = (e: unknown): e is SafetyGapError => e instanceof SafetyGapError;
