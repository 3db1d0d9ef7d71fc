/** Math through KaTeX: inline or display, numbered equations, placeholders traceable, the bracket before inline math kept with it. */
import { describe, expect, it } from "vitest";
import { mathBlockHtml, mathInlineHtml } from "../../../src/render/html/math.js";
import { tinyEnv, tokenOf } from "./renderEnv.js";

const X = '<span class="katex" role="math" aria-label="x"><span class="katex-html" aria-hidden="true"><span class="katex-base"><span class="katex-strut" style="height:0.4306em;"></span><span class="mord mathnormal">x</span></span></span></span>';
const HALF = '<span class="katex" role="math" aria-label="0.50"><span class="katex-html" aria-hidden="true"><span class="katex-base"><span class="katex-strut" style="height:0.6444em;"></span><span class="mord">0.50</span></span></span></span>';
const meta = (extra: object): object => ({ offset: 1, file: "a.md", source: "$x$", ...extra });

describe("mathInlineHtml", () => {
  it("plain TeX is KaTeX's inline HTML, no span", () => {
    const env = tinyEnv();
    expect(mathInlineHtml(tokenOf({ content: "x", meta: meta({}) }), 0, env)).toBe(X);
    expect(env.spans).toBe(0);
  });
  it("a placeholder makes it a traceable span; a bracket before it is kept in one unbreakable span", () => {
    const env = tinyEnv();
    expect(mathInlineHtml(tokenOf({ content: "{{ s.A.gap | f2 }}", meta: meta({ bracket: "<(" }) }), 0, env)).toBe(
      `<span class="math-bracket">&lt;(<span class="num" id="v1" data-key="s.A.gap">${HALF}</span></span>`,
    );
    expect(env.usage).toEqual([{ key: "s.A.gap", where: "Section 2" }]);
  });
});

describe("mathBlockHtml", () => {
  it("display math with its label as id and its number at the right", () => {
    expect(mathBlockHtml(tokenOf({ content: "x", meta: meta({ number: "2", label: "eq:a&b" }) }), 0, tinyEnv())).toBe(
      `<div class="equation" id="eq:a&amp;b"><span class="katex-display">${X}</span><span class="eqno">(2)</span></div>\n`,
    );
  });
  it("without a label no id; a placeholder makes the body a traceable span", () => {
    const env = tinyEnv();
    expect(mathBlockHtml(tokenOf({ content: "{{ s.A.gap | f2 }}", meta: meta({ number: "3" }) }), 0, env)).toBe(
      `<div class="equation"><span class="num" id="v1" data-key="s.A.gap"><span class="katex-display">${HALF}</span></span><span class="eqno">(3)</span></div>\n`,
    );
  });
});
