/** An opening bracket just before inline math moves onto the math token, so the two stay on one line. */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../../src/render/markdown/parse.js";

const inline = (src: string): unknown[] =>
  parseMarkdown(src, "a.md")
    .tokens.filter((t) => t.type === "inline")
    .flatMap((t) => t.children!.map((c) => ({ type: c.type, content: c.content, meta: c.meta === null ? null : { ...c.meta, source: c.meta.source === src ? "<src>" : c.meta.source } })));
const text = (content: string) => ({ type: "text", content, meta: null });
const math = (content: string, offset: number, bracket?: string) => ({ type: "math_inline", content, meta: { offset, file: "a.md", source: "<src>", ...(bracket === undefined ? {} : { bracket }) } });

describe("bracket_before_math", () => {
  it("moves (, [, {, ‘ and “ from the end of the text before the math onto it", () => {
    expect(inline("intervals ($n$) and [$x$] and “$y$” and {$z$} ‘$w$’ end")).toEqual([
      text("intervals "), math("n", 12, "("), text(") and "), math("x", 22, "["), text("] and "), math("y", 32, "“"), text("” and "),
      math("z", 42, "{"), text("} "), math("w", 48, "‘"), text("’ end"),
    ]);
  });

  it("only a bracket that ends the text, only from text, and only onto math", () => {
    expect(inline("a $v$ and (a $u$")).toEqual([text("a "), math("v", 3), text(" and (a "), math("u", 14)]);
    expect(inline("`(`$x$ a (*b*)")).toEqual([
      { type: "code_inline", content: "(", meta: null }, math("x", 4), text(" a ("),
      { type: "em_open", content: "", meta: null }, text("b"), { type: "em_close", content: "", meta: null }, text(")"),
    ]);
  });

  it("in every paragraph, headings and list items too", () => {
    expect(inline("# H ($a$)\n\n- b ($c$)")).toEqual([text("H "), math("a", 6, "("), text(")"), text("b "), math("c", 17, "("), text(")")]);
  });
});
