/**
 * A small JSON parser that remembers where every value starts, keyed by JSON
 * pointer (RFC 6901). Figure specs are hand-edited JSON; JSON.parse only says
 * "position N" (and differently per Node version), while a spec error must
 * name the file, line and column of the offending token.
 */
import { lineColumnAt } from "../../errors.js";

export interface JsonLocation {
  /** Offset of the value's first character. */
  offset: number;
  /** Length of the value's source text (capped to its first line for the caret). */
  length: number;
  /** Offset of the property name, when the value is an object member. */
  keyOffset?: number;
}

export interface ParsedJson {
  value: unknown;
  /** Pointer ("" for the root, "/mark/type", "/layer/0/encoding/x") -> location. */
  locations: Map<string, JsonLocation>;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** A character for a message: quoted when visible, named by code point when it would print as nothing. */
function describeChar(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  if (code === 0xfeff) return `a byte-order mark (${hex})`;
  if (code === 0xa0) return `a no-break space (${hex})`;
  const ch = String.fromCodePoint(code);
  return code !== 0x20 && /[\p{Cc}\p{Cf}\p{Z}]/u.test(ch) ? `an invisible character (${hex})` : `'${ch}'`;
}

/** Escapes one reference token of a JSON pointer. */
export const pointerToken = (key: string | number): string => String(key).replace(/~/g, "~0").replace(/\//g, "~1");

export function parseJsonWithPointers(source: string): ParsedJson {
  const locations = new Map<string, JsonLocation>();
  let i = 0;

  const fail = (what: string, at = i): never => {
    const { line, column } = lineColumnAt(source, at);
    throw new JsonSyntaxError(what, at, line, column);
  };
  const describe = (at: number): string => (at >= source.length ? "end of file" : describeChar(source.codePointAt(at) as number));
  const skipWhitespace = (): void => {
    while (i < source.length && " \t\n\r".includes(source[i] as string)) i++;
  };

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    let out = "";
    while (i < source.length) {
      const ch = source[i] as string;
      if (ch === '"') {
        i++;
        return out;
      }
      if (ch === "\\") {
        const esc = source[i + 1];
        const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        if (esc !== undefined && simple[esc] !== undefined) {
          out += simple[esc];
          i += 2;
        } else if (esc === "u" && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          fail("invalid escape in string", i);
        }
      } else if (ch.charCodeAt(0) < 0x20) {
        fail("unescaped control character (e.g. a line break) in string", i);
      } else {
        out += ch;
        i++;
      }
    }
    return fail("unterminated string", start);
  };

  const parseValue = (pointer: string, keyOffset?: number): unknown => {
    skipWhitespace();
    const start = i;
    const ch = source[i];
    let value: unknown;
    if (ch === "{") {
      i++;
      const obj: Record<string, unknown> = {};
      skipWhitespace();
      if (source[i] === "}") i++;
      else {
        for (;;) {
          skipWhitespace();
          if (source[i] !== '"') fail(`expected a property name in double quotes, found ${describe(i)}`);
          const keyAt = i;
          const key = parseString();
          skipWhitespace();
          if (source[i] !== ":") fail(`expected ':' after property name "${key}", found ${describe(i)}`);
          i++;
          if (Object.prototype.hasOwnProperty.call(obj, key)) fail(`duplicate property "${key}"`, keyAt);
          obj[key] = parseValue(`${pointer}/${pointerToken(key)}`, keyAt);
          skipWhitespace();
          if (source[i] === ",") {
            i++;
            continue;
          }
          if (source[i] === "}") {
            i++;
            break;
          }
          fail(`expected ',' or '}' after a property value, found ${describe(i)}`);
        }
      }
      value = obj;
    } else if (ch === "[") {
      i++;
      const arr: unknown[] = [];
      skipWhitespace();
      if (source[i] === "]") i++;
      else {
        for (;;) {
          arr.push(parseValue(`${pointer}/${arr.length}`));
          skipWhitespace();
          if (source[i] === ",") {
            i++;
            continue;
          }
          if (source[i] === "]") {
            i++;
            break;
          }
          fail(`expected ',' or ']' after an array element, found ${describe(i)}`);
        }
      }
      value = arr;
    } else if (ch === '"') {
      value = parseString();
    } else {
      const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(source.slice(i, i + 64));
      if (!m) fail(`expected a JSON value, found ${describe(i)}`);
      const text = (m as RegExpExecArray)[0];
      value = text === "true" ? true : text === "false" ? false : text === "null" ? null : Number(text);
      i += text.length;
    }
    const firstLineEnd = source.indexOf("\n", start);
    const end = firstLineEnd === -1 ? i : Math.min(i, firstLineEnd);
    locations.set(pointer, { offset: start, length: Math.max(1, end - start), ...(keyOffset !== undefined ? { keyOffset } : {}) });
    return value;
  };

  // A byte-order mark before the value is not content (editors on Windows
  // write one, and YAML accepts it); locations stay offsets into `source`.
  if (source.charCodeAt(0) === 0xfeff) i = 1;
  const value = parseValue("");
  skipWhitespace();
  if (i < source.length) fail(`found ${describe(i)} after the end of the JSON value`);
  return { value, locations };
}
