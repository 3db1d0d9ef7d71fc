/** The inline core rule: parses each inline token's content into its children, and only those. */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../../src/render/markdown/parse.js";

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
});
