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

  /** The block tokens of `src` (math blocks in full, the file's text shown as "<src>"). */
  const blocks = (src: string): unknown[] =>
    parseMarkdown(src, "a.md").tokens.map((t) => ({ type: t.type, tag: t.tag, content: t.content, map: t.map, block: t.block, meta: t.meta === null ? null : { ...t.meta, source: t.meta.source === src ? "<src>" : t.meta.source } }));
  const para = (content: string, map: [number, number]): unknown[] => [
    { type: "paragraph_open", tag: "p", content: "", map, block: true, meta: null },
    { type: "inline", tag: "", content, map, block: true, meta: null },
    { type: "paragraph_close", tag: "p", content: "", map: null, block: true, meta: null },
  ];

  it("keeps the formula between the $$, its lines, and the offsets of the formula and the label", () => {
    expect(blocks("  $$\n  x = 1\n  $$ {#eq:a-1}\n\nb")).toEqual([
      { type: "math_block", tag: "math", content: "\n  x = 1\n  ", map: [0, 3], block: true, meta: { offset: 4, file: "a.md", source: "<src>", label: "eq:a-1", labelOffset: 20 } },
      ...para("b", [4, 5]),
    ]);
    expect(blocks("a\n\n$$\n   x\n$$")).toEqual([...para("a", [0, 1]), { type: "math_block", tag: "math", content: "\n   x\n", map: [2, 5], block: true, meta: { offset: 5, file: "a.md", source: "<src>" } }]);
  });

  it("one line: trailing blanks are nothing, a label may follow the $$ directly or with blanks after it", () => {
    expect(blocks("$$x$$   ")).toEqual([{ type: "math_block", tag: "math", content: "x", map: [0, 1], block: true, meta: { offset: 2, file: "a.md", source: "<src>" } }]);
    expect(blocks("$$x$${#eq:a}")).toEqual([{ type: "math_block", tag: "math", content: "x", map: [0, 1], block: true, meta: { offset: 2, file: "a.md", source: "<src>", label: "eq:a", labelOffset: 7 } }]);
    expect(blocks("$$\nx\n$$ {#eq:a}  ")).toEqual([{ type: "math_block", tag: "math", content: "\nx\n", map: [0, 3], block: true, meta: { offset: 2, file: "a.md", source: "<src>", label: "eq:a", labelOffset: 10 } }]);
  });

  it("text before or after a label is an error over the whole rest of the line", () => {
    expect(failure("$$ x $$ y {#eq:a}")).toBe(
      "a.md:1:9: text after the closing $$: only an equation label {#eq:name} may follow it on its line\n  1 | $$ x $$ y {#eq:a}\n              ^^^^^^^^^\n" +
        "  fix: label an equation with {#eq:name} after the closing $$ (name: letters, digits, - and _), and cite it as @eq:name",
    );
    expect(failure("$$x$$ {#eq:a} y")).toMatch(/^a\.md:1:7: text after the closing \$\$: only an equation label \{#eq:name\} may follow it on its line\n {2}1 \| \$\$x\$\$ \{#eq:a\} y\n {12}\^{9}\n/);
  });

  it("a bad label is underlined whole", () => {
    expect(failure("$$x$$ {#xeq:a}")).toBe(
      'a.md:1:9: "xeq:a" is not an equation label: it is "eq:" followed by letters, digits, - and _ (no spaces)\n  1 | $$x$$ {#xeq:a}\n              ^^^^^\n' +
        "  fix: label an equation with {#eq:name} after the closing $$ (name: letters, digits, - and _), and cite it as @eq:name",
    );
  });

  it("the closing $$ is searched for only inside the block (a blockquote ends before a heading)", () => {
    expect(failure("> $$\n> x\n# h $$")).toMatch(/^a\.md:1:3: display math opened here is not closed by \$\$\n/);
  });
});
