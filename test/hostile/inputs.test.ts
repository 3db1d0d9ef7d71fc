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
 * case costs microseconds rather than a start of the CLI
 * (inputVariants.test.ts, in the quick tier); this file builds the paper
 * through the CLI, so it is in the end-to-end tier.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { edit, expectCleanError, makeBaseline, runCase, runCaseInProcess, startAll, type Baseline, type Outcome } from "./harness.js";

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
