/**
 * requestLocator: a request the print page could not make, pointed at the
 * line of report/ or templates/ that wrote the reference.
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { requestLocator } from "../../../src/pipeline/pageSources.js";
import type { BlockedRequest } from "../../../src/pdf/PdfPrinter.js";

const root = mkdtempSync(join(tmpdir(), "sg-page-sources-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const INTRO = "# Intro\n\nSee ![a chart](img/missing.png) here.\n";
const MORE = "# More\n\nText <a href='https://remote.example/x#frag'>r</a>.\n";
const TEMPLATE = '<html>\n<head>\n<link rel="stylesheet" href="extra.css">\n</head>\n<body>{{ body }}</body>\n</html>\n';
const CSS = 'body { color: black; }\n@font-face { src: url("fonts/gone.woff2"); }\n';
mkdirSync(join(root, "report", "paper"), { recursive: true });
mkdirSync(join(root, "templates"), { recursive: true });
writeFileSync(join(root, "report", "paper", "01-intro.md"), INTRO);
writeFileSync(join(root, "report", "paper", "02-more.md"), MORE);
// Two Markdown files hold the same reference: the first in name order is blamed.
writeFileSync(join(root, "report", "paper", "03-x.md"), "x: in-two.png\n");
writeFileSync(join(root, "report", "paper", "04-y.md"), "y: in-two.png\n");
writeFileSync(join(root, "report", "paper", "notes.txt"), "only-in-notes.png\n");
writeFileSync(join(root, "report", "paper.yaml"), "title: x\nlogo: logo-from-yaml.png\n");
writeFileSync(join(root, "report", "tables.yaml"), "at-start.png: the very first characters\n");
writeFileSync(join(root, "report", "references.bib"), "@misc{a, url = {bib-link.pdf}}\n");
writeFileSync(join(root, "templates", "paper.html"), TEMPLATE);
writeFileSync(join(root, "templates", "paper.css"), CSS);

const PAGE = [
  "<html>",
  '<head><link rel="stylesheet" href="extra.css"><meta http-equiv="refresh" content="5"><meta http-equiv="refresh" content="0; url=elsewhere.html"></head>',
  "<body>",
  '<section class="page-part" data-file="paper/01-intro.md"><p>See <img src="img/missing.png" alt="a chart"> here.<img src="twice.png"></p></section>',
  '<section class="page-part" data-file="paper/02-more.md"><p>Text <a href=\'https://remote.example/x#frag\'>r</a>.</p>',
  '<img srcset="small.png 1x, big.png 2x"><img src=plain.png><img src="a&amp;b&#65;&#x42;&nope;.png"><img src="c&#1114177;&#x110042;.png">',
  "<p style=\"background: url('bg.png')\"><img src=\"logo-from-yaml.png\"><img src=\"only-in-notes.png\"><a href=\"\">self</a><img src=\"at-start.png\"><img src=\"in-two.png\"></p>",
  '<style>@import "imported.css";</style><img src="img/missing.png"><img src="twice.png">',
  "</section></body>",
  "</html>",
].join("\n");

const page = new Map<string, Uint8Array | string>([
  ["paper.html", PAGE],
  ["assets/paper/paper.css", new TextEncoder().encode(CSS)],
  ["assets/app.js", "fetch('x.json')"],
  ["site/assets/paper/paper.css", CSS],
]);
const dirs = { reportDir: join(root, "report"), templatesDir: join(root, "templates"), cwd: root };
const locate = requestLocator(page, "paper.html", dirs);
const at = (url: string, kind: BlockedRequest["kind"] = "missing", from?: BlockedRequest["from"]) =>
  locate({ url: url.includes(":") ? url : `http://paper.invalid/${url}`, kind, ...(from ? { from } : {}) });

describe("requestLocator(page, entry, dirs)", () => {
  it("finds a reference in the Markdown file whose section holds it, with line, column and length", () => {
    expect(at("img/missing.png")).toEqual({
      where: { file: "report/paper/01-intro.md", line: 3, column: 16, source: INTRO, length: 15 },
      ref: "img/missing.png",
    });
  });

  it("takes the reference on the line Chromium names when the page has several", () => {
    // Line 8 is outside every Markdown section but the last one opened: 02-more.md, which does not hold it.
    expect(at("img/missing.png", "missing", { file: "paper.html", line: 8 })).toEqual({
      where: { file: "report/paper/01-intro.md", line: 3, column: 16, source: INTRO, length: 15 },
      ref: "img/missing.png",
    });
    expect(at("img/missing.png", "missing", { file: "paper.html", line: 99 })?.where.line).toBe(3);
    expect(at("twice.png", "missing", { file: "paper.html", line: 8 })).toEqual({ where: { file: "report/paper/02-more.md" }, ref: "twice.png" });
    expect(at("twice.png", "missing", { file: "paper.html", line: 4 })).toEqual({ where: { file: "report/paper/01-intro.md" }, ref: "twice.png" });
    expect(at("twice.png")).toEqual({ where: { file: "report/paper/01-intro.md" }, ref: "twice.png" });
  });

  it("compares URLs without their fragment, and finds a single-quoted value", () => {
    expect(at("https://remote.example/x", "remote")).toEqual({
      where: { file: "report/paper/02-more.md", line: 3, column: 15, source: MORE, length: 29 },
      ref: "https://remote.example/x#frag",
    });
  });

  it("looks in the page template when the section's file does not hold it", () => {
    expect(at("extra.css")).toEqual({
      where: { file: "templates/paper.html", line: 3, column: 30, source: TEMPLATE, length: 9 },
      ref: "extra.css",
    });
  });

  it("looks in paper.yaml, tables.yaml and references.bib too, but not in other files of report/paper/", () => {
    expect(at("logo-from-yaml.png")?.where).toMatchObject({ file: "report/paper.yaml", line: 2, column: 7, length: 18 });
    expect(at("at-start.png")).toEqual({ where: { file: "report/tables.yaml", line: 1, column: 1, source: "at-start.png: the very first characters\n", length: 12 }, ref: "at-start.png" });
    expect(at("in-two.png")?.where).toMatchObject({ file: "report/paper/03-x.md", line: 1, column: 4 });
    expect(at("only-in-notes.png")).toEqual({ where: { file: "report/paper/02-more.md" }, ref: "only-in-notes.png" });
  });

  it("blames a reference found in no source on its section's Markdown file, without a line", () => {
    expect(at("plain.png")).toEqual({ where: { file: "report/paper/02-more.md" }, ref: "plain.png" });
    expect(at("big.png")).toEqual({ where: { file: "report/paper/02-more.md" }, ref: "small.png 1x, big.png 2x" });
    expect(at("small.png")).toEqual({ where: { file: "report/paper/02-more.md" }, ref: "small.png 1x, big.png 2x" });
    expect(at("bg.png")).toEqual({ where: { file: "report/paper/02-more.md" }, ref: "bg.png" });
    expect(at("imported.css")).toEqual({ where: { file: "report/paper/02-more.md" }, ref: "imported.css" });
  });

  it("reads character references in attribute values as the browser does", () => {
    // Beyond U+10FFFF: wrapped into range (an error would cost the message its location).
    expect(at("cAB.png")).toEqual({ where: { file: "report/paper/02-more.md" }, ref: "c&#1114177;&#x110042;.png" });
    expect(at("a&bAB&nope;.png")).toEqual({ where: { file: "report/paper/02-more.md" }, ref: "a&amp;b&#65;&#x42;&nope;.png" });
  });

  it("blames the page template when no reference in the page asked for the URL", () => {
    expect(at("never-written.png")).toEqual({ where: { file: "templates/paper.html" } });
  });

  it("points a refresh's navigation at its content", () => {
    expect(at("elsewhere.html", "navigation")).toEqual({ where: { file: "templates/paper.html" }, ref: "0; url=elsewhere.html" });
  });

  it("points a navigation without a URL in the page at the refresh (an empty attribute names no URL)", () => {
    expect(at("http://paper.invalid/paper.html", "navigation")).toEqual({ where: { file: "templates/paper.html" }, ref: 'http-equiv="refresh"' });
    expect(at("http://paper.invalid/paper.html", "missing")).toEqual({ where: { file: "templates/paper.html" } });
  });

  it("points a stylesheet's request at the template stylesheet it was copied from", () => {
    expect(at("assets/paper/fonts/gone.woff2", "missing", { file: "assets/paper/paper.css" })).toEqual({
      where: { file: "templates/paper.css", line: 2, column: 24, source: CSS, length: 16 },
      ref: "fonts/gone.woff2",
    });
    expect(at("assets/paper/other.woff2", "missing", { file: "assets/paper/paper.css", line: 2 })).toEqual({ where: { file: "templates/paper.css" } });
  });

  it("knows nothing of a request from another page file, or from a file the page lacks", () => {
    expect(at("x.json", "missing", { file: "assets/app.js" })).toBeUndefined();
    expect(at("x.png", "missing", { file: "assets/paper/gone.css" })).toBeUndefined();
    expect(at("site/assets/paper/fonts/gone.woff2", "missing", { file: "site/assets/paper/paper.css" })).toBeUndefined();
  });

  it("shows paths outside the working folder as they are, and copes without report/paper/", () => {
    const bare = mkdtempSync(join(root, "bare-"));
    const elsewhere = requestLocator(page, "paper.html", { reportDir: join(bare, "report"), templatesDir: join(root, "templates"), cwd: join(root, "report") });
    expect(elsewhere({ url: "http://paper.invalid/extra.css", kind: "missing" })).toEqual({
      where: { file: join(root, "templates", "paper.html"), line: 3, column: 30, source: TEMPLATE, length: 9 },
      ref: "extra.css",
    });
    expect(elsewhere({ url: "http://paper.invalid/plain.png", kind: "missing" })).toEqual({ where: { file: join(bare, "report", "paper", "02-more.md") }, ref: "plain.png" });
  });
});

describe("requestLocator: how the page's references are read", () => {
  const ATTR_CSS = 'a[ title="q.png"] {}\nb[ title=u.png ] {}\n';
  const ODD = [
    '<html><head><meta http-equiv = refresh content="3"><meta http-equiv="refresh" content=" 12 ;  url =f.html"><meta http-equiv="refresh" content="x5;url=g.html"></head>',
    '<body><a href=" ">blank</a><p x="one.png"></p><img src = "spaced.png"><img src="&lt;&gt;&quot;&apos;.png">',
    "<style>p { background: url(unq.png); } q { background: url( sp.png ); } @import  \"two.css\";</style></body></html>",
  ].join("\n");
  const odd = requestLocator(
    new Map<string, Uint8Array | string>([
      ["paper.html", ODD],
      ["assets/paper/attr.css", ATTR_CSS],
      ["assets/paper/paper.css.txt", ATTR_CSS],
    ]),
    "paper.html",
    dirs,
  );
  const find = (url: string, kind: BlockedRequest["kind"] = "missing", from?: BlockedRequest["from"]) =>
    odd({ url: `http://paper.invalid/${url}`, kind, ...(from ? { from } : {}) });
  const unplaced = (ref: string) => ({ where: { file: "templates/paper.html" }, ref });

  it("points a navigation to the page itself at an unquoted refresh with spaces around '=' (a blank href names no URL)", () => {
    expect(find("paper.html", "navigation")).toEqual(unplaced("http-equiv = refresh"));
  });

  it("blames the page template for a navigation the page has no refresh for", () => {
    expect(requestLocator(new Map([["paper.html", "<p>no refresh</p>"]]), "paper.html", dirs)({ url: "http://paper.invalid/paper.html", kind: "navigation" })).toEqual({
      where: { file: "templates/paper.html" },
    });
  });

  it("reads a refresh's url= with spaces around its parts and several digits, and only from the value's start", () => {
    expect(find("f.html", "navigation")).toEqual(unplaced(" 12 ;  url =f.html"));
    // Not g.html's "x5;url=": the navigation falls back to the page's refresh.
    expect(find("g.html", "navigation")).toEqual(unplaced("http-equiv = refresh"));
  });

  it("finds attributes with a one-letter name or spaces around '=', and decodes the named character references", () => {
    expect(find("one.png")).toEqual(unplaced("one.png"));
    expect(find("spaced.png")).toEqual(unplaced("spaced.png"));
    expect(find("%3C%3E%22'.png")).toEqual(unplaced("&lt;&gt;&quot;&apos;.png"));
  });

  it("finds an unquoted CSS url(), one with spaces inside its parentheses, and @import after several spaces", () => {
    expect(find("unq.png")).toEqual(unplaced("unq.png"));
    expect(find("sp.png")).toEqual(unplaced("sp.png"));
    expect(find("two.css")).toEqual(unplaced("two.css"));
  });

  it("places an attribute value in a stylesheet at its first character, quoted or not", () => {
    const from = { file: "assets/paper/attr.css" };
    expect(find("assets/paper/q.png", "missing", from)).toEqual({ where: { file: "templates/attr.css", line: 1, column: 11, source: ATTR_CSS, length: 5 }, ref: "q.png" });
    expect(find("assets/paper/u.png", "missing", from)).toEqual({ where: { file: "templates/attr.css", line: 2, column: 10, source: ATTR_CSS, length: 5 }, ref: "u.png" });
  });

  it("takes only a file named *.css in assets/paper/ for a template stylesheet", () => {
    expect(find("assets/paper/q.png", "missing", { file: "assets/paper/paper.css.txt" })).toBeUndefined();
  });
});
