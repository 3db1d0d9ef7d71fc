/**
 * Values from input files as error messages show them: short, and inert.
 * A message quotes at most SHOWN_VALUE_MAX characters of a value and says
 * how long the value was (a 50 MB string in model.yaml is not echoed whole),
 * and shows control characters, unpaired surrogates and the bidirectional
 * override characters as escapes, so a message never writes raw binary or
 * reorders a terminal line. U+FFFD, what an invalid UTF-8 byte decodes to,
 * stays: it is printable, and the messages about such bytes name them.
 */
import { groupDigits } from "./groupDigits.js";

/** The most characters of one value a message quotes. */
export const SHOWN_VALUE_MAX = 200;

/** The longest line a message keeps whole; a longer one is cut (the values in it were not quoted with `quoted`). */
export const SHOWN_LINE_MAX = 600;

/**
 * C0 and C1 controls and DEL; U+2028/U+2029; the bidi marks,
 * embeddings, overrides and isolates (U+061C, U+200E/F, U+202A-E, U+2066-9);
 * unpaired surrogates.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const SHORT: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

/** `s` with every unsafe character written as an escape (`\n`, `\u0000`); `keep` characters stay (a message's own newlines). */
// Stryker disable next-line StringLiteral: only unsafe characters are looked up in `keep`, and any default without one (Stryker's own text) keeps none, as "" does
export function escapeUnsafe(s: string, keep = ""): string {
  return s.replace(UNSAFE, (c) => (keep.includes(c) ? c : (SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)));
}

/**
 * `"value"` as JSON would quote it (quotes and backslashes escaped, controls
 * as \u escapes), plus the escapes of escapeUnsafe; a value longer than
 * `max` characters is cut there and followed by its length:
 * `"AAAA…" (50,000,000 characters)`.
 */
export function quoted(value: string, max = SHOWN_VALUE_MAX): string {
  // Cut before escaping: JSON.stringify of a 50 MB string would copy it for nothing.
  const cut = value.length > max ? cutAt(value, max) : value;
  const shown = JSON.stringify(cut).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return cut === value ? shown : `${shown.slice(0, -1)}…" (${groupDigits(value.length)} characters)`;
}

/** The most characters of a name or short value a message shows in backticks. */
export const SHOWN_NAME_MAX = 60;

/**
 * `` `value` `` with unsafe characters escaped; a value longer than `max`
 * is cut there and followed by its length: `` `AAAA…` (50,000,000 characters) ``.
 */
export function backticked(value: string, max = SHOWN_NAME_MAX): string {
  if (value.length <= max) return `\`${escapeUnsafe(value)}\``;
  return `\`${escapeUnsafe(cutAt(value, max))}…\` (${groupDigits(value.length)} characters)`;
}

/** The first `max` characters of `s`, not splitting a surrogate pair. */
function cutAt(s: string, max: number): string {
  // Stryker disable next-line StringLiteral: every caller passes an s longer than max, so the default is never used; and any default without a high surrogate fails the test as "" does
  const end = /[\ud800-\udbff]/.test(s[max - 1] ?? "") ? max - 1 : max;
  return s.slice(0, end);
}

/**
 * A whole message made safe to print: each line escaped (newlines kept), a
 * quoted run ("…" or `…`) longer than SHOWN_VALUE_MAX cut, and a line still
 * longer than SHOWN_LINE_MAX cut, each cut saying how long it was. This is
 * the net under every message (SafetyGapError.format applies it), for
 * values that reach a message without `quoted`, such as the text of a
 * library's own error.
 */
export function boundedMessage(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      // LONG_QUOTED needs a run longer than SHOWN_VALUE_MAX, so a shorter line comes back as it is.
      let l = line.replace(LONG_QUOTED, (m, q: string, body: string) => `${q}${cutAt(body, SHOWN_VALUE_MAX)}…${q} (${groupDigits(body.length)} characters)`);
      if (l.length > SHOWN_LINE_MAX) l = `${cutAt(l, SHOWN_LINE_MAX)}… (line of ${groupDigits(l.length)} characters cut)`;
      return escapeUnsafe(l);
    })
    .join("\n");
}

/**
 * A run in double quotes or backticks longer than SHOWN_VALUE_MAX (backslash
 * escapes inside kept together), unless `quoted` already cut it (it ends in …).
 */
const LONG_QUOTED = new RegExp(`(["\`])((?:[^"\`\\\\]|\\\\.){${SHOWN_VALUE_MAX + 1},}?)(?<!…)\\1`, "g");
