/** Raw HTML and images in the paper's Markdown, checked as they are parsed: the first refused piece stops the build at its position. */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../../src/render/markdown/parse.js";
import { safetyGapErrorOf } from "../../../helpers/safetyGapError.js";

const failure = (src: string): string => safetyGapErrorOf(() => parseMarkdown(src, "a.md"), JSON.stringify(src)).format();
/** Block tokens as [type, content, map], with an inline token's children as [type, content]. */
const blocks = (src: string): unknown[] =>
  parseMarkdown(src, "a.md").tokens.map((t) => (t.type === "inline" ? [t.type, t.content, t.map, t.children!.map((c) => [c.type, c.content])] : [t.type, t.content, t.map]));
const para = (content: string, map: [number, number]): unknown[] => [["paragraph_open", "", map], ["inline", content, map, [["text", content]]], ["paragraph_close", "", null]];

const remoteHint = "  fix: put the image in the report folder and use a relative path, or make it a ::: figure (docs/figures.md)";

describe("raw HTML", () => {
  it("allowed inline and block HTML is kept as markdown-it's html tokens", () => {
    expect(blocks("Text <b>y</b>")).toEqual([["paragraph_open", "", [0, 1]], ["inline", "Text <b>y</b>", [0, 1], [["text", "Text "], ["html_inline", "<b>"], ["text", "y"], ["html_inline", "</b>"]]], ["paragraph_close", "", null]]);
    expect(blocks("<div>\nx\n</div>")).toEqual([["html_block", "<div>\nx\n</div>", [0, 3]]]);
  });

  it("refused inline HTML is an error at the attribute", () => {
    expect(failure("Text <b onclick=\"x\">y</b>")).toBe(
      "a.md:1:9: the attribute onclick of <b> runs a script: event handlers are not allowed in the paper's Markdown\n" +
        '  1 | Text <b onclick="x">y</b>\n              ^^^^^^^^^^^\n' +
        '  fix: remove the attribute; <b> may have title, lang, dir (docs/writing.md, "Raw HTML")',
    );
  });

  it("refused HTML in an HTML block is an error at its line and column", () => {
    expect(failure('Intro.\n\n<div>\n<span onclick="x">y</span>\n</div>')).toBe(
      "a.md:4:7: the attribute onclick of <span> runs a script: event handlers are not allowed in the paper's Markdown\n" +
        '  4 | <span onclick="x">y</span>\n            ^^^^^^^^^^^\n' +
        '  fix: remove the attribute; <span> may have title, lang, dir (docs/writing.md, "Raw HTML")',
    );
  });

  it("an HTML block ends a paragraph, a blockquote and an unfinished reference, as in markdown-it", () => {
    expect(blocks("a\n<div>\nb</div>")).toEqual([...para("a", [0, 1]), ["html_block", "<div>\nb</div>", [1, 3]]]);
    expect(blocks("> a\n<div>\nb</div>")).toEqual([["blockquote_open", "", [0, 1]], ...para("a", [0, 1]), ["blockquote_close", "", null], ["html_block", "<div>\nb</div>", [1, 3]]]);
    expect(blocks("[a]:\n<div>\n")).toEqual([...para("[a]:", [0, 1]), ["html_block", "<div>\n", [1, 2]]]);
  });

  it("a tag inside a link's text is skipped whole when the link's end is looked for", () => {
    expect(blocks('[a <b title="]">x</b>](u)')[1]).toEqual([
      "inline",
      '[a <b title="]">x</b>](u)',
      [0, 1],
      [["link_open", ""], ["text", "a "], ["html_inline", '<b title="]">'], ["text", "x"], ["html_inline", "</b>"], ["link_close", ""]],
    ]);
  });
});

describe("images", () => {
  it("a local image is kept", () => {
    expect(blocks("![a](b.png)")[1]).toEqual(["inline", "![a](b.png)", [0, 1], [["image", "a"]]]);
  });

  it("a remote image is an error at its URL", () => {
    expect(failure("![a](https://x.com/a.png)")).toBe(
      'a.md:1:6: the image "https://x.com/a.png" is remote: the paper is built offline and may not reach the network\n  1 | ![a](https://x.com/a.png)\n           ^^^^^^^^^^^^^^^^^^^\n' + remoteHint,
    );
    expect(failure("- ![i](//x.com/p.png)")).toMatch(/^a\.md:1:8: the image "\/\/x\.com\/p\.png" is remote/);
  });

  it("the URL is found after its own image's ](, not where the same text appears earlier", () => {
    expect(failure("See https://x.com/p.png ![i](a.png) https://x.com/p.png ![b](https://x.com/p.png)")).toMatch(/^a\.md:1:62: the image "https:\/\/x\.com\/p\.png" is remote/);
    expect(failure("Intro.\n\nSee https://x.com/p.png\nand ![b](https://x.com/p.png)")).toMatch(/^a\.md:4:10: the image "https:\/\/x\.com\/p\.png" is remote/);
  });

  it("a remote image in a table cell is refused too, at its row and column (cells have no line map of their own)", () => {
    expect(failure("Intro.\n\n| a | b |\n|---|---|\n| x | ![i](https://x/y.png) |")).toBe(
      'a.md:5:12: the image "https://x/y.png" is remote: the paper is built offline and may not reach the network\n  5 | | x | ![i](https://x/y.png) |\n                 ^^^^^^^^^^^^^^^\n' + remoteHint,
    );
    expect(blocks("| a |\n|---|\n| ![i](y.png) |").filter((t) => (t as unknown[])[0] === "inline")).toEqual([
      ["inline", "a", null, [["text", "a"]]],
      ["inline", "![i](y.png)", null, [["image", "i"]]],
    ]);
  });
});

