// Key patterns: every malformed segment and every unbound name, with the offset, length and hint it is reported with.
import { describe, expect, it } from "vitest";
import { bindPattern, isSingleKey, KeyPatternError, matchKeys, parseKeyPattern, patternContext } from "../../src/lang/keyPattern.js";
import { positionedError } from "./positionedError.js";

const ctx = patternContext({ s: "7B", m: "CAI" }, { methods: ["CAI", "RLVR"], scales: ["7B"] });
const HINT = "{name} is a variable (one name: a quantifier's, a table's {row}, paper.yaml's vars), $name a named set; the sets are listed in docs/writing.md";
const errorOf = (p: string) => positionedError(() => bindPattern(parseKeyPattern(p), ctx), KeyPatternError);
const BRACES = "braces hold a variable {m} or alternatives {A,B}";

describe("parseKeyPattern refuses", () => {
  it("empty segments at either end or between dots", () => {
    for (const [p, pos] of [["", 0], ["a.", 2], [".a", 0], ["ab..c", 3]] as const) expect(errorOf(p)).toEqual(["empty key segment (two dots in a row, or a dot at an end)", pos, 1, undefined]);
  });

  it("a wildcard inside a segment, unbalanced or empty braces, a bad set name or segment", () => {
    expect(errorOf("a.*b")).toEqual(["'*b': a wildcard '*' stands for one whole segment, e.g. x.*.y", 2, 2, undefined]);
    expect(errorOf("a.{}")).toEqual([`'{}': ${BRACES}`, 2, 2, undefined]);
    expect(errorOf("a.{m")).toEqual([`'{m': ${BRACES}`, 2, 2, undefined]);
    expect(errorOf("a.m}")).toEqual([`'m}': ${BRACES}`, 2, 2, undefined]);
    expect(errorOf("a.m{s}")).toEqual([`'m{s}': ${BRACES}`, 2, 4, undefined]);
    expect(errorOf("a.{A,}")).toEqual([`'{A,}': ${BRACES}`, 2, 4, undefined]);
    expect(errorOf("a.{1x}")).toEqual([`'{1x}': ${BRACES}`, 2, 4, undefined]);
    expect(errorOf("a.{A B,C}")).toEqual([`'{A B,C}': ${BRACES}`, 2, 7, undefined]);
    expect(errorOf("a.$")).toEqual(["'$': a named set is $ and its name, e.g. $groups", 2, 1, undefined]);
    expect(errorOf("a.$1")).toEqual(["'$1': a named set is $ and its name, e.g. $groups", 2, 2, undefined]);
    expect(errorOf("a.$a b")).toEqual(["'$a b': a named set is $ and its name, e.g. $groups", 2, 4, undefined]);
    expect(errorOf("a.$a-b")).toEqual(["'$a-b': a named set is $ and its name, e.g. $groups", 2, 4, undefined]);
    expect(errorOf("a.b c")).toEqual(["'b c' is not a key segment (letters, digits, _ + - only)", 2, 3, undefined]);
    expect(errorOf("a.b$")).toEqual(["'b$' is not a key segment (letters, digits, _ + - only)", 2, 2, undefined]);
  });

  it("but reads alternatives with blanks around the names, and names with + - _", () => {
    expect(parseKeyPattern("a.{ A , B }")).toEqual([
      { kind: "literal", text: "a", pos: 0 },
      { kind: "alternatives", names: ["A", "B"], pos: 2 },
    ]);
    expect(parseKeyPattern("SFT+DPO.Reasoning-PT.x_1.{_v}")).toEqual([
      { kind: "literal", text: "SFT+DPO", pos: 0 },
      { kind: "literal", text: "Reasoning-PT", pos: 8 },
      { kind: "literal", text: "x_1", pos: 21 },
      { kind: "variable", name: "_v", pos: 25 },
    ]);
    expect(parseKeyPattern("{a-b,c+d}")).toEqual([{ kind: "alternatives", names: ["a-b", "c+d"], pos: 0 }]);
  });
});

describe("bindPattern", () => {
  it("fills variables and sets, keeps wildcards and alternatives as choices", () => {
    expect(bindPattern(parseKeyPattern("a.{m}.{s}.$methods.*.{X,Y}"), ctx)).toEqual([{ literal: "a" }, { literal: "CAI" }, { literal: "7B" }, { oneOf: ["CAI", "RLVR"] }, { any: true }, { oneOf: ["X", "Y"] }]);
    expect(isSingleKey(parseKeyPattern("a.{m}.{s}"))).toBe(true);
    expect(isSingleKey(parseKeyPattern("a.{m}.*"))).toBe(false);
    expect(isSingleKey(parseKeyPattern("a.$methods"))).toBe(false);
    expect(isSingleKey(parseKeyPattern("a.{X,Y}"))).toBe(false);
  });

  it("explains a variable written as a set and the reverse, an unbound variable and an unknown set", () => {
    expect(errorOf("a.$m")).toEqual(['"$m" is a variable (one name): write "{m}"', 2, 2, HINT]);
    expect(errorOf("a.{methods}")).toEqual(['"{methods}" is a set (a list of names): write "$methods"', 2, 9, HINT]);
    expect(errorOf("a.{ss}")).toEqual(["'{ss}' is not bound (bound here: {s}, {m}); did you mean '{s}'?", 2, 4, HINT]);
    expect(errorOf("a.{zzzz}")).toEqual(["'{zzzz}' is not bound (bound here: {s}, {m})", 2, 6, HINT]);
    expect(errorOf("a.$q")).toEqual(["unknown set '$q' (known: $methods, $scales)", 2, 2, HINT]);
    expect(errorOf("a.$meth")).toEqual(["unknown set '$meth' (known: $methods, $scales); did you mean '$methods'?", 2, 5, HINT]);
    expect(errorOf("a.$sc")).toEqual(["unknown set '$sc' (known: $methods, $scales); did you mean '$scales'?", 2, 3, HINT]);
  });

  it("sees only the context's own names, nothing inherited", () => {
    expect(() => bindPattern(parseKeyPattern("a.{toString}"), ctx)).toThrow("'{toString}' is not bound (bound here: {s}, {m})");
    expect(() => bindPattern(parseKeyPattern("a.$toString"), ctx)).toThrow("unknown set '$toString' (known: $methods, $scales)");
  });
});

describe("matchKeys", () => {
  it("matches segment by segment, in the keys' order, naming what each choice matched", () => {
    const keys = ["a.CAI.x", "a.RLVR.x", "a.SFT.x", "a.CAI.y", "a.CAI", "a.CAI.x.z", "b.CAI.x"];
    expect(matchKeys(parseKeyPattern("a.$methods.*"), ctx, keys)).toEqual([
      { key: "a.CAI.x", names: ["CAI", "x"] },
      { key: "a.RLVR.x", names: ["RLVR", "x"] },
      { key: "a.CAI.y", names: ["CAI", "y"] },
    ]);
    expect(matchKeys(parseKeyPattern("a.{m}.x"), ctx, keys)).toEqual([{ key: "a.CAI.x", names: [] }]);
    expect(matchKeys(parseKeyPattern("*.{CAI,SFT}.x"), ctx, keys)).toEqual([
      { key: "a.CAI.x", names: ["a", "CAI"] },
      { key: "a.SFT.x", names: ["a", "SFT"] },
      { key: "b.CAI.x", names: ["b", "CAI"] },
    ]);
  });
});
