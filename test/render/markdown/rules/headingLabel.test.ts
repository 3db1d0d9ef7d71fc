/** Heading labels: {#sec:name} only; anything else would mislabel or stay in the heading text. */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../../src/render/markdown/parse.js";
import { safetyGapErrorOf } from "../../../helpers/safetyGapError.js";

const failure = (src: string): string => safetyGapErrorOf(() => parseMarkdown(src, "a.md"), JSON.stringify(src)).format();

describe("heading_label", () => {
  it("strips {#sec:name} from the heading and keeps it on the token", () => {
    const p = parseMarkdown("## Retention Ratios {#sec:retention-2}\n", "a.md");
    expect(p.tokens[0]!.meta).toEqual({ label: "sec:retention-2" });
    expect(p.tokens[1]!.content).toBe("Retention Ratios");
  });
  it("{#eq:x} on a heading (then @eq:x read \"Section 3\"), {#sec:} and {#sec:a b} are errors at the label", () => {
    expect(failure("Intro.\n\n# Results {#eq:x}\n")).toMatch(/^a\.md:3:13: a section label starts with "sec:", not "eq:" \(@eq:x would read "Section n"\); did you mean "sec:x"\?/);
    expect(failure("# Results {#sec:}\n")).toMatch(/^a\.md:1:13: the section label \{#sec:\} has no name/);
    expect(failure("# Results {#sec:a b}\n")).toMatch(/^a\.md:1:13: "sec:a b" is not a section label/);
  });

  const heading = (src: string): unknown[] => parseMarkdown(src, "a.md").tokens.map((t) => [t.type, t.meta, t.type === "inline" ? t.content : null]);

  it("the label is the last thing in the heading, after blanks or not", () => {
    expect(heading("# A{#sec:a}")).toEqual([["heading_open", { label: "sec:a" }, null], ["inline", null, "A"], ["heading_close", null, null]]);
    expect(heading("# A {#sec:a} b")).toEqual([["heading_open", null, null], ["inline", null, "A {#sec:a} b"], ["heading_close", null, null]]);
    expect(heading("# A {#sec:a}x")).toEqual([["heading_open", null, null], ["inline", null, "A {#sec:a}x"], ["heading_close", null, null]]);
  });

  it("headings without a label and paragraphs ending in {#...} are left alone", () => {
    expect(heading("# A\n\nb {#sec:x}")).toEqual([
      ["heading_open", null, null], ["inline", null, "A"], ["heading_close", null, null],
      ["paragraph_open", null, null], ["inline", null, "b {#sec:x}"], ["paragraph_close", null, null],
    ]);
  });

  it("a bad label is underlined whole", () => {
    expect(failure("## B {#eq:x}")).toBe(
      'a.md:1:8: a section label starts with "sec:", not "eq:" (@eq:x would read "Section n"); did you mean "sec:x"?\n  1 | ## B {#eq:x}\n             ^^^^\n' +
        "  fix: labels are declared with {#sec:x} on a heading, {#eq:x} after $$...$$, ::: table tbl:x or ::: figure fig:x",
    );
    expect(failure("# C {#xsec:a}")).toMatch(/^a\.md:1:7: "xsec:a" is not a section label: it is "sec:" followed by letters, digits, - and _ \(no spaces\)\n {2}1 \| # C \{#xsec:a\}\n {12}\^{6}\n/);
  });
});
