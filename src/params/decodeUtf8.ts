/**
 * The parameter file's bytes -> text, strictly: readFileSync(..., "utf8")
 * silently turns a byte that is not UTF-8 (a Latin-1 `é`, 0xE9) into U+FFFD,
 * which then ends up in a name and a file name (summary-13B\uFFFD.csv). Here
 * such a byte is an input error at its line and column.
 */
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/params.js";
import { decodeUtf8 as decodeStrict } from "../text/utf8.js";

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const decoded = decodeStrict(bytes);
  if (decoded.ok) return decoded.text;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  throw new SafetyGapError(
    msg.notUtf8(decoded.bytes[0] ?? 0),
    { file, line: decoded.line, column: decoded.column, source: decoded.replaced },
    utf16 ? msg.utf16Hint() : msg.notUtf8Hint(),
  );
}
