/** A token with only the fields these functions read. */
const token = (fields: Partial<Token>): Token => ({ map: null, content: "", meta: null, ...fields }) as unknown as Token;

/** File offsets of positions in a block's text, which markdown-it gives without indentation and list or quote markers. */
import { describe, expect, it } from "vitest";
import type { Token } from "markdown-it";
import { locate, locateIn, makeParseEnv, metaOf } from "../../../src/render/markdown/env.js";

describe("makeParseEnv", () => {
  it("splits the file into lines and where each starts", () => {
    expect(makeParseEnv("a.md", "ab\n\ncde\n")).toEqual({ file: "a.md", source: "ab\n\ncde\n", lines: ["ab", "", "cde", ""], lineStarts: [0, 3, 4, 8] });
  });
});

describe("locateIn", () => {
  const src = "Intro.\n\n1. 1x and\n   more 1y\n";
  const env = makeParseEnv("a.md", src);
  // The list item's paragraph as markdown-it gives it: lines 2-3 without the marker and the indentation.
  const content = "1x and\nmore 1y";

  it("finds each line's text after its marker or indentation", () => {
    expect(locateIn(env, 2, content, 0)).toBe(src.indexOf("1x"));
    expect(locateIn(env, 2, content, 3)).toBe(src.indexOf("and"));
    expect(locateIn(env, 2, content, content.indexOf("1y"))).toBe(src.indexOf("1y"));
    expect(locateIn(env, 2, content, content.indexOf("more"))).toBe(src.indexOf("more"));
  });

  it("a line past the end of the file counts from offset 0", () => {
    expect(locateIn(env, 9, "here", 2)).toBe(2);
  });
});

describe("locate", () => {
  it("uses the current inline token's first line and content", () => {
    const env = makeParseEnv("a.md", "x\n\n- item $a$\n");
    env.current = token({ map: [2, 3], content: "item $a$" });
    expect(locate(env, 5)).toBe("x\n\n- item ".length);
  });

  it("is 0 without a current token", () => {
    expect(locate(makeParseEnv("a.md", "x\n\n- item $a$\n"), 5)).toBe(0);
  });

  it("a token without lines (a table cell) starts on currentLine, else on the first line", () => {
    const env = makeParseEnv("a.md", "| a |\n|---|\n| b $c$ |\n");
    env.current = token({ content: "b $c$" });
    expect(locate(env, 2)).toBe(2);
    env.currentLine = 2;
    expect(locate(env, 2)).toBe("| a |\n|---|\n| b ".length);
  });
});

describe("metaOf", () => {
  it("is the token's meta", () => {
    const tok = token({ meta: { label: "sec:a" } });
    expect(metaOf<{ label: string }>(tok)).toBe(tok.meta);
  });
});
