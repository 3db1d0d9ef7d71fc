/** Placeholders `{{ expression | format }}`: parsed where they stand, syntax errors at their file position. */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../../src/render/markdown/parse.js";
import { parsePlaceholder } from "../../../../src/render/template/placeholder.js";
import { safetyGapErrorOf } from "../../../helpers/safetyGapError.js";

const inline = (src: string): unknown[] =>
  parseMarkdown(src, "a.md")
    .tokens.filter((t) => t.type === "inline")
    .flatMap((t) => t.children!.map((c) => ({ type: c.type, tag: c.tag, content: c.content, meta: c.meta === null ? null : { ...c.meta, source: c.meta.source === src ? "<src>" : c.meta.source } })));
const text = (content: string) => ({ type: "text", tag: "", content, meta: null });
const ph = (body: string, offset: number) => ({ type: "placeholder", tag: "", content: "", meta: { placeholder: parsePlaceholder(body), offset, file: "a.md", source: "<src>" } });
const failure = (src: string): string => safetyGapErrorOf(() => parseMarkdown(src, "a.md"), JSON.stringify(src)).format();

describe("placeholder", () => {
  it("parses each placeholder, its offset the first character after {{", () => {
    expect(inline("{{ a | f4 }}{{b}} c")).toEqual([ph(" a | f4 ", 2), ph("b", 14), text(" c")]);
  });

  it("a single brace is text", () => {
    expect(inline("a {b}} {x}} c")).toEqual([text("a {b}} {x}} c")]);
    expect(inline("a:{x}} b")).toEqual([text("a:{x}} b")]);
  });

  it("an unclosed {{ is an error at it", () => {
    expect(failure("Intro.\n\nx {{ y\n")).toBe(
      "a.md:3:3: template syntax error: {{ is not closed by }}\n  3 | x {{ y\n        ^^\n  fix: a placeholder is {{ expression | format }}; binary operators need spaces around them",
    );
  });

  it("a syntax error inside is reported at its own column", () => {
    expect(failure("{{ 1 + }}")).toBe(
      "a.md:1:8: template syntax error: expected a value, found end of expression\n  1 | {{ 1 + }}\n             ^\n  fix: a placeholder is {{ expression | format }}; binary operators need spaces around them",
    );
  });

  it("inside a link's text, one token (the link rule's silent pass pushes nothing)", () => {
    expect(inline("[a {{ x }} b](u)")).toEqual([
      { type: "link_open", tag: "a", content: "", meta: null },
      text("a "),
      ph(" x ", 5),
      text(" b"),
      { type: "link_close", tag: "a", content: "", meta: null },
    ]);
  });
});
