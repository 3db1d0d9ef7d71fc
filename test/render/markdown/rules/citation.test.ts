/** Citations `[@key]`, `[@a; @b]`: which brackets are citations, and where each key is in the file. */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../../src/render/markdown/parse.js";

/** The inline tokens of `src` as type, tag, content and meta (the file's text shown as "<src>"). */
const inline = (src: string): unknown[] =>
  parseMarkdown(src, "a.md")
    .tokens.filter((t) => t.type === "inline")
    .flatMap((t) => t.children!.map((c) => ({ type: c.type, tag: c.tag, content: c.content, meta: c.meta === null ? null : { ...c.meta, source: c.meta.source === src ? "<src>" : c.meta.source } })));
const text = (content: string) => ({ type: "text", tag: "", content, meta: null });
const cite = (...keys: [string, number][]) => ({ type: "citation", tag: "", content: "", meta: { keys: keys.map(([key, offset]) => ({ key, offset })), file: "a.md", source: "<src>" } });

describe("citation", () => {
  it("keeps each key with the offset of its first character", () => {
    expect(inline("See [@ab; @cd:e-f] end")).toEqual([text("See "), cite(["ab", 6], ["cd:e-f", 11]), text(" end")]);
  });

  it("takes keys separated by ; with or without blanks around it", () => {
    expect(inline("[@ab;@cd] [@ab ;  @cd]")).toEqual([cite(["ab", 2], ["cd", 6]), text(" "), cite(["ab", 12], ["cd", 19])]);
  });

  it("locates keys on a later line of the paragraph", () => {
    expect(inline("First line\nthen [@key1]")).toEqual([text("First line"), { type: "softbreak", tag: "br", content: "", meta: null }, text("then "), cite(["key1", 18])]);
  });

  it("leaves text that is not exactly [@key; ...] as text", () => {
    expect(inline("[@ab")).toEqual([text("[@ab")]);
    expect(inline("[@ x; @ab]")).toEqual([text("[@ x; @ab]")]);
    expect(inline("[@ab cd]")).toEqual([text("[@ab cd]")]);
    expect(inline("[@ab; cd]")).toEqual([text("[@ab; cd]")]);
    // @ must follow the [ itself: "a:@bc]" has no opening bracket.
    expect(inline("a:@bc] x")).toEqual([text("a:@bc] x")]);
  });

  it("a citation inside a link's text is one token (the link does not form)", () => {
    // The link rule skips over the citation in silent mode first: that pass pushes nothing.
    expect(inline("[a [@ab] b](u)")).toEqual([text("[a "), cite(["ab", 5]), text(" b](u)")]);
  });
});
