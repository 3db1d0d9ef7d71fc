/** figures.html: the static SVG, the selector of distinct scales, the specs and captions per scale. */
import { describe, expect, it } from "vitest";
import { drawnWidth, figuresPage, svgWithoutScripts } from "../../../src/site/figuresPage.js";
import { page } from "../../../src/site/layout.js";

const INTRO =
  "<h1>Figures</h1>\n<p>The six figures of the paper, interactive: hover or focus a mark for its value and confidence interval; where the paper fixes one scale, choose another with the selector. Without JavaScript the static figures of the paper are shown.</p>\n";

/** The page as figuresPage frames it, so a test states only its figures' HTML. */
const framed = (figures: string): string =>
  page({ file: "figures.html", title: "Figures", scripts: ["static/vendor/vega.min.js", "static/vendor/vega-lite.min.js", "static/vendor/vega-embed.min.js"], body: INTRO + figures });

describe("figuresPage", () => {
  it("starts at the paper's scale, with its caption, and offers every scale that draws differently", () => {
    const html = figuresPage([
      {
        id: "f 1",
        caption: "Gap",
        captionByScale: { "1B": "Gap at 1B", "7B": "Gap at 7B" },
        specsByScale: { "1B": { mark: "bar", usermeta: { s: "1B" } }, "7B": { mark: "point", usermeta: { s: "7B" } } },
        svg: '<svg class="x" stroke-width="2" width="400" height="3"><script type="a">alert(1) x</script><g/></svg>',
        paperScale: "7B",
        number: 4,
      },
    ]);
    expect(html).toBe(
      framed(
        [
          '<figure class="fig" id="fig-f_1" aria-labelledby="fig-f_1-cap">',
          '<h2 class="fig-title">Figure 4</h2>',
          '<div class="fig-controls" hidden><label for="fig-f_1-scale">Scale</label> <select id="fig-f_1-scale" class="fig-scale"><option value="1B">1B</option><option value="7B" selected>7B</option></select> <span class="fig-note">(the paper shows 7B)</span></div>',
          '<div class="fig-host" id="fig-f_1-host" role="img" aria-label="Figure 4: Gap at 7B" style="--fig-width: 400px"><svg class="x" stroke-width="2" width="400" height="3"><g/></svg></div>',
          '<figcaption id="fig-f_1-cap">Figure 4: Gap at 7B</figcaption>',
          '<script type="application/json" class="fig-specs" data-start="7B">{"1B":{"mark":"bar","usermeta":{"s":"1B"},"description":"Figure 4: Gap at 1B"},"7B":{"mark":"point","usermeta":{"s":"7B"},"description":"Figure 4: Gap at 7B"}}</script>',
          '<script type="application/json" class="fig-captions">{"1B":"Figure 4: Gap at 1B","7B":"Figure 4: Gap at 7B"}</script>',
          "</figure>",
        ].join("\n"),
      ),
    );
  });

  it("drops scales whose specs differ only in usermeta (keeping the paper's), numbers by position, and copes with no spec", () => {
    const html = figuresPage([
      { id: "a", caption: "First", specsByScale: { "1B": { mark: "a" } }, svg: "<svg/>" },
      { id: "g", caption: "Only", specsByScale: { "1B": { mark: "bar", usermeta: 1 }, "7B": { mark: "bar", usermeta: 2 } }, svg: '<svg width="12.25"></svg>', paperScale: "7B" },
      // No spec: no start scale, so not even a caption "at" the scale named "undefined".
      { id: "h", caption: "Empty", captionByScale: { undefined: "Wrong" }, specsByScale: {}, svg: '<?xml version="1.0" encoding="UTF-8"?><svg><SCRIPT>x</SCRIPT></svg>' },
    ]);
    const figures = html.slice(html.indexOf("<figure"), html.indexOf("</main>"));
    expect(figures).toBe(
      [
        '<figure class="fig" id="fig-a" aria-labelledby="fig-a-cap">',
        '<h2 class="fig-title">Figure 1</h2>',
        "",
        '<div class="fig-host" id="fig-a-host" role="img" aria-label="Figure 1: First"><svg/></div>',
        '<figcaption id="fig-a-cap">Figure 1: First</figcaption>',
        '<script type="application/json" class="fig-specs" data-start="1B">{"1B":{"mark":"a","description":"Figure 1: First"}}</script>',
        '<script type="application/json" class="fig-captions">{"1B":"Figure 1: First"}</script>',
        "</figure>",
        '<figure class="fig" id="fig-g" aria-labelledby="fig-g-cap">',
        '<h2 class="fig-title">Figure 2</h2>',
        "",
        '<div class="fig-host" id="fig-g-host" role="img" aria-label="Figure 2: Only" style="--fig-width: 12.25px"><svg width="12.25"></svg></div>',
        '<figcaption id="fig-g-cap">Figure 2: Only</figcaption>',
        '<script type="application/json" class="fig-specs" data-start="7B">{"7B":{"mark":"bar","usermeta":2,"description":"Figure 2: Only"}}</script>',
        '<script type="application/json" class="fig-captions">{"7B":"Figure 2: Only"}</script>',
        "</figure>",
        '<figure class="fig" id="fig-h" aria-labelledby="fig-h-cap">',
        '<h2 class="fig-title">Figure 3</h2>',
        "",
        '<div class="fig-host" id="fig-h-host" role="img" aria-label="Figure 3: Empty"><svg></svg></div>',
        '<figcaption id="fig-h-cap">Figure 3: Empty</figcaption>',
        '<script type="application/json" class="fig-specs" data-start="">{}</script>',
        '<script type="application/json" class="fig-captions">{}</script>',
        "</figure>",
        "",
      ].join("\n"),
    );
  });

  it("starts at the first scale when the paper's is not among them, and names no paper scale when that one is empty", () => {
    const html = figuresPage([{ id: "k", caption: "Unnamed", specsByScale: { "": { mark: "a" }, "7B": { mark: "b" } }, svg: "<svg/>", paperScale: "3B" }]);
    expect(html).toContain(
      '<div class="fig-controls" hidden><label for="fig-k-scale">Scale</label> <select id="fig-k-scale" class="fig-scale"><option value="" selected></option><option value="7B">7B</option></select></div>\n',
    );
    expect(html).toContain('<script type="application/json" class="fig-specs" data-start="">');
  });
});

describe("drawnWidth", () => {
  it("reads the SVG's own width attribute, not a stroke-width, with or without decimals", () => {
    expect(drawnWidth('<svg stroke-width="2" width="400">')).toBe(' style="--fig-width: 400px"');
    expect(drawnWidth('<svg width="12.25">')).toBe(' style="--fig-width: 12.25px"');
    expect(drawnWidth('<svg height="3">')).toBe("");
    expect(drawnWidth('<svg width="auto">')).toBe("");
  });

  it("reads it after an XML declaration too: the page takes the SVG without it, from its line break on", () => {
    expect(drawnWidth('\n<svg width="400">')).toBe(' style="--fig-width: 400px"');
    const html = figuresPage([{ id: "x", caption: "C", specsByScale: { "7B": {} }, svg: '<?xml version="1.0" encoding="UTF-8"?>\n<svg width="400"><g/></svg>' }]);
    expect(html).toContain('<div class="fig-host" id="fig-x-host" role="img" aria-label="Figure 1: C" style="--fig-width: 400px">\n<svg width="400"><g/></svg></div>');
  });
});

describe("svgWithoutScripts", () => {
  it("drops the XML declaration and every script, whatever its case and content", () => {
    expect(svgWithoutScripts('<?xml version="1.0"?>\n<svg><script type="a">if (a < b) f(1)\n</script><g/><SCRIPT>x</SCRIPT></svg>')).toBe("\n<svg><g/></svg>");
  });
});
