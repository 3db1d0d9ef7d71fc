// formatValue: what a placeholder prints for each kind of value and chain of formats, and each refusal with its place and hint.
import { describe, expect, it } from "vitest";
import { evaluateValue, ExprEvalError, type Scope } from "../../src/lang/evaluate.js";
import { formatValue } from "../../src/lang/formatValue.js";
import { point } from "../../src/lang/interval.js";
import { parseBareExpr, parseExpr } from "../../src/lang/parser.js";
import type { Mode } from "../../src/lang/formats.js";
import { positionedError } from "./positionedError.js";

const values: Record<string, number> = { "x.A": 0.25, "x.B": -0.5, "x.C": 3, "y.A": 1e308 };
const scope: Scope = { lookup: (n) => (Object.hasOwn(values, n) ? point(values[n]!) : undefined), names: () => Object.keys(values), sets: {} };
const printed = (text: string, mode: Mode = "html") => {
  const { expr, formats } = parseBareExpr(text);
  return formatValue(evaluateValue(expr, scope, { k: "B" }), expr, formats, text, mode);
};
const errorOf = (text: string) => positionedError(() => printed(text), ExprEvalError);
const FUNCTION_HINT = "the functions and formats are listed in docs/writing.md";
const FORMATS_HINT = "a placeholder has one format that prints the value (f4, pct1, word, name, ...), optionally followed by the modifiers sign / nolead; hide alone or last";
const NO_NAME = 'has no name: "name" prints the names a pattern\'s choices matched (e.g. min(x.*.y) | name), and this value comes from a single key';
const NO_NAME_HINT = "use a number format (f4, pct1, ...) for a value; use a pattern with * or $set to pick a name";
const WORD_HINT = "use a number format such as f4 or pct1 for this value; word/Word spell out counts such as sizes.methods";
const FINITE_HINT = "a division by zero, 0 / 0, or a number beyond the range of a double: check the expression";

describe("formatValue prints", () => {
  it("a number through its format, with its keys and full-precision value", () => {
    expect(printed("x.A | f2")).toEqual({ text: "0.25", keys: ["x.A"], numeric: true, values: [0.25] });
    expect(printed("x.C | word")).toEqual({ text: "three", keys: ["x.C"], numeric: true, values: [3] });
    expect(printed("x.C | Word")).toEqual({ text: "Three", keys: ["x.C"], numeric: true, values: [3] });
    expect(printed("x.A + x.A | f2")).toEqual({ text: "0.50", keys: ["x.A"], numeric: true, values: [0.5] });
  });

  it("in HTML unless told otherwise: a minus sign, not a hyphen", () => {
    const { expr, formats } = parseBareExpr("x.B | f2");
    expect(formatValue(evaluateValue(expr, scope), expr, formats, "x.B | f2")).toEqual({ text: "\u22120.50", keys: ["x.B"], numeric: true, values: [-0.5] });
  });

  it("modifiers after a number format, in order", () => {
    expect(printed("x.B | f2 | nolead").text).toBe("\u2212.50");
    expect(printed("x.B | f2 | sign").text).toBe("\u22120.50");
    expect(printed("x.A | f2 | nolead | sign").text).toBe("+.25");
  });

  it("a name or a string as it is, not as a traceable number", () => {
    expect(printed('"abc"')).toEqual({ text: "abc", keys: [], numeric: false, values: [] });
    expect(printed('"abc" | name')).toEqual({ text: "abc", keys: [], numeric: false, values: [] });
    expect(printed("{k}")).toEqual({ text: "B", keys: [], numeric: false, values: [] });
    expect(printed("max(x.*) | name")).toEqual({ text: "C", keys: ["x.C"], numeric: false, values: [3] });
  });

  it("a range once, with its unit after the high end (TeX: an en dash in \\text)", () => {
    expect(printed("range(x.*) | pct0")).toEqual({ text: "\u221250–300%", keys: ["x.B", "x.C"], numeric: true, values: [-0.5, 3] });
    expect(printed("range(x.*) | pct0", "tex").text).toBe("-50\\text{–}300\\%");
    expect(printed("range(x.*) | f1", "tex").text).toBe("-0.5\\text{–}3.0");
  });

  it("nothing for hide, last or alone: still citing its keys, not a traceable number", () => {
    expect(printed("x.A | hide")).toEqual({ text: "", keys: ["x.A"], numeric: false, values: [0.25] });
    expect(printed("x.A | f2 | sign | hide")).toEqual({ text: "", keys: ["x.A"], numeric: false, values: [0.25] });
    expect(printed("max(x.*) | name | hide")).toEqual({ text: "", keys: ["x.C"], numeric: false, values: [3] });
    expect(printed('"a" | hide')).toEqual({ text: "", keys: [], numeric: false, values: [] });
  });
});

describe("formatValue refuses", () => {
  it("a statement, at the whole expression", () => {
    const e = parseExpr("1 < 2");
    let caught: ExprEvalError | undefined;
    try {
      formatValue(evaluateValue(e, scope), e, [], "1 < 2");
    } catch (x) {
      if (x instanceof ExprEvalError) caught = x;
    }
    expect([caught?.message, caught?.pos, caught?.length, caught?.hint]).toEqual(["a placeholder computes a value: comparisons and quantifiers belong in claims.yaml", 0, 5, FORMATS_HINT]);
  });

  it("a number without a format, a list, a name through a number format", () => {
    expect(errorOf("x.A")).toEqual(["a number needs a format, e.g. | f4", 0, 3, FUNCTION_HINT]);
    expect(errorOf("x.*")).toEqual(["a number needs a format, e.g. | f4", 0, 3, FUNCTION_HINT]);
    expect(errorOf("  x.* | f2  ")).toEqual(['"x.* | f2" is a list: reduce it with min/max/mean/range first; it is a name or a list, not a single number', 8, 2, FUNCTION_HINT]);
    expect(errorOf('"a" | f2')).toEqual(['format "f2" needs a number, but the value is the name "a"', 6, 2, FUNCTION_HINT]);
    expect(errorOf("range(x.*) | name")).toEqual(["a range or list has no single name; this is a name or a list, not a single number", 13, 4, FUNCTION_HINT]);
    expect(errorOf("x.{A,B} | name")).toEqual(["a range or list has no single name; this is a name or a list, not a single number", 10, 4, FUNCTION_HINT]);
  });

  it("name on a value from a single key, at the expression", () => {
    expect(errorOf("x.A | name | nolead")).toEqual([`"x.A" ${NO_NAME}`, 0, 3, NO_NAME_HINT]);
    expect(errorOf("1 | name")).toEqual([`"1" ${NO_NAME}`, 0, 1, NO_NAME_HINT]);
  });

  it("a wrong chain of formats, at the offending format", () => {
    expect(errorOf("x.A | hide | f2")).toEqual(['"hide" prints nothing, so "f2" after it would be ignored: hide must be the last format (or the only one)', 13, 2, FORMATS_HINT]);
    expect(errorOf("x.A | hide | hide")).toEqual(['"hide" prints nothing, so "hide" after it would be ignored: hide must be the last format (or the only one)', 13, 4, FORMATS_HINT]);
    expect(errorOf("x.A | sign")).toEqual(['"sign" modifies a printed number: put a number format before it', 6, 4, FORMATS_HINT]);
    expect(errorOf("x.C | word | sign")).toEqual(['"sign" modifies printed digits, but "word" prints a word', 13, 4, FORMATS_HINT]);
    expect(errorOf("x.C | Word | nolead")).toEqual(['"nolead" modifies printed digits, but "Word" prints a word', 13, 6, FORMATS_HINT]);
    expect(errorOf("max(x.*) | name | sign")).toEqual(['"sign" modifies printed digits, but "name" prints a word', 18, 4, FORMATS_HINT]);
    expect(errorOf("x.A | f2 | f2")).toEqual(['two formats that print the value: "f2" and then "f2"; keep one', 11, 2, FORMATS_HINT]);
    expect(errorOf("max(x.*) | name | f2")).toEqual(['two formats that print the value: "name" and then "f2"; keep one', 18, 2, FORMATS_HINT]);
  });

  it("an unknown format, with the nearest one", () => {
    expect(errorOf("x.A | q4")).toEqual(['unknown format "q4"; did you mean "f4"?', 6, 2, FUNCTION_HINT]);
    expect(errorOf("x.A | f9")).toEqual(['unknown format "f9": f prints 0 to 6 decimals (f0…f6); did you mean "f6"?', 6, 2, FUNCTION_HINT]);
  });

  it("what a format cannot print truthfully, at the format", () => {
    expect(errorOf("x.A | word")).toEqual(['format "word" prints a count (a whole number, 0 or more), but the value is 0.25', 6, 4, WORD_HINT]);
    expect(errorOf("range(x.*) | word")).toEqual(['format "word" prints a count (a whole number, 0 or more), but the value is -0.5', 13, 4, WORD_HINT]);
  });

  it("a number or a range end that is not finite, at the expression", () => {
    expect(errorOf("y.A * 10 | f2")).toEqual(["this expression is Infinity, not a finite number", 0, 8, FINITE_HINT]);
    expect(errorOf("range(x.* / 0) | f2")).toEqual(["this expression is NaN, not a finite number", 0, 14, FINITE_HINT]);
  });
});
