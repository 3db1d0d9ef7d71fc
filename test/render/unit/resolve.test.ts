/**
 * resolve: numbering across pages in reading order, the labels and
 * citations it checks, and the reference list's order. Pages are parsed
 * from a few lines; bibliography entries are written out (no citeproc).
 */
import { describe, expect, it } from "vitest";
import { parseMarkdown, type Page } from "../../../src/render/markdown/parse.js";
import { resolve } from "../../../src/render/resolve.js";
import type { BibEntry } from "../../../src/render/bib/references.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";

const entry = (key: string, sortKey: string): BibEntry => ({ key, offset: 0, sortKey, html: key.toUpperCase() });
const BIB = [entry("k1", "b"), entry("k2", "a"), entry("k3", "0")];

const ABSTRACT = "---\nrole: abstract\n---\n# Abs {#sec:abs}\n\nText @sec:a.\n";
const BODY = "# A {#sec:a}\n\n## A1 {#sec:a1}\n\n## A2\n\n### A2x {#sec:deep}\n\n# B {#sec:b}\n\n## B1 {#sec:b1}\n\n$$\nx\n$$ {#eq:x}\n\n$$\ny\n$$\n\n::: table tbl:t\nT\n:::\n\n::: figure fig:f\nF\n:::\n\n::: figure fig:g\nG @eq:x\n:::\n";
const APPENDIX = "---\nnumbered: false\n---\n# Appendix {#sec:app}\n\n## Part\n\nSee [@k1; @k2] and [@k1], *in [@k2]*.\n";

const pagesOf = (...sources: string[]): Page[] => sources.map((s, i) => parseMarkdown(s, `p${i}.md`));
const numbers = (pages: Page[]): string[] =>
  pages.flatMap((p) => p.tokens.filter((t) => (t.meta as { number?: string } | null)?.number !== undefined).map((t) => `${t.type} ${(t.meta as { number: string }).number}`));

describe("resolve", () => {
  it("numbers h1/h2 sections of numbered pages, equations, tables and figures, in reading order", () => {
    const pages = pagesOf(ABSTRACT, BODY, APPENDIX);
    const r = resolve(pages, BIB);
    expect(r.pages).toBe(pages);
    expect([...r.labels]).toEqual([
      ["sec:a", { kind: "sec", number: "1", text: "Section 1" }],
      ["sec:a1", { kind: "sec", number: "1.1", text: "Section 1.1" }],
      ["sec:b", { kind: "sec", number: "2", text: "Section 2" }],
      ["sec:b1", { kind: "sec", number: "2.1", text: "Section 2.1" }],
      ["eq:x", { kind: "eq", number: "1", text: "Eq. (1)" }],
      ["tbl:t", { kind: "tbl", number: "1", text: "Table 1" }],
      ["fig:f", { kind: "fig", number: "1", text: "Figure 1" }],
      ["fig:g", { kind: "fig", number: "2", text: "Figure 2" }],
    ]);
    expect(numbers(pages)).toEqual([
      "heading_open 1",
      "heading_open 1.1",
      "heading_open 1.2",
      "heading_open 2",
      "heading_open 2.1",
      "math_block 1",
      "math_block 2",
      "directive_open 1",
      "directive_open 1",
      "directive_open 2",
    ]);
    // A heading keeps its label next to its number.
    expect(pages[1]!.tokens[0]!.meta).toEqual({ label: "sec:a", number: "1" });
  });

  it("numbers the cited entries by sort key, each once, and leaves the uncited out", () => {
    const r = resolve(pagesOf(APPENDIX), BIB);
    expect(r.references).toEqual([entry("k2", "a"), entry("k1", "b")]);
    expect([...r.citations]).toEqual([
      ["k2", 1],
      ["k1", 2],
    ]);
  });

  it("a page without labels or citations resolves to nothing", () => {
    const r = resolve(pagesOf("Just text.\n"), BIB);
    expect([r.labels.size, r.citations.size, r.references]).toEqual([0, 0, []]);
  });
});

describe("resolve refuses", () => {
  const failure = (...sources: string[]): string => safetyGapErrorOf(() => resolve(pagesOf(...sources), BIB)).format();

  it("a section label declared twice, at the second heading's line", () => {
    expect(failure("# A {#sec:a}\n", "Text.\n\n## B {#sec:a}\n")).toBe("p1.md:3:1: label \"sec:a\" is declared twice\n  3 | ## B {#sec:a}\n      ^^^^^");
  });

  it("an equation label declared twice, at the label", () => {
    expect(failure("$$\nx\n$$ {#eq:x}\n\n$$\ny\n$$ {#eq:x}\n")).toBe("p0.md:7:6: label \"eq:x\" is declared twice\n  7 | $$ {#eq:x}\n           ^^^^");
  });

  it("a float label declared twice, at the directive", () => {
    expect(failure("::: figure fig:a\nA\n:::\n\n::: figure fig:a\nB\n:::\n")).toBe("p0.md:5:12: label \"fig:a\" is declared twice\n  5 | ::: figure fig:a\n                 ^^^^^");
  });

  it("a reference to an unknown label, with the closest one", () => {
    expect(failure("# A {#sec:intro}\n\nSee *@sec:intr*.\n")).toBe(
      "p0.md:3:7: unknown label \"@sec:intr\"; did you mean \"sec:intro\"?\n  3 | See *@sec:intr*.\n            ^^^^^^^^\n  fix: labels are declared with {#sec:x} on a heading, {#eq:x} after $$...$$, ::: table tbl:x or ::: figure fig:x",
    );
  });

  it("a label of an unnumbered page: it is not declared", () => {
    expect(failure("---\nnumbered: false\n---\n# A {#sec:a}\n\nSee @sec:a.\n").split("\n")[0]).toBe('p0.md:6:6: unknown label "@sec:a"');
  });

  it("a citation of a key not in the bibliography, with the closest one", () => {
    expect(failure("See [@k1; @k4].\n")).toBe("p0.md:1:12: unknown citation key \"k4\"; did you mean \"k1\"?\n  1 | See [@k1; @k4].\n                 ^^\n  fix: add the entry to report/references.bib or fix the key");
  });
});
