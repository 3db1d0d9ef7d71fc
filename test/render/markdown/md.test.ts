/** The markdown-it instance: our rules in their places (the order decides which rule sees a character first), its options, built once. */
import { describe, expect, it } from "vitest";
import { markdown } from "../../../src/render/markdown/md.js";

type Ruler = { __rules__: { name: string; alt: string[] }[] };
/** A ruler's rules in order, as "name" or "name[alt,...]" (the rules it may end). */
const rules = (ruler: unknown): string[] => (ruler as Ruler).__rules__.map((r) => r.name + (r.alt.length > 0 ? `[${r.alt.join(",")}]` : ""));

describe("markdown()", () => {
  it("installs each rule at its place among markdown-it's", () => {
    const md = markdown();
    expect(rules(md.core.ruler)).toEqual(["normalize", "block", "strip_references", "heading_label", "inline", "linkify", "replacements", "smartquotes", "text_join", "bracket_before_math", "remote_images"]);
    expect(rules(md.block.ruler)).toEqual([
      "table[paragraph,reference]", "code", "math_block", "directive", "fence[paragraph,reference,blockquote,list]", "blockquote[paragraph,reference,blockquote,list]",
      "hr[paragraph,reference,blockquote,list]", "list[paragraph,reference,blockquote]", "reference", "html_block[paragraph,reference,blockquote]",
      "heading[paragraph,reference,blockquote]", "lheading", "paragraph",
    ]);
    expect(rules(md.inline.ruler)).toEqual(["text", "linkify", "newline", "escape", "math_inline", "backticks", "strikethrough", "placeholder", "crossref", "emphasis", "citation", "link", "image", "autolink", "html_inline", "entity"]);
  });

  it("is built once per html setting", () => {
    expect(markdown()).toBe(markdown(true));
    expect(markdown(false)).toBe(markdown(false));
    expect(markdown(false)).not.toBe(markdown(true));
  });

  it("typographer on (curly quotes, en dash), linkify off, raw HTML only when asked", () => {
    const children = (html: boolean) => markdown(html).parseInline('<b>x</b> "a" -- b https://x.com', {})[0]!.children!.map((c) => [c.type, c.content]);
    expect(children(true)).toEqual([["html_inline", "<b>"], ["text", "x"], ["html_inline", "</b>"], ["text", " “a” – b https://x.com"]]);
    expect(children(false)).toEqual([["text", "<b>x</b> “a” – b https://x.com"]]);
  });
});
