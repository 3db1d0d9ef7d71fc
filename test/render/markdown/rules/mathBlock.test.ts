/** Display math: closed by $$, then nothing or one valid equation label on the closing line. */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../../src/render/markdown/parse.js";
import { safetyGapErrorOf } from "../../../helpers/safetyGapError.js";

const failure = (src: string): string => safetyGapErrorOf(() => parseMarkdown(src, "a.md"), JSON.stringify(src)).format();

describe("math_block", () => {
  it("parses a display block with and without a label", () => {
    const p = parseMarkdown("Text.\n\n$$\nx = 1\n$$ {#eq:one-2}\n\n$$ y $$\n", "a.md");
    const blocks = p.tokens.filter((t) => t.type === "math_block");
    expect(blocks.map((t) => [t.content.trim(), (t.meta as { label?: string }).label])).toEqual([
      ["x = 1", "eq:one-2"],
      ["y", undefined],
    ]);
  });

  it("an unterminated $$ is an error at the opening $$", () => {
    expect(failure("Text.\n\n$$\nx = 1\n\nMore text.\n")).toMatch(/^a\.md:3:1: display math opened here is not closed by \$\$\n/);
  });

  it("labels: {#eq:} (empty), {#fig:x} on an equation, {#eq:a b}, and other text after $$ are errors at the label", () => {
    expect(failure("$$\nx\n$$ {#eq:}\n")).toMatch(/^a\.md:3:6: the equation label \{#eq:\} has no name/);
    expect(failure("$$\nx\n$$ {#fig:x}\n")).toMatch(/^a\.md:3:6: an equation label starts with "eq:", not "fig:" \(@fig:x would read "Eq\. \(n\)"\); did you mean "eq:x"\?/);
    expect(failure("$$\nx\n$$ {#eq:a b}\n")).toMatch(/^a\.md:3:6: "eq:a b" is not an equation label/);
    expect(failure("$$\nx\n$$ and text\n")).toMatch(/^a\.md:3:4: text after the closing \$\$: only an equation label/);
  });
});
