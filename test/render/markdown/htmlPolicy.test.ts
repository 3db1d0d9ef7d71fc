// The raw-HTML policy on its own: each refusal's exact offset, length, message and hint, each allowed attribute, and every kind of URL.
import { describe, expect, it } from "vitest";
import { ALLOWED_ELEMENTS, checkRawHtml, urlProblem } from "../../../src/render/markdown/htmlPolicy.js";

const ALLOWED = ALLOWED_ELEMENTS.map((e) => `<${e}>`).join(" ");
const ELEMENT_HINT = `remove the tag or write it with Markdown; raw HTML may use only ${ALLOWED} (docs/writing.md, "Raw HTML")`;
const DANGEROUS = "is not allowed in the paper's Markdown: it can run a script, load a file or a URL, or change the page (the page is printed by a browser on the machine that builds it)";
const URL_HINT = "link within the paper (#id) or to a relative path; for a web link write Markdown, [text](https://...), which is printed, not fetched";

describe("checkRawHtml", () => {
  it("allows the listed elements with their own and the global attributes", () => {
    for (const ok of [
      "x <sup>2</sup>",
      '<a href="#s">x</a>',
      '<a href="other.html#x" title="t">x</a>',
      "<td colspan=2 rowspan=3 headers=h>",
      "<th scope=col abbr=x colspan=1 rowspan=1 headers=h>",
      "<b title=t lang=en dir=ltr>",
      "<ol start=2 reversed type=a>",
      "<li value=3>",
      "<col span=2>",
      "<colgroup span=2>",
      "<details open>",
      "<time datetime=2020>",
      "a <!-- <script> -->",
      // Only href is read as a URL: a title that looks like one is text.
      '<abbr title="https://e.com">e</abbr>',
    ])
      expect(checkRawHtml(ok), ok).toBeUndefined();
  });

  it("refuses an element outside the list, at the whole tag, opening or closing, whatever its case", () => {
    expect(checkRawHtml("x <SCRIPT>a</script>")).toEqual({ offset: 2, length: 8, message: `raw HTML <script> ${DANGEROUS}`, hint: ELEMENT_HINT });
    expect(checkRawHtml("<foo>")).toEqual({ offset: 0, length: 5, message: "raw HTML <foo> is not allowed in the paper's Markdown", hint: ELEMENT_HINT });
    expect(checkRawHtml("ab </foo>")).toEqual({ offset: 3, length: 6, message: "raw HTML <foo> is not allowed in the paper's Markdown", hint: ELEMENT_HINT });
    expect(checkRawHtml("</img>")).toEqual({ offset: 0, length: 6, message: `raw HTML <img> ${DANGEROUS}`, hint: `put a figure in a ::: figure directive (docs/figures.md); otherwise ${ELEMENT_HINT}` });
    expect(checkRawHtml("<b>x</b><iframe></iframe><foo>")).toMatchObject({ offset: 8, length: 8, message: `raw HTML <iframe> ${DANGEROUS}` });
    expect(checkRawHtml("<!DOCTYPE html>")).toEqual({ offset: 0, length: 15, message: "a <!DOCTYPE> in the paper's Markdown: the text is part of one page, not a document", hint: ELEMENT_HINT });
    expect(checkRawHtml("x <!DOCTYPE html>")).toEqual({ offset: 2, length: 15, message: "a <!DOCTYPE> in the paper's Markdown: the text is part of one page, not a document", hint: ELEMENT_HINT });
    // Cut off by the end of the text, a DOCTYPE still counts (the tokenizer is told the text ends there); parse5 ends it one past the last character.
    expect(checkRawHtml("<!DOCTYPE html")).toEqual({ offset: 0, length: 15, message: "a <!DOCTYPE> in the paper's Markdown: the text is part of one page, not a document", hint: ELEMENT_HINT });
    // The first refusal is the one reported, a DOCTYPE after it too.
    expect(checkRawHtml("<foo><!DOCTYPE html>")).toEqual({ offset: 0, length: 5, message: "raw HTML <foo> is not allowed in the paper's Markdown", hint: ELEMENT_HINT });
  });

  it("refuses an attribute outside the list at the attribute: event handlers and style with their own reason", () => {
    expect(checkRawHtml('<b onclick="x">')).toEqual({ offset: 3, length: 11, message: "the attribute onclick of <b> runs a script: event handlers are not allowed in the paper's Markdown", hint: 'remove the attribute; <b> may have title, lang, dir (docs/writing.md, "Raw HTML")' });
    expect(checkRawHtml('<b style="color:red">')).toEqual({ offset: 3, length: 17, message: "the attribute style of <b> is not allowed in the paper's Markdown (CSS can load URLs); the look is set in templates/*.css", hint: 'remove the attribute; <b> may have title, lang, dir (docs/writing.md, "Raw HTML")' });
    expect(checkRawHtml('<b class="x">')).toEqual({ offset: 3, length: 9, message: "the attribute class of <b> is not allowed in the paper's Markdown", hint: 'remove the attribute; <b> may have title, lang, dir (docs/writing.md, "Raw HTML")' });
    expect(checkRawHtml("<td scope=col>")).toEqual({ offset: 4, length: 9, message: "the attribute scope of <td> is not allowed in the paper's Markdown", hint: 'remove the attribute; <td> may have title, lang, dir, colspan, rowspan, headers (docs/writing.md, "Raw HTML")' });
    // Closing tags carry no attributes a browser uses.
    expect(checkRawHtml("<b>x</b onclick=1>")).toBeUndefined();
  });

  it("refuses a link that leaves the page or has a scheme, at the href", () => {
    expect(checkRawHtml('<a href="https://e.com">')).toEqual({ offset: 3, length: 20, message: '<a> points at the remote URL "https://e.com": raw HTML may not reach the network', hint: URL_HINT });
    expect(checkRawHtml('<a title=x href="//e.com">')).toEqual({ offset: 11, length: 14, message: '<a> points at the remote URL "//e.com": raw HTML may not reach the network', hint: URL_HINT });
    expect(checkRawHtml('<a href=" java&#x09;script:alert(1)">')).toEqual({
      offset: 3,
      length: 33,
      message: '<a> points at the URL " java\\tscript:alert(1)", whose scheme is not allowed (javascript:, file:, data: and the like run or read something)',
      hint: URL_HINT,
    });
    expect(checkRawHtml('<a href="#ok">x</a> <a href="javascript:x">')).toMatchObject({ offset: 23, length: 19 });
    // A link that is fine does not end the check of the tag's other attributes; a refused one is the one reported.
    expect(checkRawHtml('<a href="#ok" class="x">')).toEqual({ offset: 14, length: 9, message: "the attribute class of <a> is not allowed in the paper's Markdown", hint: 'remove the attribute; <a> may have title, lang, dir, href (docs/writing.md, "Raw HTML")' });
    expect(checkRawHtml('<a href="javascript:x" class="y">')).toEqual({
      offset: 3,
      length: 19,
      message: '<a> points at the URL "javascript:x", whose scheme is not allowed (javascript:, file:, data: and the like run or read something)',
      hint: URL_HINT,
    });
  });
});

describe("checkRawHtml's lists, written out here so that a name dropped from the code fails a test", () => {
  const allowed = ["a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "blockquote", "dd", "details", "div", "dl", "dt", "hr", "li", "ol", "p", "pre", "summary", "ul", "caption", "col", "colgroup", "table", "tbody", "td", "tfoot", "th", "thead", "tr"];
  const dangerous = ["script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link", "style", "img", "picture", "source", "video", "audio", "track", "svg", "math", "form", "input", "button", "textarea", "select", "portal", "template", "noscript"];
  const attributes: Record<string, string[]> = { a: ["href"], col: ["span"], colgroup: ["span"], details: ["open"], li: ["value"], ol: ["start", "reversed", "type"], td: ["colspan", "rowspan", "headers"], th: ["colspan", "rowspan", "headers", "scope", "abbr"], time: ["datetime"] };

  it("allows exactly these elements, in this order in the hint", () => {
    expect(ALLOWED_ELEMENTS).toEqual(allowed);
    for (const e of allowed) expect(checkRawHtml(`<${e}></${e}>`), e).toBeUndefined();
  });

  it("refuses each element that loads, runs or redirects something with the dangerous-element reason", () => {
    for (const e of dangerous) expect(checkRawHtml(`<${e}>`)?.message, e).toBe(`raw HTML <${e}> ${DANGEROUS}`);
  });

  it("allows each element its own attributes after the global ones, and names them in the hint", () => {
    for (const e of allowed) {
      const own = attributes[e] ?? [];
      const values = [...own.map((a) => (a === "href" ? `${a}="#x"` : `${a}="1"`)), 'title="t"', 'lang="en"', 'dir="ltr"'].join(" ");
      expect(checkRawHtml(`<${e} ${values}>`), e).toBeUndefined();
      expect(checkRawHtml(`<${e} bogus>`)?.hint, e).toBe(`remove the attribute; <${e}> may have ${["title", "lang", "dir", ...own].join(", ")} (docs/writing.md, "Raw HTML")`);
    }
  });
});

describe("urlProblem", () => {
  it("lets fragments and relative paths through", () => {
    for (const u of ["#x", "a/b.html", "1a:b", "./a:b", ""]) expect(urlProblem(u), u).toBeUndefined();
  });

  it("calls network-relative and web URLs remote, whatever the case and blanks", () => {
    for (const u of ["//e.com", "\\\\e", "/\\e", "\\/e", "HTTP://e", "https://e", "ftp://e", "ws://e", "wss://e", "/ /e", "\t//e"]) expect(urlProblem(u), u).toBe("remote");
  });

  it("refuses any other scheme, spaced out or not", () => {
    for (const u of ["javascript:x", "data:x", "file:/x", " j a v a s c r i p t : x", "a:b", "x+y.z-w:q", "mailto:a@b"]) expect(urlProblem(u), u).toBe("scheme");
  });
});
