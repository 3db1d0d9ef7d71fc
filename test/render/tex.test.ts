/** renderTex: every TeX KaTeX cannot honour stops the build at its position, including commands it would only typeset in red. */
import { describe, expect, it } from "vitest";
import { renderTex } from "../../src/render/tex.js";
import { scopeOfResults } from "../../src/render/template/scope.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";
import { syntheticResults } from "./syntheticResults.js";

const scope = scopeOfResults(syntheticResults(), { scale: "7B" });

/** Renders `$tex$` as inline math in a one-line file "See $...$." */
const failure = (tex: string): string => safetyGapErrorOf(() => renderTex({ tex, offset: 5, file: "a.md", source: `See $${tex}$.` }, false, scope), tex).format();

describe("renderTex", () => {
  it("renders TeX and expands placeholders", () => {
    const r = renderTex({ tex: "n = {{ sizes.samplesPerCell | int }}", offset: 0, file: "a.md", source: "n = {{ sizes.samplesPerCell | int }}" }, false, scope);
    expect(r.html).toContain('class="katex"');
    expect(r.keys).toEqual(["sizes.samplesPerCell"]);
  });

  it("refuses \\href, \\url and \\includegraphics (KaTeX typeset them in red and the build succeeded), at the command", () => {
    expect(failure("\\href{javascript:alert(1)}{x}")).toBe(
      "a.md:1:6: invalid TeX: \\href is not allowed in the paper's math (links and images would be typeset as red error text)\n" +
        "  1 | See $\\href{javascript:alert(1)}{x}$.\n           ^^^^^\n" +
        "  fix: write links in Markdown outside the math ([text](url)) and images as ::: figure; in math, use \\text{...} for words",
    );
    expect(failure("a + \\url{http://x.org}")).toMatch(/^a\.md:1:10: invalid TeX: \\url is not allowed/);
    expect(failure("x \\includegraphics{x.png}")).toMatch(/^a\.md:1:8: invalid TeX: \\includegraphics is not allowed/);
  });

  it("still reports KaTeX's parse errors at their position", () => {
    expect(failure("\\fracc{a}{b}")).toMatch(/^a\.md:1:6: invalid TeX: Undefined control sequence: \\fracc/);
  });
});

describe("renderTex on small formulas", () => {
  const render = (tex: string, display = false): ReturnType<typeof renderTex> => renderTex({ tex, offset: 5, file: "a.md", source: `See $${tex}$.` }, display, scope);
  const HINT = "  fix: check the formula with https://katex.org/docs/supported.html (offline copy: node_modules/katex/README.md)";
  // x_1: a subscript is a vlist, whose Safari cell KaTeX fills with U+200B (dropped here).
  const X1 =
    '<span class="katex" role="math" aria-label="x_1"><span class="katex-html" aria-hidden="true"><span class="katex-base"><span class="katex-strut" style="height:0.5806em;vertical-align:-0.15em;"></span>' +
    '<span class="mord"><span class="mord mathnormal">x</span><span class="msupsub"><span class="vlist-t vlist-t2"><span class="vlist-r"><span class="vlist" style="height:0.3011em;"><span style="top:-2.55em;margin-left:0em;margin-right:0.05em;"><span class="pstrut" style="height:2.7em;"></span>' +
    '<span class="katex-sizing reset-size6 size3 mtight"><span class="mord mtight">1</span></span></span></span><span class="vlist-s"></span></span><span class="vlist-r"><span class="vlist" style="height:0.15em;"><span></span></span></span></span></span></span></span></span></span>';

  it("inline and display differ (also when the display form is asked for second), named by the trimmed TeX, without zero-width spaces; typeset again, the same", () => {
    expect(render(" x_1 ")).toEqual({ html: X1, keys: [] });
    expect(render(" x_1 ", true)).toEqual({ html: `<span class="katex-display">${X1}</span>`, keys: [] });
    expect(render(" x_1 ")).toEqual({ html: X1, keys: [] });
  });

  it("placeholders are filled in TeX's form (a hyphen minus, which KaTeX sets as a minus), also at the start", () => {
    const r = render("{{ summary.7B.CAI.tax | f4 }} y");
    expect(r.keys).toEqual(["summary.7B.CAI.tax"]);
    expect(r.html).toBe(
      '<span class="katex" role="math" aria-label="-0.0112 y"><span class="katex-html" aria-hidden="true"><span class="katex-base"><span class="katex-strut" style="height:0.8389em;vertical-align:-0.1944em;"></span>' +
        '<span class="mord">\u2212</span><span class="mord">0.0112</span><span class="mord mathnormal" style="margin-right:0.0359em;">y</span></span></span></span>',
    );
  });

  it("an unclosed {{ (even after a stray }}) and a bad key are errors at them", () => {
    expect(failure("a }}{{ b")).toBe(
      "a.md:1:10: template syntax error: {{ is not closed by }}\n  1 | See $a }}{{ b$.\n               ^^\n  fix: a placeholder is {{ expression | format }}; binary operators need spaces around them",
    );
    expect(failure("{{ nope.key | f2 }}")).toBe(
      "a.md:1:9: no number named 'nope.key'\n  1 | See ${{ nope.key | f2 }}$.\n              ^^^^^^^^\n  fix: spell the key as in results.numbers (see docs/results.md), or use * / $set for a segment",
    );
  });

  it("KaTeX's errors are located in the source, past a placeholder's expansion too, over the token's length", () => {
    expect(failure("{{ sizes.samplesPerCell | int }} + \\fracc")).toBe(
      `a.md:1:41: invalid TeX: Undefined control sequence: \\fracc\n  1 | See \${{ sizes.samplesPerCell | int }} + \\fracc$.\n${" ".repeat(46)}^^^^^^\n${HINT}`,
    );
    // Right after the expansion: measured from the placeholder's end, not its start.
    expect(failure("{{ sizes.samplesPerCell | int }}\\fracc")).toMatch(/^a\.md:1:38: invalid TeX: Undefined control sequence: \\fracc\n/);
    expect(failure("a+\\fracc")).toBe(`a.md:1:8: invalid TeX: Undefined control sequence: \\fracc\n  1 | See $a+\\fracc$.\n             ^^^^^^\n${HINT}`);
    expect(failure("x^{")).toBe(`a.md:1:9: invalid TeX: Expected '}', got 'EOF'\n  1 | See $x^{$.\n              ^\n${HINT}`);
  });
});
