/**
 * A small BibTeX parser: `@type{key, field = {value} | "value" | number, ...}`.
 * Enough for a hand-written references.bib: nested braces, quoted strings,
 * bare numbers, % comments between entries. Braces used for case protection
 * ("{AI}") are removed from the values.
 *
 * A key declared twice, or a field given twice in one entry, is an error:
 * the later one silently replaced the earlier, so which reference a
 * citation printed depended on the order in the file.
 */
import { errorAt } from "../markdown/errors.js";
import { lineColumnAt } from "../../errors.js";
import * as msg from "../../messages/render.js";

export interface BibEntry {
  type: string;
  key: string;
  fields: Record<string, string>;
  offset: number;
}

export function parseBibtex(source: string, file: string): BibEntry[] {
  const out: BibEntry[] = [];
  const byKey = new Map<string, BibEntry>();
  let i = 0;
  const fail = (what: string, at: number): never => {
    throw errorAt(msg.bibSyntax(what), file, source, at, 1);
  };
  const ws = (): void => {
    while (i < source.length && /\s/.test(source[i]!)) i++;
  };
  while (i < source.length) {
    // Text between entries is ignored; % starts a comment that may mention "@".
    if (source[i] === "%") {
      const nl = source.indexOf("\n", i);
      i = nl < 0 ? source.length : nl + 1;
      continue;
    }
    if (source[i] !== "@") {
      i++;
      continue;
    }
    i++;
    const typeM = /^[A-Za-z]+/.exec(source.slice(i));
    if (!typeM) fail("expected an entry type after @", i);
    const type = typeM![0].toLowerCase();
    i += type.length;
    ws();
    if (source[i] !== "{") fail("expected {", i);
    i++;
    ws();
    const keyM = /^[^,\s]+/.exec(source.slice(i));
    if (!keyM) fail("expected a citation key", i);
    const key = keyM![0];
    const entryOffset = i;
    i += key.length;
    const fields: Record<string, string> = {};
    for (;;) {
      ws();
      if (source[i] === ",") {
        i++;
        ws();
      }
      if (source[i] === "}") {
        i++;
        break;
      }
      const nameM = /^[A-Za-z_-]+/.exec(source.slice(i));
      if (!nameM) fail("expected a field name or }", i);
      const name = nameM![0].toLowerCase();
      if (name in fields) throw errorAt(msg.duplicateBibField(key, name), file, source, i, name.length, msg.duplicateBibHint());
      i += name.length;
      ws();
      if (source[i] !== "=") fail("expected =", i);
      i++;
      ws();
      let value = "";
      if (source[i] === "{") {
        let depth = 0;
        const start = i;
        for (; i < source.length; i++) {
          if (source[i] === "{") depth++;
          else if (source[i] === "}") {
            depth--;
            if (depth === 0) break;
          }
        }
        if (depth !== 0) fail("unbalanced braces", start);
        value = source.slice(start + 1, i);
        i++;
      } else if (source[i] === '"') {
        const end = source.indexOf('"', i + 1);
        if (end < 0) fail("unterminated string", i);
        value = source.slice(i + 1, end);
        i = end + 1;
      } else {
        const m = /^\w+/.exec(source.slice(i));
        if (!m) fail("expected a value", i);
        value = m![0];
        i += value.length;
      }
      fields[name] = value.replace(/[{}]/g, "").replace(/\s+/g, " ").replace(/--/g, "–").trim();
    }
    const first = byKey.get(key);
    if (first) throw errorAt(msg.duplicateBibKey(key, lineColumnAt(source, first.offset).line), file, source, entryOffset, key.length, msg.duplicateBibHint());
    const entry = { type, key, fields, offset: entryOffset };
    byKey.set(key, entry);
    out.push(entry);
  }
  return out;
}
