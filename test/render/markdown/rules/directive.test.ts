/** Float directives: each kind's parameters, names and values checked at parse time. */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../../src/render/markdown/parse.js";
import { safetyGapErrorOf } from "../../../helpers/safetyGapError.js";

const failure = (src: string): string => safetyGapErrorOf(() => parseMarkdown(src, "a.md"), JSON.stringify(src)).format();
const float = (first: string): string => `Text.\n\n${first}\nCaption.\n:::\n`;

describe("directive", () => {
  it("keeps valid parameters and where their values are", () => {
    const src = float("::: figure fig:x spec=fig4 wide=true");
    const meta = parseMarkdown(src, "a.md").tokens.find((t) => t.type === "directive_open")!.meta as { params: object; paramOffsets: Record<string, number> };
    expect(meta.params).toEqual({ spec: "fig4", wide: "true" });
    expect(src.slice(meta.paramOffsets.spec!, meta.paramOffsets.spec! + 4)).toBe("fig4");
    expect(parseMarkdown(float("::: table tbl:t scale=13B wide=false  "), "a.md").tokens[3]!.meta).toMatchObject({ params: { scale: "13B", wide: "false" } });
  });

  it("an unknown parameter name is an error at it, with the closest one (wdie=true was ignored)", () => {
    expect(failure(float("::: figure fig:x spec=fig4 wdie=true"))).toBe(
      'a.md:3:28: unknown parameter "wdie" for a figure; did you mean "wide"?\n' +
        "  3 | ::: figure fig:x spec=fig4 wdie=true\n                                 ^^^^\n" +
        "  fix: a figure takes spec=<id> (report/figures/<id>.vl.json) and wide=true|false",
    );
    expect(failure(float("::: figure fig:x scale=99B"))).toMatch(/^a\.md:3:18: unknown parameter "scale" for a figure\n[\s\S]*fix: a figure's scale is set in its spec/);
    expect(failure(float("::: table tbl:t spec=x"))).toMatch(/^a\.md:3:17: unknown parameter "spec" for a table/);
  });

  it("a bad value or a parameter given twice is an error at it", () => {
    expect(failure(float("::: figure fig:x wide=maybe"))).toMatch(/^a\.md:3:23: wide=maybe: wide is true or false\n/);
    expect(failure(float("::: figure fig:x wide=ture"))).toMatch(/^a\.md:3:23: wide=ture: wide is true or false; did you mean "true"\?/);
    expect(failure(float("::: figure fig:x spec=../x"))).toMatch(/^a\.md:3:23: spec=\.\.\/x: not a valid value/);
    expect(failure(float("::: table tbl:t wide=true wide=false"))).toMatch(/^a\.md:3:27: parameter "wide" is given twice/);
  });

  /** The block tokens of `src`, directive meta in full (the file's text shown as "<src>"). */
  const blocks = (src: string): unknown[] =>
    parseMarkdown(src, "a.md").tokens.map((t) => ({ type: t.type, tag: t.tag, nesting: t.nesting, content: t.content, map: t.map, block: t.block, meta: t.meta === null ? null : { ...t.meta, source: t.meta.source === src ? "<src>" : t.meta.source } }));
  const caption = (content: string, map: [number, number]) => ({ type: "inline", tag: "", nesting: 0, content, map, block: true, meta: null });
  const close = { type: "directive_close", tag: "figure", nesting: -1, content: "", map: null, block: true, meta: null };

  it("an indented float: its lines, its caption without the indentation, the offsets of its label and parameters", () => {
    const src = "x\n\n  ::: table tbl:t scale=13B  \n  Cap {{ $scale }}\n  more\n  :::\n\nafter";
    const tokens = blocks(src);
    expect(tokens.slice(3, 6)).toEqual([
      { type: "directive_open", tag: "figure", nesting: 1, content: "", map: [2, 6], block: true, meta: { kind: "table", label: "tbl:t", params: { scale: "13B" }, paramOffsets: { scale: 27 }, offset: 15, file: "a.md", source: "<src>" } },
      caption("Cap {{ $scale }}\nmore", [3, 5]),
      close,
    ]);
    expect(src.slice(15, 20)).toBe("tbl:t");
    expect(src.slice(27, 30)).toBe("13B");
    expect(tokens.slice(6).map((t) => (t as { type: string }).type)).toEqual(["paragraph_open", "inline", "paragraph_close"]);
  });

  it("blanks between the parts are free; the closing ::: may have trailing blanks", () => {
    expect(blocks("::: figure  fig:ab  spec=a  wide=true\nC\n:::  ")).toEqual([
      { type: "directive_open", tag: "figure", nesting: 1, content: "", map: [0, 3], block: true, meta: { kind: "figure", label: "fig:ab", params: { spec: "a", wide: "true" }, paramOffsets: { spec: 25, wide: 33 }, offset: 12, file: "a.md", source: "<src>" } },
      caption("C", [1, 2]),
      close,
    ]);
    expect(blocks(":::figure fig:x\nC\n:::")).toEqual([
      { type: "directive_open", tag: "figure", nesting: 1, content: "", map: [0, 3], block: true, meta: { kind: "figure", label: "fig:x", params: {}, paramOffsets: {}, offset: 10, file: "a.md", source: "<src>" } },
      caption("C", [1, 2]),
      close,
    ]);
  });

  it("a malformed first line, or a kind and label that do not match, is an error over the line", () => {
    expect(failure("::::figure fig:x\nC\n:::")).toBe('a.md:1:1: unknown directive "::::figure fig:x"; expected "::: table tbl:<id>" or "::: figure fig:<id>"\n  1 | ::::figure fig:x\n      ^^^^^^^^^^^^^^^^');
    expect(failure("::: figure fig:x wide=true extra\nC\n:::")).toMatch(/^a\.md:1:1: unknown directive "::: figure fig:x wide=true extra"/);
    expect(failure("::: table fig:x\nC\n:::")).toBe('a.md:1:1: unknown directive "::: table fig:x"; expected "::: table tbl:<id>" or "::: figure fig:<id>"\n  1 | ::: table fig:x\n      ^^^^^^^^^^^^^^^');
    expect(failure("::: figure fig:\nC\n:::")).toMatch(/^a\.md:1:1: unknown directive "::: figure fig:"/);
  });

  it("a float without its closing ::: line is an error at its first line", () => {
    expect(failure("::: figure fig:x\nC\n")).toBe(
      'a.md:1:1: the figure directive is not closed by a line ":::"\n  1 | ::: figure fig:x\n      ^^^^^^^^^^^^^^^^\n  fix: end the figure with a line ":::" after its caption (::: figure fig:<id>, the caption, then :::)',
    );
  });

  it("a value is checked whole, not by a prefix or a suffix", () => {
    expect(failure("::: table tbl:t scale=/13B\n:::")).toBe("a.md:1:23: scale=/13B: not a valid value\n  1 | ::: table tbl:t scale=/13B\n                            ^^^^\n  fix: a table takes scale=<scale> (one of the results' scales) and wide=true|false");
    expect(failure("::: table tbl:t scale=13B/\n:::")).toMatch(/^a\.md:1:23: scale=13B\/: not a valid value\n/);
    expect(failure("::: figure fig:x spec=a/b\n:::")).toMatch(/^a\.md:1:23: spec=a\/b: not a valid value\n/);
  });

  it("floats back to back each end at their own ::: line; blanks around the caption are dropped", () => {
    expect(blocks("::: figure fig:a\nA  \n:::\n::: figure fig:b\n  B\n:::").map((t) => { const { type, content, map } = t as { type: string; content: string; map: unknown }; return [type, content, map]; })).toEqual([
      ["directive_open", "", [0, 3]], ["inline", "A", [1, 2]], ["directive_close", "", null],
      ["directive_open", "", [3, 6]], ["inline", "B", [4, 5]], ["directive_close", "", null],
    ]);
  });
});

