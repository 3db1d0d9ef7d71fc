/**
 * Reads report/published.yaml or report/claims.yaml as strict UTF-8 text.
 * Node's `readFileSync(file, "utf8")` throws bare ENOENT/EISDIR errors
 * (reported as internal errors) and turns invalid bytes into U+FFFD without
 * a word, which would then be compared as a quote; here each is a
 * SafetyGapError naming the file, and a bad byte its line and column. A
 * leading byte-order mark is dropped, as the YAML parser would.
 */
import { readFileSync } from "node:fs";
import { SafetyGapError } from "../../errors.js";
import { decodeUtf8 } from "../../text/utf8.js";
import * as msg from "../../messages/review.js";

export function readReviewFile(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new SafetyGapError(msg.reviewFileMissing(), { file }, msg.reviewFileMissingHint());
    if (code === "EISDIR") throw new SafetyGapError(msg.reviewFileIsFolder(), { file }, msg.reviewFileIsFolderHint());
    throw new SafetyGapError(msg.reviewFileUnreadable(code ?? (e as Error).message), { file }, msg.reviewFileUnreadableHint());
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const where = { file, line: decoded.line, column: decoded.column, source: decoded.replaced };
    throw new SafetyGapError(msg.reviewFileNotUtf8(decoded.bytes[0] ?? 0), where, msg.reviewFileNotUtf8Hint());
  }
  return decoded.text;
}
