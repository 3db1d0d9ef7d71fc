/**
 * A popup's formula is rendered once, at build time: inline, at display
 * size, as HTML and MathML, and a TeX error (a bug in the generated TeX)
 * stops the build instead of reaching a reader.
 */
import { describe, expect, it } from "vitest";
import { renderTex } from "../../../src/site/formula.js";

describe("renderTex", () => {
  it("renders inline at display size, as MathML for screen readers and HTML for the eye", () => {
    expect(renderTex("x")).toBe(
      '<span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mstyle scriptlevel="0" displaystyle="true"><mi>x</mi></mstyle></mrow><annotation encoding="application/x-tex">\\displaystyle x</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="katex-base"><span class="katex-strut" style="height:0.4306em;"></span><span class="mord mathnormal">x</span></span></span></span>',
    );
  });

  it("throws on a TeX error", () => {
    expect(() => renderTex("\\frac{")).toThrow("KaTeX parse error: Unexpected end of input in a macro argument, expected '}' at end of input: …laystyle \\frac{");
  });

  it("throws on input LaTeX would not accept (strict mode)", () => {
    expect(() => renderTex("é")).toThrow(
      "KaTeX parse error: LaTeX-incompatible input and strict mode is set to 'error': Accented Unicode text character \"é\" used in math mode [unicodeTextInMathMode]",
    );
  });
});
