/**
 * A pre-scan of references.bib before citation-js parses it, for what
 * citation-js does not say or says at the wrong place:
 * - an unbalanced brace: citation-js reports it where parsing finally fails
 *   (often the next entry, or a line number counted from elsewhere), so the
 *   brace is found here and reported AT the unmatched `{` (or the stray `}`);
 * - a key declared twice, or a field given twice in one entry: citation-js
 *   keeps both entries, or silently lets the later field win, so which
 *   reference a citation printed depended on the order in the file;
 * - `%` comment lines between entries (a BibTeX habit that BibTeX itself
 *   ignores only as long as they hold no `@`): blanked out, keeping every
 *   offset, so citation-js does not read "@key" in a comment as an entry.
 * It does not parse values: citation-js does.
 */
import { errorAt } from "../markdown/errors.js";
import { lineColumnAt } from "../../errors.js";
import * as msg from "../../messages/render.js";

export interface ScannedEntry {
  key: string;
  /** Offset of the key in the source. */
  offset: number;
}

/** Entry types whose body is not `key, field = value, ...`. */
const NOT_ENTRIES = new Set(["comment", "string", "preamble"]);

export function scanBibtex(source: string, file: string): { text: string; entries: ScannedEntry[] } {
  const text = source.split("");
  const entries: ScannedEntry[] = [];
  const byKey = new Map<string, ScannedEntry>();
  const open: number[] = [];
  let i = 0;
  const isLineStart = (at: number): boolean => /(^|\n)[ \t]*$/.test(source.slice(Math.max(0, at - 200), at));
  const unclosed = (): never => {
    throw errorAt(msg.bibUnclosedBrace(), file, source, open[open.length - 1]!, 1, msg.bibUnclosedBraceHint());
  };
  // Stryker disable next-line EqualityOperator: at i = source.length, source[i] is undefined and only i++ runs, then the loop ends as before
  while (i < source.length) {
    const c = source[i]!;
    if (c === "%") {
      const nl = source.indexOf("\n", i);
      // Stryker disable next-line EqualityOperator: source[i] is "%", so a newline found from i is never at 0
      const end = nl < 0 ? source.length : nl;
      for (let j = i; j < end; j++) text[j] = " ";
      i = end;
      continue;
    }
    if (c === "}") throw errorAt(msg.bibStrayBrace(), file, source, i, 1, msg.bibStrayBraceHint());
    // Stryker disable next-line BlockStatement: without the block, the head regex (anchored at "@") fails for a character other than "@", and the same i++ and continue follow
    if (c !== "@") {
      i++;
      continue;
    }
    const head = /^@\s*([A-Za-z]+)\s*\{/.exec(source.slice(i));
    if (!head) {
      i++;
      continue;
    }
    const type = head[1]!.toLowerCase();
    i += head[0].length;
    open.push(i - 1);
    const regular = !NOT_ENTRIES.has(type);
    const fields = new Set<string>();
    let key: ScannedEntry | undefined;
    if (regular) {
      const k = /^\s*([^,\s{}]+)/.exec(source.slice(i));
      if (k) {
        key = { key: k[1]!, offset: i + k[0].length - k[1]!.length };
        const first = byKey.get(key.key);
        if (first) throw errorAt(msg.duplicateBibKey(key.key, lineColumnAt(source, first.offset).line), file, source, key.offset, key.key.length, msg.duplicateBibHint());
        byKey.set(key.key, key);
        entries.push(key);
        i += k[0].length;
      }
    }
    // The entry's body: braces nest; at depth 1 a `,` starts the next field.
    let quoted = false;
    let expectName = false;
    while (open.length > 0) {
      if (i >= source.length) unclosed();
      const d = source[i]!;
      if (d === "{") open.push(i);
      else if (d === "}") open.pop();
      else if (d === '"' && open.length === 1) quoted = !quoted;
      else if (d === "@" && isLineStart(i) && /^@\s*[A-Za-z]+\s*\{/.test(source.slice(i))) unclosed();
      else if (regular && open.length === 1 && !quoted) {
        if (d === ",") expectName = true;
        else if (expectName && /[A-Za-z_]/.test(d)) {
          expectName = false;
          // Stryker disable next-line Regex: source[i] matches [A-Za-z_] here, so the unanchored regex matches at 0 too
          const name = /^[A-Za-z_][\w:.+-]*/.exec(source.slice(i))![0];
          if (/^\s*=/.test(source.slice(i + name.length))) {
            const lower = name.toLowerCase();
            if (fields.has(lower)) throw errorAt(msg.duplicateBibField(key?.key ?? "?", lower), file, source, i, name.length, msg.duplicateBibHint());
            fields.add(lower);
          }
          i += name.length;
          continue;
        } else if (!/\s/.test(d)) expectName = false;
      }
      i++;
    }
  }
  return { text: text.join(""), entries };
}
