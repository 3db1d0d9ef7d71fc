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
