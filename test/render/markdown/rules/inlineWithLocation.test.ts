/** The inline core rule: parses each inline token's content into its children, and only those. */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../../src/render/markdown/parse.js";
import { safetyGapErrorOf } from "../../../helpers/safetyGapError.js";

describe("inline (with location)", () => {
  it("gives inline tokens their children and leaves block tokens without", () => {
    const tokens = parseMarkdown("# A\n\nb *c*", "a.md").tokens;
    expect(tokens.map((t) => [t.type, t.children?.map((c) => [c.type, c.content]) ?? null])).toEqual([
      ["heading_open", null],
      ["inline", [["text", "A"]]],
      ["heading_close", null],
      ["paragraph_open", null],
      ["inline", [["text", "b "], ["em_open", ""], ["text", "c"], ["em_close", ""]]],
      ["paragraph_close", null],
    ]);
  });

  it("positions in a table cell count from its row (cells have no line map of their own)", () => {
    const src = "Intro.\n\n| a | b |\n|---|---|\n| x | @fig:x |";
    const cells = parseMarkdown(src, "a.md").tokens.filter((t) => t.type === "inline" && t.map === null);
    expect(cells.map((t) => t.children!.map((c) => [c.type, c.meta]))).toEqual([
      [["text", null]], [["text", null]], [["text", null]],
      [["crossref", { label: "fig:x", offset: src.indexOf("fig:x"), file: "a.md", source: src }]],
    ]);
    expect(safetyGapErrorOf(() => parseMarkdown("Intro.\n\n| a |\n|---|\n| {{ 1 + }} |", "a.md")).format()).toBe(
      "a.md:5:10: template syntax error: expected a value, found end of expression\n  5 | | {{ 1 + }} |\n               ^\n  fix: a placeholder is {{ expression | format }}; binary operators need spaces around them",
    );
  });
});

