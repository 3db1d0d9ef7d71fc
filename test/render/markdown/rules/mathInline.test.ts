/** Inline math: what opens math must close it; what reads as a literal dollar stays text. */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../../src/render/markdown/parse.js";
import { safetyGapErrorOf } from "../../../helpers/safetyGapError.js";

const inlineTypes = (src: string): string[] => parseMarkdown(src, "a.md").tokens.flatMap((t) => (t.children ?? []).map((c) => c.type));
const texts = (src: string): string => parseMarkdown(src, "a.md").tokens.flatMap((t) => (t.children ?? []).filter((c) => c.type === "text").map((c) => c.content)).join("|");

const failure = (src: string): string => safetyGapErrorOf(() => parseMarkdown(src, "a.md"), JSON.stringify(src)).format();
/** The inline tokens of `src` as type, tag, content and meta (the file's text shown as "<src>"). */
const inline = (src: string): unknown[] =>
  parseMarkdown(src, "a.md")
    .tokens.filter((t) => t.type === "inline")
    .flatMap((t) => t.children!.map((c) => ({ type: c.type, tag: c.tag, content: c.content, meta: c.meta === null ? null : { ...c.meta, source: c.meta.source === src ? "<src>" : c.meta.source } })));
const text = (content: string) => ({ type: "text", tag: "", content, meta: null });
const html = (content: string) => ({ type: "html_inline", tag: "", content, meta: null });
const math = (content: string, offset: number) => ({ type: "math_inline", tag: "math", content, meta: { offset, file: "a.md", source: "<src>" } });

describe("math_inline", () => {
  it("parses $...$, with placeholders and escaped dollars inside", () => {
    expect(inlineTypes("See $x + y$ and $n = {{ $scale }}$ and $a \\$ b$.")).toEqual(["text", "math_inline", "text", "math_inline", "text", "math_inline", "text"]);
  });

  it("keeps literal dollars: \\$, a $ before a space, $ before a digit without a closing $, code spans, <code>", () => {
    expect(inlineTypes("It costs \\$5 or 5 $ each.")).not.toContain("math_inline");
    expect(texts("It costs \\$5.")).toContain("$5");
    expect(inlineTypes("It costs $5, or $6 with tax.")).not.toContain("math_inline");
    expect(inlineTypes("Run `echo $HOME` now.")).toEqual(["text", "code_inline", "text"]);
    expect(inlineTypes("Run <code>echo $HOME</code> now.")).not.toContain("math_inline");
  });

  it("an unclosed $x + y is an error at the opening $", () => {
    expect(failure("Intro.\n\nWe have $x + y in the text.\n")).toBe(
      "a.md:3:9: inline math opened here is not closed by a $ in this paragraph\n" +
        "  3 | We have $x + y in the text.\n              ^\n" +
        "  fix: close the formula with $ (no space before it: $x + y$); for a literal dollar sign write \\$",
    );
    expect(failure("We have $x + y $ here.")).toMatch(/^a\.md:1:9: inline math opened here is not closed: the next \$ follows a space/);
  });

  it("$$ inside a paragraph is an error (inline $$x$$ rendered as $ + math + $), also an unterminated display block after text", () => {
    expect(failure("Inline $$x$$ here.")).toMatch(/^a\.md:1:8: \$\$ inside a paragraph: display math is a block of its own/);
    expect(failure("Text right before\n$$\nx = 1\n$$\n")).toMatch(/^a\.md:2:1: \$\$ inside a paragraph/);
  });

  it("keeps the formula's text and the offset of its first character", () => {
    expect(inline("$x$")).toEqual([math("x", 1)]);
    expect(inline("Let $a_1 + b$ be")).toEqual([text("Let "), math("a_1 + b", 5), text(" be")]);
  });

  it("a $ inside a placeholder does not close the math, up to the placeholder's last character", () => {
    expect(inline("$a {{ $s}} b$ c")).toEqual([math("a {{ $s}} b", 1), text(" c")]);
  });

  it("an unclosed {{ in math is the placeholder's error, not the math's", () => {
    expect(failure("$x {{ y")).toBe(
      "a.md:1:4: template syntax error: {{ is not closed by }}\n  1 | $x {{ y\n         ^^\n  fix: a placeholder is {{ expression | format }}; binary operators need spaces around them",
    );
  });

  it("a $ at the end of a paragraph is a literal dollar", () => {
    expect(inline("costs 5 $")).toEqual([text("costs 5 $")]);
  });

  it("only an open <code> element keeps $ literal: a closed one, another element or a code span does not", () => {
    expect(inline("<code>$x$</code> and `<code>` $y$")).toEqual([html("<code>"), text("$x$"), html("</code>"), text(" and "), { type: "code_inline", tag: "code", content: "<code>", meta: null }, text(" "), math("y", 31)]);
    expect(inline("<code>a</code> $x$ <code>b</code > $y$")).toEqual([
      html("<code>"), text("a"), html("</code>"), text(" "), math("x", 16), text(" "),
      html("<code>"), text("b"), html("</code >"), text(" "), math("y", 36),
    ]);
    expect(inline("<sup>a</sup> $x$")).toEqual([html("<sup>"), text("a"), html("</sup>"), text(" "), math("x", 14)]);
    expect(inline('<code title="t">$y$</code>')).toEqual([html('<code title="t">'), text("$y$"), html("</code>")]);
    // Only the tag itself counts, not an attribute that spells one.
    expect(inline('<code>a <span title="</code>">$x$</span></code>')).toEqual([html("<code>"), text("a "), html('<span title="</code>">'), text("$x$"), html("</span>"), html("</code>")]);
    expect(inline('<span title="<code>">$x$</span>')).toEqual([html('<span title="<code>">'), math("x", 22), html("</span>")]);
  });

  it("inside a link's text, one token (the link rule's silent pass pushes nothing)", () => {
    expect(inline("[a $x$ b](u)")).toEqual([{ type: "link_open", tag: "a", content: "", meta: null }, text("a "), math("x", 4), text(" b"), { type: "link_close", tag: "a", content: "", meta: null }]);
  });
});
