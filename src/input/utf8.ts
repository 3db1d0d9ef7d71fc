/**
 * Strict UTF-8 decoding. Node's `readFileSync(path, "utf8")` turns every
 * invalid byte into U+FFFD without a word, so a Latin-1 "Café" in the report
 * became "Caf\uFFFD" in the paper. `decodeUtf8` refuses such input and says
 * where the first bad byte is, as the editor shows it (line, column).
 */

export interface InvalidUtf8 {
  /** Byte offset of the first byte of the invalid sequence. */
  byte: number;
  /** The bytes of the invalid sequence (the lead byte and the continuation bytes read before it broke). */
  bytes: number[];
  /** 1-based line and column of the bad sequence (columns in UTF-16 units, as lineColumnAt and the excerpt count). */
  line: number;
  column: number;
  /** The text decoded with U+FFFD for the bad bytes, so an excerpt can show the line. */
  replaced: string;
}

export type Decoded = { ok: true; text: string } | ({ ok: false } & InvalidUtf8);

const fatal = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/**
 * Byte offset and length of the first invalid sequence, following the
 * WHATWG decoder (the one TextDecoder implements), so the byte we blame is
 * the one TextDecoder rejected: a lead byte without its continuation bytes,
 * a stray continuation byte, an overlong form, a surrogate, or a truncated
 * sequence at the end.
 */
export function firstInvalidUtf8(bytes: Uint8Array): { byte: number; length: number } | undefined {
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (needed === 0) {
      if (b <= 0x7f) continue;
      start = i;
      if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
      } else return { byte: i, length: 1 };
      continue;
    }
    if (b < lower || b > upper) return { byte: start, length: i - start };
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) needed = seen = 0;
  }
  return needed ? { byte: start, length: bytes.length - start } : undefined;
}

/** The text of `bytes` (a leading BOM dropped), or where the first invalid byte is. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: fatal.decode(bytes) };
  } catch {
    // Stryker disable next-line ObjectLiteral: unused, firstInvalidUtf8 finds a sequence whenever TextDecoder refuses (it follows the same WHATWG decoder).
    const bad = firstInvalidUtf8(bytes) ?? { byte: 0, length: 1 };
    const before = lenient.decode(bytes.subarray(0, bad.byte));
    const lineStart = before.lastIndexOf("\n") + 1;
    return {
      ok: false,
      byte: bad.byte,
      bytes: [...bytes.subarray(bad.byte, bad.byte + Math.max(1, bad.length))],
      line: before.split("\n").length,
      column: before.length - lineStart + 1,
      replaced: lenient.decode(bytes),
    };
  }
}
