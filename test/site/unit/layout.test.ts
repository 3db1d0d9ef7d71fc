/**
 * The frame of every supplement page: local stylesheets and scripts only,
 * the navigation with the current page marked, and the optional pages
 * (robustness.html) added to the navigation afterwards.
 */
import { describe, expect, it } from "vitest";
import { page, withNavEntry } from "../../../src/site/layout.js";

const frame = (title: string, nav: string, head: string, body: string, scripts: string): string => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title} \u2014 safety-gap supplement</title>
<link rel="stylesheet" href="static/katex/katex.min.css">
${head}<link rel="stylesheet" href="static/site.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header"><nav aria-label="Supplement"><ul>${nav}</ul></nav></header>
<main id="main">
${body}
</main>
${scripts}
</body>
</html>
`;

const navOf = (current: string): string =>
  [
    ["index.html", "Paper"],
    ["tables.html", "Tables"],
    ["figures.html", "Figures"],
    ["numbers.html", "All numbers"],
    ["check.html", "Reproduction check"],
    ["provenance.html", "Model &amp; provenance"],
  ]
    .map(([file, title]) => `<li><a href="${file}"${file === current ? ' aria-current="page"' : ""}>${title}</a></li>`)
    .join("");

describe("page", () => {
  it("frames the body with the navigation, marking the page itself, and only site.js", () => {
    expect(page({ file: "tables.html", title: "Tables & more", body: "<p>B</p>" })).toBe(
      frame("Tables &amp; more", navOf("tables.html"), "", "<p>B</p>", '<script src="static/site.js"></script>'),
    );
  });

  it("puts extra head elements before site.css and vendor scripts before site.js", () => {
    expect(page({ file: "extra.html", title: "X", body: "", head: '<link rel="stylesheet" href="paper.css">\n', scripts: ["static/vendor/a.js", "static/vendor/b.js"] })).toBe(
      frame(
        "X",
        navOf("none"),
        '<link rel="stylesheet" href="paper.css">\n',
        "",
        '<script src="static/vendor/a.js"></script>\n<script src="static/vendor/b.js"></script>\n<script src="static/site.js"></script>',
      ),
    );
  });
});

describe("withNavEntry", () => {
  const entry = { file: "robustness.html", title: "Robustness & seeds" };

  it("adds the entry last, marked current on its own page", () => {
    const html = page({ file: "robustness.html", title: "R", body: "<ul><li>x</li></ul>" });
    expect(withNavEntry(html, entry, "robustness.html")).toBe(
      frame("R", navOf("none") + '<li><a href="robustness.html" aria-current="page">Robustness &amp; seeds</a></li>', "", "<ul><li>x</li></ul>", '<script src="static/site.js"></script>'),
    );
  });

  it("adds the entry unmarked on another page", () => {
    const html = page({ file: "index.html", title: "P", body: "" });
    expect(withNavEntry(html, entry, "index.html")).toBe(
      frame("P", navOf("index.html") + '<li><a href="robustness.html">Robustness &amp; seeds</a></li>', "", "", '<script src="static/site.js"></script>'),
    );
  });
});
