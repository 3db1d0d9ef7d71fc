/**
 * Figure specs and the theme (hand-edited JSON) parsed with jsonc-parser in
 * strict JSON mode (no comments, no trailing commas), remembering where
 * every value starts, keyed by JSON pointer (RFC 6901): a spec error must
 * name the file, line and column of the offending token, where JSON.parse
 * only says "position N" (and differently per Node version). The library
 * reports what it expected; the messages here also say what it found, and
 * name a character that would print as nothing. A duplicate property, which
 * JSON.parse and the library both take silently (the last one wins), is an
 * error at the second one.
 */
import { visit, type ParseErrorCode } from "jsonc-parser";
import { lineColumnAt } from "../../errors.js";
import * as msg from "../../messages/figures.js";

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

/** jsonc-parser's error codes (a const enum, which this build cannot import as values). */
const CODE = {
  InvalidNumberFormat: 2,
  PropertyNameExpected: 3,
  ValueExpected: 4,
  CloseBraceExpected: 7,
  CloseBracketExpected: 8,
  EndOfFileExpected: 9,
  InvalidCommentToken: 10,
  UnexpectedEndOfComment: 11,
  UnexpectedEndOfString: 12,
  UnexpectedEndOfNumber: 13,
  InvalidUnicode: 14,
  InvalidEscapeCharacter: 15,
  InvalidCharacter: 16,
} as const satisfies Record<string, ParseErrorCode>;

/** Escapes one reference token of a JSON pointer. */
export const pointerToken = (key: string | number): string => String(key).replace(/~/g, "~0").replace(/\//g, "~1");

interface Open {
  value: Record<string, unknown> | unknown[];
  pointer: string;
  start: number;
  keyOffset: number | undefined;
  /** The property being read (objects). */
  key?: string;
  keyAt?: number;
}

/** What the text must hold next, for a message about what it holds instead. */
type Expect = "value" | "name" | "colon" | "objectComma" | "arrayComma" | "end";

export function parseJsonWithPointers(source: string): ParsedJson {
  const locations = new Map<string, JsonLocation>();
  const stack: Open[] = [];
  let root: unknown;
  let expect: Expect = "value";
  /** `expect` before the last close: the library closes an unclosed object or array before it reports it. */
  let beforeClose: Expect = "value";
  let error: { message: string; at: number } | undefined;
  const fail = (message: string, at: number): void => void (error ??= { message, at });
  const found = (at: number): string => msg.jsonFound(at >= source.length ? undefined : (source.codePointAt(at) as number));

  const locate = (pointer: string, start: number, end: number, keyOffset: number | undefined): void => {
    const firstLineEnd = source.indexOf("\n", start);
    const shown = firstLineEnd === -1 ? end : Math.min(end, firstLineEnd);
    locations.set(pointer, { offset: start, length: Math.max(1, shown - start), ...(keyOffset !== undefined ? { keyOffset } : {}) });
  };
  /** Where a new value goes: its pointer and its key's offset. */
  const slot = (): { pointer: string; keyOffset: number | undefined } => {
    const parent = stack.at(-1);
    if (!parent) return { pointer: "", keyOffset: undefined };
    if (Array.isArray(parent.value)) return { pointer: `${parent.pointer}/${parent.value.length}`, keyOffset: undefined };
    return { pointer: `${parent.pointer}/${pointerToken(parent.key ?? "")}`, keyOffset: parent.keyAt };
  };
  const add = (value: unknown): void => {
    const parent = stack.at(-1);
    if (!parent) root = value;
    else if (Array.isArray(parent.value)) parent.value.push(value);
    else Object.defineProperty(parent.value, parent.key ?? "", { value, enumerable: true, writable: true, configurable: true });
  };
  const afterValue = (): void => {
    const parent = stack.at(-1);
    expect = !parent ? "end" : Array.isArray(parent.value) ? "arrayComma" : "objectComma";
  };
  const open = (value: Open["value"], offset: number): void => {
    const { pointer, keyOffset } = slot();
    add(value);
    stack.push({ value, pointer, start: offset, keyOffset });
    expect = Array.isArray(value) ? "value" : "name";
  };
  const close = (offset: number, length: number): void => {
    beforeClose = expect;
    const done = stack.pop()!;
    locate(done.pointer, done.start, offset + length, done.keyOffset);
    afterValue();
  };

  /** The message for what the text holds at `at` when it should hold what `expect` says. */
  const unexpected = (at: number, what = expect): string => {
    const top = stack.at(-1);
    switch (what) {
      case "name":
        return msg.jsonExpectedName(found(at));
      case "colon":
        return msg.jsonExpectedColon(top?.key ?? "", found(at));
      case "objectComma":
        return msg.jsonExpectedComma("}", "a property value", found(at));
      case "arrayComma":
        return msg.jsonExpectedComma("]", "an array element", found(at));
      case "end":
        return msg.jsonAfterEnd(found(at));
      case "value":
        return msg.jsonExpectedValue(found(at));
    }
  };

  // A byte-order mark before the value is not content (editors on Windows
  // write one, and YAML accepts it): read as a space, so offsets stay offsets into `source`.
  const text = source.charCodeAt(0) === 0xfeff ? ` ${source.slice(1)}` : source;
  visit(
    text,
    {
      onObjectBegin: (offset) => open({}, offset),
      onArrayBegin: (offset) => open([], offset),
      onObjectEnd: close,
      onArrayEnd: close,
      onObjectProperty: (name, offset) => {
        const top = stack.at(-1)!;
        if (Object.hasOwn(top.value, name)) fail(msg.jsonDuplicateProperty(name), offset);
        top.key = name;
        top.keyAt = offset;
        expect = "colon";
      },
      onSeparator: (ch) => {
        const top = stack.at(-1);
        expect = ch === ":" || (top && Array.isArray(top.value)) ? "value" : "name";
      },
      onLiteralValue: (value, offset, length) => {
        const { pointer, keyOffset } = slot();
        add(value);
        locate(pointer, offset, offset + length, keyOffset);
        afterValue();
      },
      onError: (code, offset, length) => {
        switch (code) {
          case CODE.UnexpectedEndOfString:
          case CODE.InvalidCharacter: {
            // A line break or other control character inside the string, or no closing quote at all.
            let control = offset + 1;
            while (control <= offset + length && control < text.length && text.charCodeAt(control) >= 0x20) control++;
            return control < text.length && text.charCodeAt(control) < 0x20 ? fail(msg.jsonControlInString(), control) : fail(msg.jsonUnterminatedString(), offset);
          }
          case CODE.InvalidEscapeCharacter:
          case CODE.InvalidUnicode: {
            const bad = /\\(?:[^"\\/bfnrtu]|u(?![0-9a-fA-F]{4}))/.exec(text.slice(offset, offset + length));
            return fail(msg.jsonInvalidEscape(), offset + (bad?.index ?? 0));
          }
          case CODE.InvalidNumberFormat:
          case CODE.UnexpectedEndOfNumber:
            return fail(msg.jsonInvalidNumber(text.slice(offset, offset + Math.max(1, length))), offset);
          case CODE.InvalidCommentToken:
          case CODE.UnexpectedEndOfComment:
            return fail(msg.jsonComment(), offset);
          case CODE.PropertyNameExpected:
            return fail(msg.jsonExpectedName(found(offset)), offset);
          case CODE.ValueExpected:
            return fail(msg.jsonExpectedValue(found(offset)), offset);
          case CODE.CloseBraceExpected:
          case CODE.CloseBracketExpected:
            return fail(unexpected(offset, beforeClose), offset);
          case CODE.EndOfFileExpected:
            return fail(msg.jsonAfterEnd(found(offset)), offset);
        }
        // InvalidSymbol, a missing colon, comma or bracket: what was expected here, and what stands here instead.
        return fail(unexpected(offset), offset);
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (error) {
    const { line, column } = lineColumnAt(source, error.at);
    throw new JsonSyntaxError(error.message, error.at, line, column);
  }
  return { value: root, locations };
}
