// Syntax errors of a spec, each with its exact message and position, and the
// shape of what a successful parse returns.
import { describe, expect, it } from "vitest";
import { JsonSyntaxError, parseJsonWithPointers } from "../../../src/render/figures/parseJsonWithPointers.js";

function syntaxError(source: string): { message: string; line: number; column: number } {
  try {
    parseJsonWithPointers(source);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { message: e.message, line: e.line, column: e.column };
    throw e;
  }
  throw new Error(`expected a JsonSyntaxError for ${source}`);
}

describe("parseJsonWithPointers' syntax errors", () => {
  it.each([
    ["}", "expected a JSON value, found '}'", 1],
    ["@", "expected a JSON value, found '@'", 1],
    ["{} @", "found '@' after the end of the JSON value", 4],
    ["1 2", "found '2' after the end of the JSON value", 3],
    ["[1 @]", "expected ',' or ']' after an array element, found '@'", 4],
    ["[1}", "expected ',' or ']' after an array element, found '}'", 3],
    ['{"a": 1]', "expected ',' or '}' after a property value, found ']'", 8],
    ["[", "expected a JSON value, found end of file", 2],
    ["[1,", "expected a JSON value, found end of file", 4],
    ["[[1],", "expected a JSON value, found end of file", 6],
    ["{", "expected a property name in double quotes, found end of file", 2],
    ['{"a"', "expected ':' after property name \"a\", found end of file", 5],
    ["", "expected a JSON value, found end of file", 1],
    ['{"a": 1', "expected ',' or '}' after a property value, found end of file", 8],
    ["[1", "expected ',' or ']' after an array element, found end of file", 3],
    ["{ @ }", "expected a property name in double quotes, found '@'", 3],
    ['{"a" 1}', "expected ':' after property name \"a\", found '1'", 6],
    ['{"a": 1 "b"}', "expected ',' or '}' after a property value, found '\"'", 9],
  ])("%j: %s", (source, message, column) => {
    expect(syntaxError(source)).toEqual({ message, line: 1, column });
  });

  it("marks a control character inside a string at the character, skipping spaces before it", () => {
    expect(syntaxError('"ab\ncd"')).toEqual({ message: "unescaped control character (e.g. a line break) in string", line: 1, column: 4 });
    expect(syntaxError('"a b\tc"')).toEqual({ message: "unescaped control character (e.g. a line break) in string", line: 1, column: 5 });
    expect(syntaxError('{ "k": "a b c\n" }')).toEqual({ message: "unescaped control character (e.g. a line break) in string", line: 1, column: 14 });
  });

  it("marks an unterminated string at its opening quote", () => {
    expect(syntaxError('"abc')).toEqual({ message: "unterminated string", line: 1, column: 1 });
    expect(syntaxError('{ "k": "abc')).toEqual({ message: "unterminated string", line: 1, column: 8 });
  });

  it("marks an invalid escape at its backslash", () => {
    expect(syntaxError('{"a": "x\\u12G4"}')).toEqual({ message: "invalid escape in string", line: 1, column: 9 });
    expect(syntaxError('{"a": "\\u00e9\\u12"}')).toEqual({ message: "invalid escape in string", line: 1, column: 14 });
    expect(syntaxError('{"a": "\\q"}')).toEqual({ message: "invalid escape in string", line: 1, column: 8 });
  });
});

describe("parseJsonWithPointers' result", () => {
  it("locates every value, with the key's offset only where there is a key", () => {
    const { locations } = parseJsonWithPointers('{"a": [1, {"b": 2}]}');
    expect(Object.fromEntries(locations)).toStrictEqual({
      "": { offset: 0, length: 20 },
      "/a": { offset: 6, length: 13, keyOffset: 1 },
      "/a/0": { offset: 7, length: 1 },
      "/a/1": { offset: 10, length: 8 },
      "/a/1/b": { offset: 16, length: 1, keyOffset: 11 },
    });
  });

  it("gives plain, writable objects", () => {
    const value = parseJsonWithPointers('{"a": {"b": 1}}').value as { a: { b: number } };
    value.a.b = 2;
    expect(value).toStrictEqual({ a: { b: 2 } });
  });
});
