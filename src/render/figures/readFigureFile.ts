/**
 * Reads a figure spec or the figures' theme as strict UTF-8 text. Node's
 * `readFileSync(file, "utf8")` turns invalid bytes into U+FFFD without a
 * word and throws bare EISDIR/EACCES errors; here both are SafetyGapErrors
 * naming the file (and, for a bad byte, its line and column). A leading
 * byte-order mark is dropped, as editors on Windows write one.
 */
import { readFileSync } from "node:fs";
import * as msg from "../../messages/figures.js";
import { SafetyGapError } from "../../errors.js";
import { decodeUtf8 } from "../../text/utf8.js";

/**
 * `what` names the file in messages ("figure spec \"fig2\"", "the figure
 * theme"); `shown` is its path as the user types it.
 */
export function readFigureFile(file: string, shown: string, what: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EISDIR") throw new SafetyGapError(msg.figureFileIsFolder(what), { file: shown }, msg.figureFileIsFolderHint(what));
    throw new SafetyGapError(msg.figureFileUnreadable(what, code ?? (e as Error).message), { file: shown }, msg.figureFileUnreadableHint());
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const where = { file: shown, line: decoded.line, column: decoded.column, source: decoded.replaced };
    throw new SafetyGapError(msg.figureNotUtf8(what, decoded.bytes[0] ?? 0), where, msg.figureNotUtf8Hint());
  }
  return decoded.text;
}
