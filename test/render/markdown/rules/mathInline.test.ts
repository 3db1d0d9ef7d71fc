/** Inline math: what opens math must close it; what reads as a literal dollar stays text. */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../../src/render/markdown/parse.js";
import { safetyGapErrorOf } from "../../../helpers/safetyGapError.js";

const inlineTypes = (src: string): string[] => parseMarkdown(src, "a.md").tokens.flatMap((t) => (t.children ?? []).map((c) => c.type));
const texts = (src: string): string => parseMarkdown(src, "a.md").tokens.flatMap((t) => (t.children ?? []).filter((c) => c.type === "text").map((c) => c.content)).join("|");

const failure = (src: string): string => safetyGapErrorOf(() => parseMarkdown(src, "a.md"), JSON.stringify(src)).format();

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
});
