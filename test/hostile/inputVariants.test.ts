/**
 * The variants of the hostile inputs that inputs.test.ts sends through the
 * CLI (more tags and attributes, more slots and variables, a payload as a
 * name), each checked where it is refused, in-process: a case costs
 * microseconds rather than a build.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkRawHtml } from "../../src/render/markdown/htmlPolicy.js";
import { parseMarkdown } from "../../src/render/markdown/parse.js";
import { fillTemplate } from "../../src/render/assemble.js";
import { checkVars, parseFrontMatter } from "../../src/render/frontMatter.js";
import { parseParams } from "../../src/study/params/load.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

describe("raw HTML variants, through the Markdown parser", () => {
  const file = "report/paper/x.md";
  const errorIn = (paragraph: string): string => safetyGapErrorOf(() => parseMarkdown(`# Title\n\nA first paragraph.\n\n${paragraph}\n`, file)).format();
  it.each([
    ['Text <span onmouseover="alert(1)">x</span>.', 12, /^the attribute onmouseover of <span> runs a script/],
    ["Text <span onclick=x>x</span>.", 12, /^the attribute onclick of <span> runs a script/],
    ['A <a href="&#106;avascript:alert(1)">link</a>.', 6, /^<a> points at the URL "javascript:alert\(1\)", whose scheme is not allowed/],
    ['<meta http-equiv="refresh" content="0;url=https://example.com">', 1, /^raw HTML <meta> is not allowed/],
    ['Text <base href="https://example.com/"> more.', 6, /^raw HTML <base> is not allowed/],
    ['Text <object data="x"></object>.', 6, /^raw HTML <object> is not allowed/],
    ['Text <embed src="x">.', 6, /^raw HTML <embed> is not allowed/],
    ['See <a href="https://example.com/x">this</a>.', 8, /^<a> points at the remote URL "https:\/\/example.com\/x": raw HTML may not reach the network/],
    ['See <a href="//example.com/x">this</a>.', 8, /^<a> points at the remote URL "\/\/example.com\/x"/],
    ['See <span style="background:url(https://example.com/x)">this</span>.', 11, /^the attribute style of <span> is not allowed/],
    ["<div>\n<p>fine</p>\n<img src=x onerror=alert(1)>\n</div>", 1, /^raw HTML <img> is not allowed/],
    ["Line one,\nthen <ScRiPt>alert(1)</ScRiPt>.", 6, /^raw HTML <script> is not allowed/],
  ])("%s: refused at its place", (paragraph, column, message) => {
    const shown = errorIn(paragraph);
    const lineOffset = paragraph.startsWith("<div>") ? 2 : paragraph.includes("\nthen") ? 1 : 0;
    const [head] = shown.split("\n");
    expect(head).toMatch(new RegExp(`^${file.replace(/[./]/g, "\\$&")}:${5 + lineOffset}:${column}: `));
    expect(head!.replace(/^[^:]+:\d+:\d+: /, "")).toMatch(message);
    expect(shown).toMatch(/\n {2}fix: /);
  });

  it("the tags the paper uses, and a link within the paper, pass, each kept as written", () => {
    for (const ok of ["<code>np.random.default_rng(42)</code>", 'x<sup>2</sup> and <a href="#sec-intro" title="t">a link</a>', "<!-- a note -->", "<table><tr><td colspan=\"2\">x</td></tr></table>"]) {
      const page = parseMarkdown(`A paragraph: ${ok}.\n`, file);
      const tags = page.tokens.flatMap((t) => t.children ?? []).filter((t) => t.type === "html_inline").map((t) => t.content);
      expect(tags, ok).toEqual(ok.match(/<[^>]+>/g));
    }
  });

  it.each([
    ["<object data=x></object>", "object"],
    ["<link rel=preconnect href=https://example.com>", "link"],
    ["<svg><script>alert(1)</script></svg>", "svg"],
    ["<!DOCTYPE html>", "!DOCTYPE"],
    ['<p class="x">', "p"],
  ])("the policy refuses %s at offset 0 or its attribute", (html, what) => {
    const v = checkRawHtml(html);
    expect(v?.message).toContain(`<${what}>`);
    expect(v?.offset).toBe(what === "p" ? 3 : 0);
  });

  it("URLs are looked at as a browser reads them: blanks inside removed, backslashes as slashes", () => {
    expect(checkRawHtml('<a href=" java\tscript:x">')?.message).toMatch(/scheme is not allowed/);
    expect(checkRawHtml('<a href="\\\\evil/x">')?.message).toMatch(/remote URL/);
    expect(checkRawHtml('<a href="data:text/html,x">')?.message).toMatch(/scheme is not allowed/);
    expect(checkRawHtml('<a href="notes/a.html#x">')).toBeUndefined();
  });
});

describe("the template's slots and paper.yaml's variables, in-process", () => {
  it("an unknown slot: at the slot, with the closest one and the list", () => {
    const e = safetyGapErrorOf(() => fillTemplate("<p>{{title}}</p>\n<main>{{bdy}}</main>", { title: "T", body: "B" }, "templates/paper.html"));
    // {{body}} is missing first: the template lacks it.
    expect(e.format()).toBe("templates/paper.html: templates/paper.html has no {{body}} slot\n  fix: put {{body}} in templates/paper.html where the paper's text goes (docs/writing.md lists the slots)");
    const f = safetyGapErrorOf(() => fillTemplate("<p>{{title}}</p>\n<main>{{body}}{{bdy}}</main>", { title: "T", body: "B" }, "templates/paper.html"));
    expect(f.format()).toBe(
      "templates/paper.html:2:15: templates/paper.html: slot {{bdy}} has no value; did you mean {{body}}?\n  2 | <main>{{body}}{{bdy}}</main>\n                    ^^^^^^^\n  fix: the slots are {{title}}, {{body}}; remove this one or fix its spelling",
    );
  });

  const yaml = (vars: string): string => `title: T\nauthors: [A]\nyear: 2026\nvars:\n${vars}\nconference: { proceedings: P, line: L, publisher: X }\n`;
  const check = (vars: string): string =>
    safetyGapErrorOf(() => {
      const source = yaml(vars);
      checkVars(parseFrontMatter(source, "report/paper.yaml"), "report/paper.yaml", source, ["1B", "7B", "13B", "RLVR"], ["methods", "scales"]);
    }).format();
  it("a variable that replaces a set, a bad name, an unknown value: each at its place in paper.yaml", () => {
    expect(check("  scale: 7B\n  methods: RLVR").split("\n")[0]).toBe('report/paper.yaml:6:3: the variable "methods" would replace the set $methods that templates use');
    expect(check("  $scale: 7B").split("\n")[0]).toBe('report/paper.yaml:5:3: "$scale" is not a variable name: letters, digits and _, without the $ (used as {name})');
    expect(check("  scale: 70B").split("\n")[0]).toBe('report/paper.yaml:5:10: the variable "scale" is "70B", which is no name of the results\' sets; did you mean "7B"?');
    expect(check("  scale: 70B")).toContain("\n  fix: a variable of vars: names one of 1B, 7B, 13B, RLVR (the results' sets)");
  });
});

describe("names in model.yaml, which the supplement prints", () => {
  it("a payload as a method name is refused at its place: names never reach a page unescaped or as file names", () => {
    const source = readFileSync(new URL("../../report/model.yaml", import.meta.url), "utf8").replace("methods: [SFT+DPO, RLVR,", 'methods: [SFT+DPO, "<script>alert(1)</script>", RLVR,');
    const e = safetyGapErrorOf(() => parseParams(source, "report/model.yaml"));
    expect(e.format().split("\n")[0]).toBe(
      "report/model.yaml:38:20 (methods[1]): `methods[1]` must be a name of letters, digits, `+`, `-` and `_` (starting with a letter or digit, at most 64 characters), got `<script>alert(1)</script>`",
    );
  });
});
