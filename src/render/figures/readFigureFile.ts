/**
 * Reads a figure spec or the figures' theme as strict UTF-8 text. Node's
 * `readFileSync(file, "utf8")` turns invalid bytes into U+FFFD without a
 * word and throws bare EISDIR/EACCES errors; here both are SafetyGapErrors
 * naming the file (and, for a bad byte, its line and column). A leading
 * byte-order mark is dropped, as editors on Windows write one.
 */
import { readFileSync } from "node:fs";
import * as msg from "../../messages/figures.js";
import { SafetyGapError, lineColumnAt } from "../../errors.js";

/**
 * `what` names the file in messages ("figure spec \"fig2\"", "the figure
 * theme"); `shown` is its path as the user types it. `keepBom` leaves a
 * byte-order mark in the text, for a reader that must refuse it.
 */
export function readFigureFile(file: string, shown: string, what: string, keepBom = false): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EISDIR") throw new SafetyGapError(msg.figureFileIsFolder(what), { file: shown }, msg.figureFileIsFolderHint(what));
    throw new SafetyGapError(msg.figureFileUnreadable(what, code ?? (e as Error).message), { file: shown }, msg.figureFileUnreadableHint());
  }
  try {
    // fatal: throw on invalid bytes; the BOM is dropped unless ignoreBOM.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: keepBom }).decode(bytes);
  } catch {
    const { text, offset, byte } = firstInvalidByte(bytes);
    throw new SafetyGapError(msg.figureNotUtf8(what, byte), { file: shown, ...lineColumnAt(text, offset), source: text }, msg.figureNotUtf8Hint());
  }
}

/**
 * Where the first invalid byte is, as an offset into the leniently decoded
 * text (U+FFFD in its place). A U+FFFD that the file really contains
 * (bytes EF BF BD) is skipped: the decoded prefix before each replacement
 * character re-encodes to exactly the bytes before it.
 */
function firstInvalidByte(bytes: Uint8Array): { text: string; offset: number; byte: number } {
  const text = new TextDecoder("utf-8").decode(bytes);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const encoder = new TextEncoder();
  for (let k = text.indexOf("\uFFFD"); k >= 0; k = text.indexOf("\uFFFD", k + 1)) {
    const at = bom + encoder.encode(text.slice(0, k)).length;
    if (!(bytes[at] === 0xef && bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd)) return { text, offset: k, byte: bytes[at] ?? 0 };
  }
  return { text, offset: 0, byte: bytes[0] ?? 0 };
}
