/**
 * index.html from tiny papers, compared whole: which parts of the paper's
 * head are kept, which body markup is dropped, the title, the links and one
 * popup per distinct data-key with the paper's usage and the sweep's spread.
 */
import { describe, expect, it } from "vitest";
import { paperPage } from "../../../src/site/paperPage.js";
import { renderPopup } from "../../../src/site/popups.js";
import { page } from "../../../src/site/layout.js";
import type { Results } from "../../../src/results/types.js";
import type { SpreadOf } from "../../../src/site/numbersPage.js";

const results: Results = { schemaVersion: 1, tool: { name: "t", version: "0" }, numbers: { "a.x": -0.5, "b.y": 0.25 }, sets: {} };
const hrefFor = (keys: readonly string[]): string => `numbers.html#${keys.join("+")}`;
const link = (href: string, pop: string, span: string): string => `<a class="num-link" href="${href}" aria-describedby="${pop}">${span}</a>`;

const paperHtml = `<!DOCTYPE html>
<html lang="en"><head data-x="1"><meta charset="utf-8"><title>
  A &amp; B paper
</title><link rel="stylesheet" href="a.css"><link rel="icon" href="i.png"><link href="b.css" rel="stylesheet"><style>p { color: red; }</style><style media="print">
h1 { margin: 0; }
</style><script>var a = 1;</script></head>
<body class="paper"><main class="m"><h1>T</h1>
<p>Gap <span class="num" data-key="a.x">\u22120.50</span>, range <span class="num" data-key="a.x b.y">1\u20132</span>, again <span class="num" data-key="a.x">\u22120.50</span>.</p><script>drop( me )</script><script type="module">
drop();
</script></main></body></html>
`;
const head = '<link rel="stylesheet" href="a.css">\n<link href="b.css" rel="stylesheet">\n<style>p { color: red; }</style>\n<style media="print">\nh1 { margin: 0; }\n</style>\n';
const body = (pops: string[]): string =>
  `<article class="paper-wrap">\n<h1>T</h1>\n<p>Gap ${link("numbers.html#a.x", "pop-0", '<span class="num" data-key="a.x">\u22120.50</span>')}, range ${link("numbers.html#a.x+b.y", "pop-1", '<span class="num" data-key="a.x b.y">1\u20132</span>')}, again ${link("numbers.html#a.x", "pop-0", '<span class="num" data-key="a.x">\u22120.50</span>')}.</p>\n</article>\n<div class="pops" id="pops">\n${pops.join("\n")}\n</div>`;
const usage = [
  { key: "a.x", where: "Abstract" },
  { key: "a.x", where: "Table 1" },
  { key: "a.x", where: "Abstract" },
  { key: "b.y", where: "Figure 2" },
];
const usageMap = new Map([
  ["a.x", ["Abstract", "Table 1"]],
  ["b.y", ["Figure 2"]],
]);

describe("paperPage", () => {
  it("keeps the paper's stylesheets and title, drops its scripts and <main>, links every number and describes each data-key once", () => {
    expect(paperPage({ html: paperHtml, usage }, results, hrefFor)).toBe(
      page({
        file: "index.html",
        title: "A & B paper",
        head,
        body: body([renderPopup(["a.x"], "pop-0", results, { usage: usageMap }), renderPopup(["a.x", "b.y"], "pop-1", results, { usage: usageMap })]),
      }),
    );
  });

  it("gives the popups the sweep's spread", () => {
    const spread: SpreadOf = (key) => (key === "b.y" ? { sd: 0.125, q025: 0.5, q975: 1.5, seeds: 7, href: "numbers.html#k-b.y" } : undefined);
    expect(paperPage({ html: paperHtml }, results, hrefFor, spread)).toBe(
      page({
        file: "index.html",
        title: "A & B paper",
        head,
        body: body([renderPopup(["a.x"], "pop-0", results, { usage: new Map(), spread }), renderPopup(["a.x", "b.y"], "pop-1", results, { usage: new Map(), spread })]),
      }),
    );
  });

  it("takes a fragment without head, body or title as the body, titled Paper", () => {
    const html = '<p>Only <span class="num" data-key="b.y">0.25</span></p>';
    expect(paperPage({ html }, results, hrefFor)).toBe(
      page({
        file: "index.html",
        title: "Paper",
        head: "",
        body: `<article class="paper-wrap">\n<p>Only ${link("numbers.html#b.y", "pop-0", '<span class="num" data-key="b.y">0.25</span>')}</p>\n</article>\n<div class="pops" id="pops">\n${renderPopup(["b.y"], "pop-0", results, { usage: new Map() })}\n</div>`,
      }),
    );
  });

  it("reads a bare <head> and <body>, and a head without stylesheets adds nothing", () => {
    const bare = '<html><head><link rel="stylesheet" href="c.css"></head><body><p>b</p></body></html>';
    expect(paperPage({ html: bare }, results, hrefFor)).toBe(
      page({ file: "index.html", title: "Paper", head: '<link rel="stylesheet" href="c.css">\n', body: '<article class="paper-wrap">\n<p>b</p>\n</article>\n<div class="pops" id="pops">\n\n</div>' }),
    );
    const plain = "<html><head><title>T</title></head><body><p>b</p></body></html>";
    expect(paperPage({ html: plain }, results, hrefFor)).toBe(
      page({ file: "index.html", title: "T", head: "", body: '<article class="paper-wrap">\n<p>b</p>\n</article>\n<div class="pops" id="pops">\n\n</div>' }),
    );
  });
});
