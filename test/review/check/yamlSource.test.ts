// The YAML helpers of published.yaml and claims.yaml: where a node is, the
// errors raised there, printed decimals, and how an error inside an
// expression held in a YAML string is mapped back to its file position
// through quotes, escapes and block scalars.
import { Scalar, type Node } from "yaml";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import type { SafetyGapError } from "../../../src/errors.js";
import { exprError, fail, parseBindingsNode, parseExprNode, parseYamlFile, printedNumber, seqItems, sourceOffsetOf, where, type YamlFile } from "../../../src/review/yamlSource.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";

const FILE = "f.yaml";
const parse = (source: string): YamlFile => parseYamlFile(source, FILE, "the test file", z.record(z.string(), z.unknown()));
const nodeOf = (y: YamlFile, key: string) => y.doc.get(key, true) as Node;
/** message, where and hint: all a refusal tells. */
const told = (e: SafetyGapError) => ({ message: e.message, where: e.where, hint: e.hint });
const SYNTAX_HINT = "see docs/review.md for the expression language: all/any quantifiers, `key.{var}` references in backticks, comparisons, and/or/not";

describe("parseYamlFile", () => {
  it("refuses a file its schema refuses, pointing at docs/review.md", () => {
    const e = safetyGapErrorOf(() => parseYamlFile("b: x\n", FILE, "the test file", z.strictObject({ b: z.number() })));
    expect(told(e)).toStrictEqual({
      message: "`b` must be a number, got `x`",
      where: { file: FILE, line: 1, column: 4, path: "b", source: "b: x\n", length: 1 },
      hint: "docs/review.md describes every field.",
    });
  });
});

describe("where", () => {
  const source = "a: 1\nbb: hello world\nlong: " + "x".repeat(70) + "\n";
  const y = parse(source);

  it("places a node at its first character, as long as its text", () => {
    expect(where(y, nodeOf(y, "bb"), "bb")).toStrictEqual({ file: FILE, line: 2, column: 5, path: "bb", source, length: 11 });
  });

  it("takes the given length over the node's", () => {
    expect(where(y, nodeOf(y, "bb"), "bb", 3)).toStrictEqual({ file: FILE, line: 2, column: 5, path: "bb", source, length: 3 });
  });

  it("underlines at most 60 characters", () => {
    expect(where(y, nodeOf(y, "long"), "long")).toStrictEqual({ file: FILE, line: 3, column: 7, path: "long", source, length: 60 });
  });

  it("places a missing node, or one without a range, at the start, one character long", () => {
    const start = { file: FILE, line: 1, column: 1, path: "p", source, length: 1 };
    expect(where(y, undefined, "p")).toStrictEqual(start);
    expect(where(y, null, "p")).toStrictEqual(start);
    expect(where(y, new Scalar("x") as Node, "p")).toStrictEqual(start);
  });

  it("fail throws the message at the node, with the hint", () => {
    expect(told(safetyGapErrorOf(() => fail(y, nodeOf(y, "bb"), "bb", "bad", "fix it")))).toStrictEqual({
      message: "bad",
      where: { file: FILE, line: 2, column: 5, path: "bb", source, length: 11 },
      hint: "fix it",
    });
  });
});

describe("seqItems and printedNumber", () => {
  it("seqItems gives a list's items, and none for a missing node", () => {
    const y = parse("l: [a, b]\n");
    expect(seqItems(nodeOf(y, "l")).map((n) => (n as Scalar).value)).toStrictEqual(["a", "b"]);
    expect(seqItems(undefined)).toStrictEqual([]);
  });

  it("printedNumber counts the decimals as printed, none for an exponent", () => {
    const y = parse("a: 0.50\nb: .5\nc: 5\nd: 1.50e2\ne: 2.\n");
    expect(["a", "b", "c", "d", "e"].map((k) => printedNumber(y, nodeOf(y, k)))).toStrictEqual([
      { value: 0.5, decimals: 2 },
      { value: 0.5, decimals: 1 },
      { value: 5, decimals: 0 },
      { value: 150, decimals: 0 },
      { value: 2, decimals: 0 },
    ]);
  });
});

describe("parseExprNode and parseBindingsNode", () => {
  it("parse a valid expression and give its text", () => {
    const y = parse('r: "`a` < 1"\nf: m in methods\n');
    expect(parseExprNode(y, nodeOf(y, "r"), "r").text).toBe("`a` < 1");
    expect(parseBindingsNode(y, nodeOf(y, "f"), "f")).toStrictEqual({ expr: [{ name: "m", pos: 0, set: { kind: "named", name: "methods", pos: 5, except: [] } }], text: "m in methods" });
  });

  it("place a syntax error in a plain scalar at its character", () => {
    const source = "x: 1\nr: 1 @ 2\n";
    const y = parse(source);
    expect(told(safetyGapErrorOf(() => parseExprNode(y, nodeOf(y, "r"), "r")))).toStrictEqual({
      message: "expression: unexpected character '@'",
      where: { file: FILE, line: 2, column: 6, path: "r", source, length: 1 },
      hint: SYNTAX_HINT,
    });
  });

  it("place a syntax error after an escape in a double-quoted scalar at its character", () => {
    const source = 'r: "`a` < \\x31 @ 1"\n';
    const y = parse(source);
    expect(told(safetyGapErrorOf(() => parseExprNode(y, nodeOf(y, "r"), "r"))).where).toStrictEqual({ file: FILE, line: 1, column: 16, path: "r", source, length: 1 });
  });

  it("place a syntax error in a folded block scalar on its line, past the header's comment", () => {
    const source = "r: > # `a`\n  `a` <\n  @ 1\n";
    const y = parse(source);
    expect(told(safetyGapErrorOf(() => parseExprNode(y, nodeOf(y, "r"), "r"))).where).toStrictEqual({ file: FILE, line: 3, column: 3, path: "r", source, length: 1 });
  });
});

describe("exprError", () => {
  it("ends the search at the node's end, so an unmatched escape puts the error just after the node", () => {
    const source = 'r: "\\x41 +"\nx: 1\n';
    const y = parse(source);
    expect(told(exprError(y, nodeOf(y, "r"), "r", "A +", 3, "bad", 2))).toStrictEqual({
      message: "bad",
      where: { file: FILE, line: 1, column: 12, path: "r", source, length: 2 },
      hint: SYNTAX_HINT,
    });
  });

  it("searches the whole source for a node without a range", () => {
    const source = "x: 1\nr: a @\n";
    expect(told(exprError(parse(source), new Scalar("a @") as Node, "r", "a @", 2, "bad")).where).toStrictEqual({ file: FILE, line: 2, column: 6, path: "r", source, length: 1 });
  });

  it("lets an error that is not a syntax error through (the parser's stack on 20000 nested parentheses)", () => {
    const y = parse(`r: "${"(".repeat(20000)}1${")".repeat(20000)}"\n`);
    expect(() => parseExprNode(y, nodeOf(y, "r"), "r")).toThrowError(new RangeError("Maximum call stack size exceeded"));
  });
});

describe("sourceOffsetOf", () => {
  it("finds a plain scalar's character", () => {
    // k: a + b
    expect(sourceOffsetOf("k: a + b\n", 3, 8, "a + b", 4)).toBe(7);
    expect(sourceOffsetOf("k: a + b\n", 3, 8, "a + b", 0)).toBe(3);
  });

  it("puts a position inside a whitespace run at the end of the source's run, less what follows it in the text", () => {
    expect(sourceOffsetOf("k: a  + b\n", 3, 9, "a + b", 1)).toBe(5);
    // A folded line break (one space in the text) faces a newline and indentation in the source.
    expect(sourceOffsetOf("k: >\n  a +\n  b\n", 3, 15, "a + b\n", 3)).toBe(12);
  });

  it("skips a quote, and source characters an escape spells out", () => {
    // k: "a\"b @ c"
    expect(sourceOffsetOf('k: "a\\"b @ c"\n', 3, 13, 'a"b @ c', 4)).toBe(9);
  });

  it("starts a block scalar on its second line, not at a match in the header", () => {
    // k: > # a / a + / b @
    expect(sourceOffsetOf("k: > # a\n  a +\n  b @\n", 3, 21, "a + b @\n", 6)).toBe(19);
    expect(sourceOffsetOf("k: | # a\n  a +\n  b @\n", 3, 21, "a +\nb @\n", 6)).toBe(19);
    expect(sourceOffsetOf("k: > # a\n  a +\n  b @\n", 3, 21, "a + b @\n", 0)).toBe(11);
  });

  it("starts a plain scalar at its first character even when it holds '>' and spans lines", () => {
    expect(sourceOffsetOf("k: a >\n  a @\n", 3, 13, "a > a @", 6)).toBe(11);
  });

  it("starts at the node when the expression's first character is not in it (an escape)", () => {
    // k: "\x41 @" reads "A @"
    expect(sourceOffsetOf('k: "\\x41 @"\n', 3, 11, "A @", 0)).toBe(3);
    expect(sourceOffsetOf('k: "\\x41"\nA: 1\n', 3, 9, "A", 0)).toBe(3);
    // ... or only at the node's end.
    expect(sourceOffsetOf('k: "\\x41"A', 3, 9, "A", 0)).toBe(3);
  });

  it("skips leading whitespace of the expression", () => {
    expect(sourceOffsetOf("k: |2\n    a @\n", 3, 13, "  a @\n", 4)).toBe(12);
    expect(sourceOffsetOf("k: |2\n    a @\n", 3, 13, "  a @\n", 0)).toBe(13);
  });

  it("gives the end of the node for a position past the matched text", () => {
    expect(sourceOffsetOf('k: "a +"\n', 3, 8, "a +", 3)).toBe(7);
    expect(sourceOffsetOf('k: "\\x41 @"\n', 3, 11, "A @", 2)).toBe(11);
    expect(sourceOffsetOf("k: ab\nz", 3, 5, "abc", 5)).toBe(5);
  });

  it("handles an expression of whitespace only", () => {
    expect(sourceOffsetOf("k: ' '\n", 3, 6, " ", 0)).toBe(3);
  });
});
