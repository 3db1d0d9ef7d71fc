// showExpr: a formula written back with its keys replaced, parenthesised only where precedence needs it.
import { describe, expect, it } from "vitest";
import { showExpr } from "../../src/lang/show.js";
import { parseExpr } from "../../src/lang/parser.js";

const show = (text: string, vars: Record<string, string> = {}): string => showExpr(parseExpr(text), vars, (ref) => `<${ref.template}>`);

describe("showExpr", () => {
  it("writes numbers, strings, keys, bound variables and unbound names", () => {
    expect(show("`a.{m}` - 0.5")).toBe("<a.{m}> - 0.5");
    expect(show('"CAI"')).toBe('"CAI"');
    expect(show("m + n", { m: "RLVR" })).toBe("RLVR + n");
    expect(show("1.1%")).toBe("0.011");
    expect(show("1e400")).toBe("Infinity");
  });

  it("keeps the parentheses precedence needs and drops the others", () => {
    expect(show("(`a` + `b`) * `c`")).toBe("(<a> + <b>) * <c>");
    expect(show("`a` + `b` * `c`")).toBe("<a> + <b> * <c>");
    expect(show("(`a` * `b`) + `c`")).toBe("<a> * <b> + <c>");
    expect(show("`a` - (`b` - `c`)")).toBe("<a> - (<b> - <c>)");
    expect(show("(`a` - `b`) - `c`")).toBe("<a> - <b> - <c>");
    expect(show("`a` + (`b` + `c`)")).toBe("<a> + <b> + <c>");
    expect(show("`a` / (`b` / `c`)")).toBe("<a> / (<b> / <c>)");
    expect(show("`a` * (`b` / `c`)")).toBe("<a> * <b> / <c>");
    expect(show("`a` / (`b` * `c`)")).toBe("<a> / (<b> * <c>)");
    expect(show("-(`a` - `b`)")).toBe("-(<a> - <b>)");
    expect(show("-`a` * 2")).toBe("-<a> * 2");
  });

  it("writes calls with their arguments, and anything else as an ellipsis", () => {
    expect(show("abs(`a` - `b`) / max(`c`, 2)")).toBe("abs(<a> - <b>) / max(<c>, 2)");
    expect(show("abs(`a`) + mean(v in `x.*`: v)")).toBe("abs(<a>) + …");
  });
});
