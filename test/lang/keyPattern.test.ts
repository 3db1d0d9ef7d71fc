// The one key-pattern syntax: literals, *, {var}, {A,B}, $set; each choice is exactly one segment.
import { describe, expect, it } from "vitest";
import { filledKey, KeyPatternError, matchKeys, parseKeyPattern, patternContext } from "../../src/lang/keyPattern.js";
import { positionedError } from "./positionedError.js";

const keys = ["summary.7B.SFT+DPO.tax", "summary.7B.CAI.tax", "summary.13B.CAI.tax", "summary.7B.CAI.tax.se", "cell.7B.CAI.AP.BBQ.mean"];
const ctx = patternContext({ s: "7B" }, { advancedMethods: ["RLVR", "CAI"] });
const matched = (p: string): string[] => matchKeys(parseKeyPattern(p), ctx, keys).map((m) => m.key);

const errorOf = (p: string): { message: string; pos: number; length: number } => {
  const [message, pos, length] = positionedError(() => parseKeyPattern(p), KeyPatternError);
  return { message, pos, length };
};

describe("key patterns", () => {
  it("parses each kind of segment with its offset", () => {
    expect(parseKeyPattern("summary.{s}.{A,B}.$advancedMethods.*")).toEqual([
      { kind: "literal", text: "summary", pos: 0 },
      { kind: "variable", name: "s", pos: 8 },
      { kind: "alternatives", names: ["A", "B"], pos: 12 },
      { kind: "set", name: "advancedMethods", pos: 18 },
      { kind: "wildcard", pos: 35 },
    ]);
  });

  it("a wildcard matches exactly one segment, never several", () => {
    expect(matched("summary.*.tax")).toEqual([]);
    expect(matched("summary.*.*.tax")).toEqual(["summary.7B.SFT+DPO.tax", "summary.7B.CAI.tax", "summary.13B.CAI.tax"]);
    expect(matched("*.tax")).toEqual([]);
  });

  it("fills variables, alternatives and named sets, and names what the choices matched", () => {
    expect(matchKeys(parseKeyPattern("summary.{s}.{CAI,SFT+DPO}.tax"), ctx, keys)).toEqual([
      { key: "summary.7B.SFT+DPO.tax", names: ["SFT+DPO"] },
      { key: "summary.7B.CAI.tax", names: ["CAI"] },
    ]);
    expect(matched("summary.*.$advancedMethods.tax")).toEqual(["summary.7B.CAI.tax", "summary.13B.CAI.tax"]);
    expect(filledKey(parseKeyPattern("summary.{s}.CAI.tax"), ctx)).toBe("summary.7B.CAI.tax");
    expect(filledKey(parseKeyPattern("summary.*.CAI.tax"), ctx)).toBeUndefined();
  });

  it("rejects an unbound variable and an unknown set, naming what is known", () => {
    expect(() => filledKey(parseKeyPattern("summary.{m}.tax"), ctx)).toThrow("'{m}' is not bound (bound here: {s})");
    expect(() => matched("summary.7B.$advanced.tax")).toThrow("unknown set '$advanced' (known: $advancedMethods)");
  });

  it("rejects malformed patterns at the offending segment", () => {
    expect(errorOf("summary..tax")).toEqual({ message: "empty key segment (two dots in a row, or a dot at an end)", pos: 8, length: 1 });
    expect(errorOf("summary.7B*.tax")).toEqual({ message: "'7B*': a wildcard '*' stands for one whole segment, e.g. x.*.y", pos: 8, length: 3 });
    expect(errorOf("summary.{a b}.tax")).toMatchObject({ message: "'{a b}': braces hold a variable {m} or alternatives {A,B}", pos: 8 });
    expect(errorOf("summary.$1x.tax")).toMatchObject({ message: "'$1x': a named set is $ and its name, e.g. $groups", pos: 8 });
    expect(errorOf("summary.a b.tax")).toMatchObject({ message: "'a b' is not a key segment (letters, digits, _ + - only)", pos: 8 });
  });
});
