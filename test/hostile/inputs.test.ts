/**
 * Hostile and broken inputs, through the CLI (harness.ts; a few in a process
 * of their own, the others through its entry in this process): raw HTML
 * in the Markdown, a remote image, bad bytes, an unclosed directive, a
 * template without its body slot, a bad paper.yaml variable, a 1 MB value,
 * a 50 MB one (past the cap on a YAML input's length), a binary file given to
 * `diff` — each must stop with exit 2 at
 * file:line:column with a fix, print no stack trace, and leave a previously
 * built out/ byte for byte as it was. The variants of each (more tags and
 * attributes, more slots and variables) are checked in-process, where a
 * case costs microseconds rather than a start of the CLI.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { edit, expectCleanError, makeBaseline, runCase, runCaseInProcess, startAll, type Baseline, type Outcome } from "./harness.js";
import { checkRawHtml } from "../../src/render/markdown/htmlPolicy.js";
import { parseMarkdown } from "../../src/render/markdown/parse.js";
import { fillTemplate } from "../../src/render/assemble.js";
import { checkVars, parseFrontMatter } from "../../src/render/frontMatter.js";
import { parseParams } from "../../src/study/params/load.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

const MD = "report/paper/05-conclusion.md";

/** The text of `dir`'s conclusion with `paragraph` appended after a blank line, and the 1-based line it starts on. */
function withParagraph(before: string, paragraph: string): { text: string; line: number } {
  const head = before.endsWith("\n") ? `${before}\n` : `${before}\n\n`;
  return { text: `${head}${paragraph}\n`, line: head.split("\n").length };
}
const appendParagraph = (dir: string, paragraph: string): void => writeFileSync(join(dir, MD), withParagraph(readFileSync(join(dir, MD), "utf8"), paragraph).text);

describe("through the CLI: exit 2 at file:line:column with the fix, no stack trace, out/ untouched", async () => {
  let base: Baseline;
  const long = "A".repeat(1_000_000);
  const huge = "A".repeat(50_000_000);
  // The long values first: the slowest cases (the YAML reader goes through all of the 1 MB one) start at once.
  // Through the real CLI (a process of its own): the long values, whose stderr is measured as the process writes it, a
  // binary file's bytes on the terminal, and one Markdown case. The others run the CLI's entry in this process.
  const cli = { process: runCase, inProcess: runCaseInProcess };
  const jobs: Record<string, [keyof typeof cli, (dir: string) => void, string[]?]> = {
    longValue: ["process", (dir) => edit(dir, "report/model.yaml", /^seed: 42/m, `seed: "${long}"`)],
    hugeValue: ["process", (dir) => edit(dir, "report/model.yaml", /^seed: 42/m, `seed: "${huge}"`)],
    script: ["process", (dir) => appendParagraph(dir, "Text <script>alert(1)</script> more.")],
    binaryDiff: ["process", (dir) => writeFileSync(join(dir, "blob.bin"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0xff, 0xfe])), ["diff", "blob.bin", "out/results.json"]],
    iframe: ["inProcess", (dir) => appendParagraph(dir, '<iframe src="file:///etc/passwd"></iframe>')],
    remoteImage: ["inProcess", (dir) => appendParagraph(dir, "An image ![x](https://example.com/x.png) here.")],
    latin1: ["inProcess", (dir) => writeFileSync(join(dir, MD), Buffer.concat([readFileSync(join(dir, MD)), Buffer.from("\nA Caf\xe9 here.\n", "latin1")]))],
    unclosedDirective: ["inProcess", (dir) => appendParagraph(dir, "::: table tbl:summary\nA caption that never ends.")],
    noBodySlot: ["inProcess", (dir) => edit(dir, "templates/paper.html", "{{body}}", "")],
    badVarValue: ["inProcess", (dir) => edit(dir, "report/paper.yaml", "  scale: 7B", "  scale: 99B")],
  };
  const pending: Record<string, Promise<Outcome>> = {};
  let conclusion: string;
  beforeAll(async () => {
    base = await makeBaseline();
    conclusion = readFileSync(join(base.root, MD), "utf8");
    const names = Object.keys(jobs);
    const started = startAll(names.map((n) => () => cli[jobs[n]![0]](base, jobs[n]![1], jobs[n]![2])));
    names.forEach((n, i) => (pending[n] = started[i]!));
  });
  afterAll(() => base?.dispose());
  const appendedLine = (): number => withParagraph(conclusion, "").line;

  it("<script> in a paragraph: at the tag", async () => {
    expectCleanError(await pending.script!, { file: MD, line: appendedLine(), column: 6, message: /^raw HTML <script> is not allowed in the paper's Markdown: it can run a script/, fix: /^ {2}fix: remove the tag or write it with Markdown; raw HTML may use only <a> .*<code>/ });
  });

  it("an <iframe> of file:///etc/passwd (an HTML block): at the tag", async () => {
    expectCleanError(await pending.iframe!, { file: MD, line: appendedLine(), column: 1, message: /^raw HTML <iframe> is not allowed/, fix: /remove the tag/ });
  });

  it("a remote Markdown image: at the URL", async () => {
    expectCleanError(await pending.remoteImage!, { file: MD, line: appendedLine(), column: 15, message: /^the image "https:\/\/example.com\/x.png" is remote/, fix: /relative path/ });
  });

  it("invalid UTF-8 in a Markdown file: the byte, its line and column", async () => {
    expectCleanError(await pending.latin1!, { file: MD, line: conclusion.split("\n").length + 1, column: 6, message: /^the file is not valid UTF-8: byte 0xE9 at byte offset \d+ cannot start or continue a character/, fix: /^ {2}fix: Save the file as UTF-8/ });
  });

  it("an unclosed directive: at the directive", async () => {
    expectCleanError(await pending.unclosedDirective!, { file: MD, line: appendedLine(), column: 1, message: /^the table directive is not closed by a line ":::"$/, fix: /^ {2}fix: end the table with a line ":::" after its caption/ });
  });

  it("templates/paper.html without {{body}}: the file", async () => {
    expectCleanError(await pending.noBodySlot!, { file: "templates/paper.html", message: /^templates\/paper.html has no \{\{body\}\} slot$/, fix: /^ {2}fix: put \{\{body\}\} in templates\/paper.html where the paper's text goes/ });
  });

  it("a paper.yaml variable with an unknown value: where it is defined, not where it is used", async () => {
    const line = readFileSync(join(base.root, "report/paper.yaml"), "utf8").split("\n").indexOf("  scale: 7B") + 1;
    expectCleanError(await pending.badVarValue!, { file: "report/paper.yaml", line, column: 10, message: /^the variable "scale" is "99B", which is no name of the results' sets; did you mean "\d+B"\?$/, fix: /names one of 1B, 7B, 13B, SFT\+DPO, RLVR, Reasoning-PT, Deliberative, CAI, AP, NoAP, ToxiGen, /u });
  });

  it("a 1 MB value: quoted short with its length, stderr under 2 KB", async () => {
    const o = await pending.longValue!;
    expect(o.stderr.length).toBeLessThan(2048);
    expectCleanError(o, { file: "report/model.yaml", line: 28, column: 7, path: "seed", message: /got `A{60}…` \(1,000,000 characters\)$/ });
  }, 300_000);

  it("a 50 MB value: model.yaml refused by its length before it is parsed, stderr under 2 KB", async () => {
    const o = await pending.hugeValue!;
    expect(o.stderr.length).toBeLessThan(2048);
    // The file as the case wrote it: the 2 characters of `42` replaced by the quoted value.
    const chars = readFileSync(join(base.root, "report/model.yaml"), "utf8").length - 2 + huge.length + 2;
    expectCleanError(o, {
      file: "report/model.yaml",
      message: new RegExp(`^the parameter file is ${chars.toLocaleString("en-US")} characters of YAML, more than the 4,194,304 a YAML input may have$`),
      fix: /^ {2}fix: YAML inputs are short text you write \(parameters, titles, tables, claims, published numbers\): check that this is the right file and that no long value was pasted into it\.$/,
    });
  }, 300_000);

  it("diff of a binary file: no raw bytes on stderr", async () => {
    const o = await pending.binaryDiff!;
    expect(o.stderr).toMatch(/^safety-gap diff: \S*blob\.bin: is not a results file: it is not text \(byte 0x89 at byte offset 0 is not UTF-8\)\n {2}fix: pass a results.json/);
    // eslint-disable-next-line no-control-regex -- the control characters are what must not be printed
    expect(o.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\ufffd]/);
    expect(o.code).toBe(2);
    expect(o.outUnchanged).toBe(true);
  });
});

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
