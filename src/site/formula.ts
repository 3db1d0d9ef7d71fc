/**
 * TeX to HTML with KaTeX, at build time: the site needs KaTeX's CSS and fonts
 * but no KaTeX JavaScript, and a formula can never fail in the reader's
 * browser. A TeX error here is a bug in derivation.ts (its TeX is generated),
 * so it throws rather than being shown.
 */
import katex from "katex";

export function renderTex(tex: string): string {
  // \displaystyle: fractions at full size, as in the paper's display equations, inside a popup line.
  return katex.renderToString(`\\displaystyle ${tex}`, {
    throwOnError: true,
    displayMode: false,
    // Stryker disable next-line StringLiteral: KaTeX renders any output other than "html" and "mathml" (so "") as "htmlAndMathml"
    output: "htmlAndMathml",
    strict: "error",
  });
}
