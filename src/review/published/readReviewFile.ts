/**
 * Reads report/published.yaml or report/claims.yaml as strict UTF-8 text.
 * Node's `readFileSync(file, "utf8")` throws bare ENOENT/EISDIR errors
 * (reported as internal errors) and turns invalid bytes into U+FFFD without
 * a word, which would then be compared as a quote; here each is a
 * SafetyGapError naming the file, and a bad byte its line and column. A
 * leading byte-order mark is dropped, as the YAML parser would.
 */
import { readFileSync } from "node:fs";
import { SafetyGapError, lineColumnAt } from "../../errors.js";
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
  try {
    // fatal: throw on invalid bytes; the BOM is dropped (ignoreBOM false).
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const { text, offset, byte } = firstInvalidByte(bytes);
    throw new SafetyGapError(msg.reviewFileNotUtf8(byte), { file, ...lineColumnAt(text, offset), source: text }, msg.reviewFileNotUtf8Hint());
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
