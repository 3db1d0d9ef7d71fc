// The two tokenizers of the results language: each token's kind, text and span, and each error's message and place.
import { describe, expect, it } from "vitest";
import { ExprSyntaxError, tokenize, tokenizeBare, type Token } from "../../src/lang/lexer.js";
import { positionedError } from "./positionedError.js";

const spans = (ts: Token[]): [string, string, number, number][] => ts.map((t) => [t.kind, t.text, t.pos, t.end]);
const errorOf = (f: () => unknown): [string, number, number] => positionedError(f, ExprSyntaxError).slice(0, 3) as [string, number, number];

describe("tokenize (claims: keys in backticks)", () => {
  it("reads numbers with a fraction, an exponent and a percent sign", () => {
    expect(spans(tokenize("1.5e3% 2 .5 3. 1e-2 1E+2"))).toEqual([
      ["num", "1.5e3%", 0, 6],
      ["num", "2", 7, 8],
      ["num", ".5", 9, 11],
      ["num", "3.", 12, 14],
      ["num", "1e-2", 15, 19],
      ["num", "1E+2", 20, 24],
      ["eof", "", 24, 24],
    ]);
  });

  it("reads names and every operator, two-character ones first", () => {
    expect(spans(tokenize("a_1 <= >= == != < > + - * / ( ) [ ] , :"))).toEqual([
      ["ident", "a_1", 0, 3],
      ["op", "<=", 4, 6],
      ["op", ">=", 7, 9],
      ["op", "==", 10, 12],
      ["op", "!=", 13, 15],
      ["op", "<", 16, 17],
      ["op", ">", 18, 19],
      ["op", "+", 20, 21],
      ["op", "-", 22, 23],
      ["op", "*", 24, 25],
      ["op", "/", 26, 27],
      ["op", "(", 28, 29],
      ["op", ")", 30, 31],
      ["op", "[", 32, 33],
      ["op", "]", 34, 35],
      ["op", ",", 36, 37],
      ["op", ":", 38, 39],
      ["eof", "", 39, 39],
    ]);
  });

  it("reads strings in either quote and keys in backticks, spanning the quotes", () => {
    expect(spans(tokenize("'it''s'"))).toEqual([
      ["str", "it", 0, 4],
      ["str", "s", 4, 7],
      ["eof", "", 7, 7],
    ]);
    expect(spans(tokenize(' "x"  `a.b`'))).toEqual([
      ["str", "x", 1, 4],
      ["ref", "a.b", 6, 11],
      ["eof", "", 11, 11],
    ]);
    expect(tokenize("`a.*`")[0]!.segs).toEqual([
      { kind: "literal", text: "a", pos: 0 },
      { kind: "wildcard", pos: 2 },
    ]);
    expect(spans(tokenize("  "))).toEqual([["eof", "", 2, 2]]);
    expect(spans(tokenize("123.45e10 12% .25 _a9"))).toEqual([
      ["num", "123.45e10", 0, 9],
      ["num", "12%", 10, 13],
      ["num", ".25", 14, 17],
      ["ident", "_a9", 18, 21],
      ["eof", "", 21, 21],
    ]);
  });

  it("says what is wrong where", () => {
    expect(errorOf(() => tokenize(". "))).toEqual(["malformed number", 0, 1]);
    expect(errorOf(() => tokenize(". 5"))).toEqual(["malformed number", 0, 1]);
    expect(errorOf(() => tokenize("1 ; 2"))).toEqual(["unexpected character ';'", 2, 1]);
    expect(errorOf(() => tokenize("x\\y"))).toEqual(["unexpected character '\\'", 1, 1]);
    expect(errorOf(() => tokenize("1 < `a"))).toEqual(["unterminated key reference (missing closing backtick)", 4, 1]);
    expect(errorOf(() => tokenize('1 "a'))).toEqual(["unterminated string", 2, 1]);
    expect(errorOf(() => tokenize("'a"))).toEqual(["unterminated string", 0, 1]);
    // A key's own error points inside the backticks.
    expect(errorOf(() => tokenize("`a..b`"))).toEqual(["'a..b' is not a key or key pattern: empty key segment (two dots in a row, or a dot at an end)", 3, 1]);
    expect(errorOf(() => tokenize(" `a.b*` "))).toEqual(["'a.b*' is not a key or key pattern: 'b*': a wildcard '*' stands for one whole segment, e.g. x.*.y", 4, 2]);
  });
});

describe("tokenizeBare (placeholders: bare keys)", () => {
  it("keeps keys with + - { , } whole, and splits at blanks, parentheses, commas and |", () => {
    expect(spans(tokenizeBare("x.{A,B}.y | f4"))).toEqual([
      ["ref", "x.{A,B}.y", 0, 9],
      ["op", "|", 10, 11],
      ["ident", "f4", 12, 14],
      ["eof", "", 14, 14],
    ]);
    expect(spans(tokenizeBare("x.{A, B}.y"))).toEqual([
      ["ref", "x.{A, B}.y", 0, 10],
      ["eof", "", 10, 10],
    ]);
    // A blank just before the closing brace is inside the braces too.
    expect(spans(tokenizeBare("x.{A,B }.y"))).toEqual([
      ["ref", "x.{A,B }.y", 0, 10],
      ["eof", "", 10, 10],
    ]);
    expect(spans(tokenizeBare("a,b"))).toEqual([
      ["ref", "a", 0, 1],
      ["op", ",", 1, 2],
      ["ref", "b", 2, 3],
      ["eof", "", 3, 3],
    ]);
    expect(spans(tokenizeBare("a+b x|f2"))).toEqual([
      ["ref", "a+b", 0, 3],
      ["ref", "x", 4, 5],
      ["op", "|", 5, 6],
      ["ident", "f2", 6, 8],
      ["eof", "", 8, 8],
    ]);
    expect(spans(tokenizeBare(" 3.5.1 $s"))).toEqual([
      ["ref", "3.5.1", 1, 6],
      ["ref", "$s", 7, 9],
      ["eof", "", 9, 9],
    ]);
  });

  it("reads a lone operator as an operator and a glued leading minus as unary", () => {
    expect(spans(tokenizeBare("a + b * c / d - e"))).toEqual([
      ["ref", "a", 0, 1],
      ["op", "+", 2, 3],
      ["ref", "b", 4, 5],
      ["op", "*", 6, 7],
      ["ref", "c", 8, 9],
      ["op", "/", 10, 11],
      ["ref", "d", 12, 13],
      ["op", "-", 14, 15],
      ["ref", "e", 16, 17],
      ["eof", "", 17, 17],
    ]);
    expect(spans(tokenizeBare("-0.5 - -x.a"))).toEqual([
      ["op", "-", 0, 1],
      ["num", "0.5", 1, 4],
      ["op", "-", 5, 6],
      ["op", "-", 7, 8],
      ["ref", "x.a", 8, 11],
      ["eof", "", 11, 11],
    ]);
    expect(spans(tokenizeBare("--x"))).toEqual([
      ["op", "-", 0, 1],
      ["ref", "-x", 1, 3],
      ["eof", "", 3, 3],
    ]);
    expect(spans(tokenizeBare("-f(x)"))).toEqual([
      ["op", "-", 0, 1],
      ["ident", "f", 1, 2],
      ["op", "(", 2, 3],
      ["ref", "x", 3, 4],
      ["op", ")", 4, 5],
      ["eof", "", 5, 5],
    ]);
  });

  it("reads whole numbers and decimals with an exponent as numbers, anything else numeric-looking as a key", () => {
    expect(spans(tokenizeBare("1.5 2e3 2E-3 1e+3 12"))).toEqual([
      ["num", "1.5", 0, 3],
      ["num", "2e3", 4, 7],
      ["num", "2E-3", 8, 12],
      ["ref", "1e+3", 13, 17],
      ["num", "12", 18, 20],
      ["eof", "", 20, 20],
    ]);
  });

  it("reads numbers with several decimals and exponent digits whole", () => {
    expect(spans(tokenizeBare("0.25 1e10 10.125e-12"))).toEqual([
      ["num", "0.25", 0, 4],
      ["num", "1e10", 5, 9],
      ["num", "10.125e-12", 10, 20],
      ["eof", "", 20, 20],
    ]);
  });

  it("an operator is a whole word: one glued to a key is part of the key", () => {
    expect(spans(tokenizeBare("*.a b+ +c"))).toEqual([
      ["ref", "*.a", 0, 3],
      ["ref", "b+", 4, 6],
      ["ref", "+c", 7, 9],
      ["eof", "", 9, 9],
    ]);
  });

  it("a name is a function before (, even after blanks, and a format after |; elsewhere a key", () => {
    expect(spans(tokenizeBare("f (x) g(x)"))).toEqual([
      ["ident", "f", 0, 1],
      ["op", "(", 2, 3],
      ["ref", "x", 3, 4],
      ["op", ")", 4, 5],
      ["ident", "g", 6, 7],
      ["op", "(", 7, 8],
      ["ref", "x", 8, 9],
      ["op", ")", 9, 10],
      ["eof", "", 10, 10],
    ]);
    expect(spans(tokenizeBare("f4 | g"))).toEqual([
      ["ref", "f4", 0, 2],
      ["op", "|", 3, 4],
      ["ident", "g", 5, 6],
      ["eof", "", 6, 6],
    ]);
    expect(spans(tokenizeBare("x.a ("))).toEqual([
      ["ref", "x.a", 0, 3],
      ["op", "(", 4, 5],
      ["eof", "", 5, 5],
    ]);
    // Only a whole name is a function or a format: not a key before `(` later in the text, a dotted key or one starting with a digit.
    expect(spans(tokenizeBare("a f(b)"))).toEqual([
      ["ref", "a", 0, 1],
      ["ident", "f", 2, 3],
      ["op", "(", 3, 4],
      ["ref", "b", 4, 5],
      ["op", ")", 5, 6],
      ["eof", "", 6, 6],
    ]);
    expect(spans(tokenizeBare("x.y(1) 4f(1)")).slice(0, 2)).toEqual([
      ["ref", "x.y", 0, 3],
      ["op", "(", 3, 4],
    ]);
    expect(spans(tokenizeBare("4f(1)")).slice(0, 2)).toEqual([
      ["ref", "4f", 0, 2],
      ["op", "(", 2, 3],
    ]);
    expect(spans(tokenizeBare("a | 4f | x.y"))).toEqual([
      ["ref", "a", 0, 1],
      ["op", "|", 2, 3],
      ["ref", "4f", 4, 6],
      ["op", "|", 7, 8],
      ["ref", "x.y", 9, 12],
      ["eof", "", 12, 12],
    ]);
    expect(spans(tokenizeBare("| x.a"))).toEqual([
      ["op", "|", 0, 1],
      ["ref", "x.a", 2, 5],
      ["eof", "", 5, 5],
    ]);
  });

  it("reads strings in double quotes only; an unterminated one is underlined to the end", () => {
    expect(spans(tokenizeBare('">" x'))).toEqual([
      ["str", ">", 0, 3],
      ["ref", "x", 4, 5],
      ["eof", "", 5, 5],
    ]);
    expect(errorOf(() => tokenizeBare('"ab" "c'))).toEqual(["unterminated string", 5, 2]);
  });

  it("an unclosed brace runs to the end of the text; the key's error points at its segment", () => {
    expect(errorOf(() => tokenizeBare("x.{A,B y"))).toEqual(["'x.{A,B y' is not a key or key pattern: '{A,B y': braces hold a variable {m} or alternatives {A,B}", 2, 6]);
    expect(errorOf(() => tokenizeBare("x.{a,b}}"))).toEqual(["'x.{a,b}}' is not a key or key pattern: '{a,b}}': braces hold a variable {m} or alternatives {A,B}", 2, 6]);
    expect(errorOf(() => tokenizeBare("1 + x.{a}y.z"))).toEqual(["'x.{a}y.z' is not a key or key pattern: '{a}y': braces hold a variable {m} or alternatives {A,B}", 6, 4]);
  });
});
