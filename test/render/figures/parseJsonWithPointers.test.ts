// The spec parser: a leading byte-order mark is accepted (YAML files accept
// one too); an invisible character elsewhere is named, not shown as "found ''".
import { describe, expect, it } from "vitest";
import { JsonSyntaxError, parseJsonWithPointers } from "../../../src/render/figures/parseJsonWithPointers.js";

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
});
