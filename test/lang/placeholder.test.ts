// The one parser in placeholder mode: bare keys, $variables, helper calls, arithmetic, formats; spans for underlining.
import { describe, expect, it } from "vitest";
import { ExprSyntaxError } from "../../src/lang/lexer.js";
import { parseBareExpr } from "../../src/lang/parser.js";

const errorAt = (text: string): { pos: number; length: number; message: string } => {
  try {
    parseBareExpr(text);
  } catch (e) {
    if (e instanceof ExprSyntaxError) return { pos: e.pos, length: e.length, message: e.message };
    throw e;
  }
  throw new Error(`parsed: ${text}`);
};

describe("parseBareExpr", () => {
  it("reads keys with + and - as one token, and needs spaces around binary operators", () => {
    const { expr, formats } = parseBareExpr("1 - summary.{scale}.SFT+DPO.retention | pct0 | sign");
    expect(expr).toMatchObject({ kind: "arith", op: "-", left: { kind: "num", value: 1, pos: 0, end: 1 }, right: { kind: "ref", template: "summary.{scale}.SFT+DPO.retention", pos: 4, end: 37 }, pos: 2, end: 37 });
    expect(formats).toEqual([
      { name: "pct0", pos: 40, len: 4 },
      { name: "sign", pos: 47, len: 4 },
    ]);
  });

  it("reads helper calls (any name: helpers are checked when evaluated), a lone {variable}, strings and a glued unary minus", () => {
    expect(parseBareExpr('bound(cmp.7B.*.$safetyBenchmarks.d, ">", 0.9)').expr).toMatchObject({
      kind: "call",
      name: "bound",
      args: [{ kind: "ref" }, { kind: "str", value: ">" }, { kind: "num", value: 0.9 }],
      pos: 0,
      end: 45,
    });
    expect(parseBareExpr("{scale}").expr).toEqual({ kind: "ref", template: "{scale}", segs: [{ kind: "variable", name: "scale", pos: 0 }], pos: 0, end: 7 });
    expect(parseBareExpr("-summary.7B.CAI.tax").expr).toMatchObject({ kind: "neg", arg: { kind: "ref", pos: 1 }, pos: 0, end: 19 });
    expect(parseBareExpr("mx(summary.7B.*.tax)").expr).toMatchObject({ kind: "call", name: "mx" });
  });

  it("reports syntax errors at the offending token", () => {
    expect(errorAt("min(summary.7B.*.tax | f4")).toMatchObject({ pos: 21, message: "expected ')' to close min(, found '|'" });
    expect(errorAt("summary.7B.CAI.tax |")).toMatchObject({ pos: 20, message: "expected a format name after |, found end of expression" });
    expect(errorAt("summary.7B*.tax")).toEqual({ pos: 8, length: 3, message: "'summary.7B*.tax' is not a key or key pattern: '7B*': a wildcard '*' stands for one whole segment, e.g. x.*.y" });
    expect(errorAt('bound(x, "<, 1)')).toMatchObject({ pos: 9, message: "unterminated string" });
  });
});
