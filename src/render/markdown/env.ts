/**
 * State shared by the markdown-it rules while parsing one file. markdown-it
 * hands inline rules only the paragraph's text, so `locate` maps an offset
 * in that text back to an offset in the file (for file:line:column errors).
 */
import type { Token } from "markdown-it";

export interface ParseEnv {
  file: string;
  source: string;
  lines: string[];
  lineStarts: number[];
  /** The block-level inline token whose content is being parsed (set by the inlineWithLocation core rule). */
  current?: Token;
  /** The file's line (0-based) where `current` starts: its own map's, or for a table cell (whose token has no map) its row's. */
  currentLine?: number;
}

export function makeParseEnv(file: string, source: string): ParseEnv {
  const lines = source.split("\n");
  const lineStarts: number[] = [];
  let off = 0;
  for (const l of lines) {
    lineStarts.push(off);
    off += l.length + 1;
  }
  return { file, source, lines, lineStarts };
}

/**
 * Each block-level token with the file's line (0-based) it starts on: its own
 * map's, or for a table cell's inline token, which markdown-it gives no map,
 * its row's (the last map before it).
 */
export function* withLines(tokens: Token[]): Generator<[Token, number]> {
  let line = 0;
  for (const tok of tokens) {
    if (tok.map) line = tok.map[0];
    yield [tok, line];
  }
}

/** Absolute offset in the file of position `pos` of the current inline token's content. */
export function locate(env: ParseEnv, pos: number): number {
  const tok = env.current;
  if (!tok) return 0;
  return locateIn(env, tok.map?.[0] ?? env.currentLine ?? 0, tok.content, pos);
}

/** Absolute offset in the file of position `pos` of `content`, a block's text whose first line is the file's line `firstLine` (0-based). */
export function locateIn(env: ParseEnv, firstLine: number, content: string, pos: number): number {
  const before = content.slice(0, pos);
  const k = before.split("\n").length - 1;
  const lineStartInContent = before.lastIndexOf("\n") + 1;
  const inlineLine = content.slice(lineStartInContent).split("\n")[0] ?? "";
  const lineIdx = firstLine + k;
  const srcLine = env.lines[lineIdx] ?? "";
  // Block parsing strips indentation and list/heading markers: find where the text really starts.
  const idx = Math.max(0, srcLine.indexOf(inlineLine));
  return (env.lineStarts[lineIdx] ?? 0) + idx + (pos - lineStartInContent);
}

/** The typed meta a rule stored on its token (markdown-it types meta loosely). */
export const metaOf = <T>(t: Token): T => t.meta as unknown as T;
