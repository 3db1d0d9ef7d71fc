/**
 * The parameter file's bytes -> text, strictly: readFileSync(..., "utf8")
 * silently turns a byte that is not UTF-8 (a Latin-1 `é`, 0xE9) into U+FFFD,
 * which then ends up in a name and a file name (summary-13B\uFFFD.csv). Here
 * such a byte is an input error at its line and column.
 */
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/params.js";

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidByte(bytes);
    // The text before the bad byte is valid, so its lossy decoding gives the line and column in characters.
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, bad));
    const lineStart = before.lastIndexOf("\n") + 1;
    const line = before.split("\n").length;
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? true : bytes[0] === 0xfe && bytes[1] === 0xff;
    throw new SafetyGapError(
      msg.notUtf8(bytes[bad] ?? 0),
      { file, line, column: before.length - lineStart + 1, source: new TextDecoder("utf-8").decode(bytes) },
      utf16 ? msg.utf16Hint() : msg.notUtf8Hint(),
    );
  }
}

/**
 * Offset of the first byte that makes `bytes` invalid UTF-8: fed one byte at
 * a time to a streaming decoder, a byte that completes nothing is pending;
 * the decoder throws at the first byte that cannot continue, and the bad
 * sequence starts at the first pending byte (or at this one).
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let pending = -1;
  for (let i = 0; i < bytes.length; i++) {
    try {
      const out = decoder.decode(bytes.subarray(i, i + 1), { stream: true });
      if (out === "" && pending < 0) pending = i;
      else if (out !== "") pending = -1;
    } catch {
      return pending >= 0 ? pending : i;
    }
  }
  // Valid up to the end, where a sequence is cut off.
  return pending >= 0 ? pending : bytes.length;
}
