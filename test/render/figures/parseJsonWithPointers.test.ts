// The spec parser (jsonc-parser in strict JSON mode): a leading byte-order
// mark is accepted (YAML files accept one too); an invisible character
// elsewhere is named, not shown as "found ''"; what JSON.parse takes silently
// (a duplicate property) or turns into a prototype (__proto__) is caught.
import { describe, expect, it } from "vitest";
import { JsonSyntaxError, parseJsonWithPointers, pointerToken } from "../../../src/render/figures/parseJsonWithPointers.js";

function syntaxError(source: string): JsonSyntaxError {
  try {
    parseJsonWithPointers(source);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return e;
    throw e;
  }
  throw new Error("expected a JsonSyntaxError");
}

describe("parseJsonWithPointers", () => {
  it("accepts a leading byte-order mark, with the same locations as without", () => {
    const text = '{\n  "mark": "bar"\n}\n';
    const withBom = parseJsonWithPointers(`\uFEFF${text}`);
    expect(withBom.value).toEqual({ mark: "bar" });
    expect(withBom.locations.get("/mark")?.offset).toBe(parseJsonWithPointers(text).locations.get("/mark")!.offset + 1);
  });

  it("names a byte-order mark or an invisible character found elsewhere", () => {
    const bom = syntaxError('{ "a": 1 }\n\uFEFF{ "b": 2 }');
    expect(bom.message).toBe("found a byte-order mark (U+FEFF) after the end of the JSON value");
    expect(bom).toMatchObject({ line: 2, column: 1 });
    expect(syntaxError('{ "a":\u00A01 }').message).toBe("expected a JSON value, found a no-break space (U+00A0)");
    expect(syntaxError('{ "a": 1,\u200B "b": 2 }').message).toBe("expected a property name in double quotes, found an invisible character (U+200B)");
    expect(syntaxError('{ "a": 1, }').message).toBe("expected a property name in double quotes, found '}'");
  });

  it("says what was expected and what stands there instead, at its line and column", () => {
    expect(syntaxError('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({ message: "expected ',' or '}' after a property value, found '\"'", line: 3, column: 3 });
    expect(syntaxError("[1 2]")).toMatchObject({ message: "expected ',' or ']' after an array element, found '2'", column: 4 });
    expect(syntaxError('{ "a" 1 }')).toMatchObject({ message: "expected ':' after property name \"a\", found '1'", column: 7 });
    expect(syntaxError("[")).toMatchObject({ message: "expected a JSON value, found end of file", column: 2 });
    expect(syntaxError('{ "a": 1 } x')).toMatchObject({ message: "found 'x' after the end of the JSON value", column: 12 });
    expect(syntaxError('{ "a": "abc')).toMatchObject({ message: "unterminated string", column: 8 });
    expect(syntaxError('{ "a": "x\ny" }')).toMatchObject({ message: "unescaped control character (e.g. a line break) in string", line: 1, column: 10 });
    expect(syntaxError('{ "a": "x\\qy" }')).toMatchObject({ message: "invalid escape in string", column: 10 });
    expect(syntaxError('{ "a": 1.e5 }')).toMatchObject({ message: "invalid number 1.", column: 8 });
    expect(syntaxError('// note\n{ "a": 1 }')).toMatchObject({ message: "comments are not allowed in JSON", line: 1, column: 1 });
  });

  it("refuses a duplicate property at the second one, and keeps __proto__ as a plain property", () => {
    expect(syntaxError('{ "a": 1,\n  "a": 2 }')).toMatchObject({ message: 'duplicate property "a"', line: 2, column: 3 });
    const parsed = parseJsonWithPointers('{ "__proto__": { "x": 1 } }');
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    expect(Object.keys(parsed.value as object)).toEqual(["__proto__"]);
    expect(parsed.locations.get("/__proto__/x")).toEqual({ offset: 22, length: 1, keyOffset: 17 });
  });
});

describe("parseJsonWithPointers: locations and messages", () => {
  it("locates every value: offset, length up to its first line end, and its key", () => {
    const parsed = parseJsonWithPointers('{"a": [1, {"b": "x"}],\n "c": {\n "d": true}, "e/f~g": null}');
    expect(parsed.value).toEqual({ a: [1, { b: "x" }], c: { d: true }, "e/f~g": null });
    expect(Object.fromEntries(parsed.locations)).toEqual({
      "": { offset: 0, length: 22 },
      "/a": { offset: 6, length: 15, keyOffset: 1 },
      "/a/0": { offset: 7, length: 1 },
      "/a/1": { offset: 10, length: 10 },
      "/a/1/b": { offset: 16, length: 3, keyOffset: 11 },
      "/c": { offset: 29, length: 1, keyOffset: 24 },
      "/c/d": { offset: 37, length: 4, keyOffset: 32 },
      "/e~1f~0g": { offset: 53, length: 4, keyOffset: 44 },
    });
    expect(pointerToken("a/b~c")).toBe("a~1b~0c");
    expect(pointerToken(3)).toBe("3");
  });

  it("keeps parsed properties as ordinary, writable own properties", () => {
    const value = parseJsonWithPointers('{"a": {"b": 1}}').value as { a: { b: number } };
    value.a.b = 2;
    expect(value).toEqual({ a: { b: 2 } });
    expect(Object.keys(value.a)).toEqual(["b"]);
  });

  it("names each syntax error with its offset, line and column", () => {
    const cases: [string, string, number][] = [
      ['{"a": "x\ty"}', "unescaped control character (e.g. a line break) in string", 8],
      ['{"a": "x\\qy"}', "invalid escape in string", 8],
      ['{"a": "ab\\u12g4"}', "invalid escape in string", 9],
      ['{"a": "abc', "unterminated string", 6],
      ['{"a": 1,}', "expected a property name in double quotes, found '}'", 8],
      ["[1,]", "expected a JSON value, found ']'", 3],
      ['{"a" 1}', "expected ':' after property name \"a\", found '1'", 5],
      ['{"a": 1} x', "found 'x' after the end of the JSON value", 9],
      ['{"a": 1 "b": 2}', "expected ',' or '}' after a property value, found '\"'", 8],
      ["[1 2]", "expected ',' or ']' after an array element, found '2'", 3],
      ["// c\n{}", "comments are not allowed in JSON", 0],
      ['{"a": -}', "expected a JSON value, found '-'", 6],
      ["", "expected a JSON value, found end of file", 0],
      ['{"a": [1}', "expected ',' or ']' after an array element, found '}'", 8],
    ];
    for (const [source, message, offset] of cases) {
      const e = syntaxError(source);
      expect({ source, message: e.message, offset: e.offset, line: e.line, column: e.column }).toEqual({ source, message, offset, line: 1, column: offset + 1 });
    }
  });
});
