/** Cross-references `@sec:x`, `@eq:x`, `@tbl:x`, `@fig:x`: the label read and its offset in the file. */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../../src/render/markdown/parse.js";

const inline = (src: string): unknown[] =>
  parseMarkdown(src, "a.md")
    .tokens.filter((t) => t.type === "inline")
    .flatMap((t) => t.children!.map((c) => ({ type: c.type, tag: c.tag, content: c.content, meta: c.meta === null ? null : { ...c.meta, source: c.meta.source === src ? "<src>" : c.meta.source } })));
const text = (content: string) => ({ type: "text", tag: "", content, meta: null });
const ref = (label: string, offset: number) => ({ type: "crossref", tag: "", content: "", meta: { label, offset, file: "a.md", source: "<src>" } });

describe("crossref", () => {
  it("reads the whole label, at the start of a paragraph too", () => {
    expect(inline("@fig:ab x")).toEqual([ref("fig:ab", 1), text(" x")]);
    expect(inline("@fig:a-b and @tbl:t_1.")).toEqual([ref("fig:a-b", 1), text(" and "), ref("tbl:t_1", 14), text(".")]);
  });

  it("a label does not end in -", () => {
    expect(inline("See @sec:a- b")).toEqual([text("See "), ref("sec:a", 5), text("- b")]);
  });

  it("is not a reference after a word character, or without a kind and a name", () => {
    expect(inline("user@fig:y (@sec:z)")).toEqual([text("user@fig:y ("), ref("sec:z", 13), text(")")]);
    expect(inline("a @ b @fig:x")).toEqual([text("a @ b "), ref("fig:x", 7)]);
    expect(inline("a @fig: b @foo:x")).toEqual([text("a @fig: b @foo:x")]);
  });

  it("the offset counts the list markers before the text", () => {
    const p = parseMarkdown("- 1. @eq:q-1", "a.md");
    expect(p.tokens.find((t) => t.type === "inline")!.children!.map((c) => c.meta)).toEqual([{ label: "eq:q-1", offset: 6, file: "a.md", source: "- 1. @eq:q-1" }]);
  });

  it("inside a link's text, one token (the link rule's silent pass pushes nothing)", () => {
    expect(inline("[a @fig:b c](u)")).toEqual([
      { type: "link_open", tag: "a", content: "", meta: null },
      text("a "),
      ref("fig:b", 4),
      text(" c"),
      { type: "link_close", tag: "a", content: "", meta: null },
    ]);
  });
});
