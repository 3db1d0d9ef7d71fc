import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/render/markdown/parse.js";
import { SafetyGapError } from "../../../src/errors.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";

describe("parseMarkdown", () => {
  it("keeps front matter as data and line numbers intact", () => {
    const p = parseMarkdown("---\nrole: abstract\n---\nText {{ summary.7B.CAI.tax | f4 }}.\n", "a.md");
    expect(p.data).toEqual({ role: "abstract" });
    const inline = p.tokens.find((t) => t.type === "inline")!;
    expect(inline.map).toEqual([3, 4]);
    const ph = inline.children!.find((t) => t.type === "placeholder")!;
    expect((ph.meta as { offset: number }).offset).toBe("---\nrole: abstract\n---\nText {{".length);
  });
  it("tokenizes placeholders, math, labels, references, citations and floats", () => {
    const src = "# Results {#sec:r}\n\nSee @tbl:x, $a$ and [@k1; @k2].\n\n$$\nx\n$$ {#eq:x}\n\n::: table tbl:x scale=13B\nCap {{ $scale }}\n:::\n";
    const p = parseMarkdown(src, "b.md");
    const types = p.tokens.flatMap((t) => [t.type, ...(t.children ?? []).map((c) => c.type)]);
    expect(types).toEqual(expect.arrayContaining(["crossref", "math_inline", "citation", "math_block", "directive_open", "placeholder"]));
    expect(p.tokens.find((t) => t.type === "heading_open")!.meta).toEqual({ label: "sec:r" });
    expect(p.tokens.find((t) => t.type === "math_block")!.meta).toMatchObject({ label: "eq:x" });
    expect(p.tokens.find((t) => t.type === "directive_open")!.meta).toMatchObject({ kind: "table", label: "tbl:x", params: { scale: "13B" } });
  });
  it("reports a placeholder syntax error at its line and column", () => {
    try {
      parseMarkdown("Intro.\n\nThe gap is {{ max(summary.7B.*.safetyGap | f4 }}.\n", "c.md");
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(SafetyGapError);
      expect((e as SafetyGapError).format()).toMatch(/^c\.md:3:42: template syntax error: expected '\)' to close max\(, found '\|'/);
    }
  });
  it("finds a placeholder's column inside a list item", () => {
    const p = parseMarkdown("1. First\n2. Second {{ x | f4 }}\n", "d.md");
    const items = p.tokens.filter((t) => t.type === "inline");
    const ph = items[1]!.children!.find((t) => t.type === "placeholder")!;
    expect((ph.meta as { offset: number }).offset).toBe("1. First\n2. Second {{".length);
  });
});

describe("front matter", () => {
  const failure = (src: string): string => safetyGapErrorOf(() => parseMarkdown(src, "a.md"), JSON.stringify(src)).format();
  it("accepts role: abstract, numbered: false, empty front matter and none", () => {
    expect(parseMarkdown("---\nrole: abstract\nnumbered: false\n---\nText.\n", "a.md").data).toEqual({ role: "abstract", numbered: false });
    expect(parseMarkdown("---\n---\nText.\n", "a.md").data).toEqual({});
    expect(parseMarkdown("---\r\nrole: abstract\r\n---\r\nText.\r\n", "a.md").data).toEqual({ role: "abstract" });
    expect(parseMarkdown("Text.\n\n---\n\nMore.\n", "a.md").data).toEqual({});
  });
  it("a misspelt key or role value is an error at it, with the closest valid one (the file was quietly not the abstract)", () => {
    expect(failure("---\nrol: abstract\n---\nText.\n")).toBe("a.md:2:1 (rol): unknown field `rol`; allowed: `role`, `numbered`\n  2 | rol: abstract\n      ^^^\n  fix: did you mean `role`?");
    expect(failure("---\nrole: abstrct\n---\nText.\n")).toBe("a.md:2:7 (role): `role` must be `abstract`, got `abstrct`\n  2 | role: abstrct\n            ^^^^^^^\n  fix: did you mean `abstract`?");
    expect(failure("---\nnumbered: no\n---\nText.\n")).toMatch(/^a\.md:2:11 \(numbered\): `numbered` must be true or false, got `no`\n/);
  });
  it("front matter not closed by --- is an error at the opening line (it became a rule and a paragraph)", () => {
    expect(failure("---\nrole: abstract\n\nText.\n")).toMatch(/^a\.md:1:1: front matter opened by the line --- is not closed by a line ---/);
  });
  it("a YAML syntax error is labelled as such, at its real line and column", () => {
    const text = failure("---\nrole: abstract\nnumbered: [true\n---\nText.\n");
    expect(text).toMatch(/^a\.md:3:16: YAML syntax error in the front matter: Flow sequence/);
    expect(text).not.toContain("template syntax error");
    expect(failure("---\nrole: abstract\n  numbered: false\n---\nText.\n")).toMatch(/^a\.md:2:7: YAML syntax error in the front matter: /);
  });

  it("blanks after either --- are allowed, and the closing --- may end the file", () => {
    const p = parseMarkdown("---  \nrole: abstract\n---  \nText.", "a.md");
    expect(p.data).toEqual({ role: "abstract" });
    expect(p.tokens.map((t) => [t.type, t.map])).toEqual([["paragraph_open", [3, 4]], ["inline", [3, 4]], ["paragraph_close", null]]);
    expect(parseMarkdown("---\nrole: abstract\n---", "a.md")).toEqual({ file: "a.md", source: "---\nrole: abstract\n---", data: { role: "abstract" }, tokens: [] });
  });
  it("front matter that is not a mapping is named as such, with where its fields are described", () => {
    expect(failure("---\n- a\n---\nText")).toBe("a.md:2:1: the front matter must be a mapping (key: value lines), got a list\n  2 | - a\n      ^^^\n  fix: docs/writing.md describes every field.");
  });
});
