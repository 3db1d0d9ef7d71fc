// Every YAML input is parsed by src/input/parseYaml.ts, so each kind of file
// gets the same errors at the same places: an unclosed quote where it opens,
// a duplicate key, a tab used as indentation, an unknown tag, an alias with no
// anchor and an alias bomb (refused, not expanded); a text longer than the cap
// is refused before it is parsed.
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import type { SafetyGapError } from "../../src/errors.js";
import { MAX_YAML_CHARS, parseYaml } from "../../src/input/parseYaml.js";
import { parseParams } from "../../src/study/params/load.js";
import { parseFrontMatter } from "../../src/render/frontMatter.js";
import { parseMarkdown } from "../../src/render/markdown/parse.js";
import { parseTables } from "../../src/render/tables.js";
import { parseClaims } from "../../src/review/claims/loadClaims.js";
import { parsePublished } from "../../src/review/published/loadPublished.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

const read = (f: string): string => readFileSync(`report/${f}`, "utf8");

/** Each kind of YAML input: its parser, given `prefix` lines before a real file; `line0` is the file line `prefix` starts on. */
const kinds: { name: string; line0: number; parse: (prefix: string) => unknown }[] = [
  { name: "model.yaml", line0: 1, parse: (p) => parseParams(p + read("model.yaml"), "f") },
  { name: "paper.yaml", line0: 1, parse: (p) => parseFrontMatter(p + read("paper.yaml"), "f") },
  { name: "tables.yaml", line0: 1, parse: (p) => parseTables(p + read("tables.yaml"), "f") },
  { name: "claims.yaml", line0: 1, parse: (p) => parseClaims(p + read("claims.yaml"), "f") },
  { name: "published.yaml", line0: 1, parse: (p) => parsePublished(p + read("published.yaml"), "f") },
  { name: "Markdown front matter", line0: 2, parse: (p) => parseMarkdown(`---\n${p}role: abstract\n---\nText.\n`, "f") },
];

let bomb = 'a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]\n';
for (let i = 1; i < 10; i++) bomb += `a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(",")}]\n`;

describe.each(kinds)("$name", ({ line0, parse }) => {
  const errorOf = (prefix: string): SafetyGapError => safetyGapErrorOf(() => parse(prefix));
  const front = line0 > 1 ? " in the front matter" : "";

  it("an unclosed quote is reported where it opens, not at the end of the file", () => {
    const e = errorOf('x: "abc\n');
    expect(e.message).toBe(`YAML syntax error${front}: the quote " opened here is never closed`);
    expect(e.where).toMatchObject({ file: "f", line: line0, column: 4 });
    expect(e.hint).toBe('Close it with " at the end of the value (or remove it: names and numbers need no quotes).');
  });

  it("a duplicate key, at the second one", () => {
    const e = errorOf("dup: 1\ndup: 2\n");
    expect(e.message).toBe(`YAML syntax error${front}: the key \`dup\` appears twice in this mapping: this one would silently replace the first`);
    expect(e.where).toMatchObject({ line: line0 + 1, column: 1, length: 3 });
  });

  it("a duplicate key the library does not compare as the data has it: by alias, a number and its text, null and the empty text", () => {
    const dup = (key: string): string => `YAML syntax error${front}: the key \`${key}\` appears twice in this mapping: this one would silently replace the first`;
    const byAlias = errorOf("&k dup: 1\n*k : 2\n");
    expect(byAlias.message).toBe(dup("dup"));
    expect(byAlias.where).toMatchObject({ line: line0 + 1, column: 1, length: 2 });
    const numberAndText = errorOf('1: a\n"1": b\n');
    expect(numberAndText.message).toBe(dup("1"));
    expect(numberAndText.where).toMatchObject({ line: line0 + 1, column: 1, length: 3 });
    expect(numberAndText.hint).toBe("Remove one of the two, or rename it.");
    expect(errorOf('~: a\n"": b\n').message).toBe(dup(""));
  });

  it("a list or a mapping as a key, which plain data would turn into text", () => {
    for (const [text, length] of [
      ["? [a]\n: 1\n", 3],
      ["? {b: 1}\n: 1\n", 6],
    ] as const) {
      const e = errorOf(text);
      expect(e.message).toBe(`YAML syntax error${front}: this key is a list or a mapping, and every key here is a name`);
      expect(e.where).toMatchObject({ line: line0, column: 3, length });
      expect(e.hint).toBe("Write the key as a plain name (e.g. `name: value`), without `?`, brackets or braces.");
    }
  });

  it("a tab as indentation", () => {
    const e = errorOf("t:\n\tu: 1\n");
    expect(e.message).toBe(`YAML syntax error${front}: a tab indents this line, and YAML indents with spaces only`);
    expect(e.where).toMatchObject({ line: line0 + 1, column: 1 });
    expect(e.hint).toBe("Replace the tab with spaces (as many as the lines around it use).");
  });

  it("an unknown tag, at the tag (the library would read the value as text)", () => {
    const e = errorOf("x: !int 3\n");
    expect(e.message).toBe("unknown YAML tag `!int`");
    expect(e.where).toMatchObject({ line: line0, column: 4, length: 4 });
  });

  it("an alias bomb is refused at the first alias that multiplies", () => {
    const e = errorOf(bomb);
    expect(e.message).toMatch(/^the YAML aliases \(`\*name`\) expand to too many values/);
    // a1 only repeats a0 (plain values); a2's first `*a1` is where aliases start to multiply.
    expect(e.where).toMatchObject({ file: "f", line: line0 + 2, column: 10, length: 3 });
    expect(e.hint).toBe("Write the values out instead of nesting aliases; the report's files need no aliases.");
  });

  it("an alias with no anchor before it names the alias", () => {
    const e = errorOf("x: *answer\n");
    expect(e.message).toBe("the alias `*answer` refers to no anchor `&answer` before it");
    expect(e.where).toMatchObject({ line: line0, column: 4 });
  });
});

describe("the length cap", () => {
  const FIX = "  fix: YAML inputs are short text you write (parameters, titles, tables, claims, published numbers): check that this is the right file and that no long value was pasted into it.";
  /** `a: 1`, then a comment that makes the text `length` characters long. */
  const yamlOf = (length: number): string => `a: 1\n#${"x".repeat(length - 6)}`;

  it("parses a text of 4 Mi characters and refuses one character more before parsing, naming the file and both lengths", () => {
    expect(MAX_YAML_CHARS).toBe(4_194_304);
    expect(yamlOf(MAX_YAML_CHARS).length).toBe(MAX_YAML_CHARS);
    expect(parseYaml({ file: "f.yaml", source: yamlOf(MAX_YAML_CHARS), what: "the file" }).data).toEqual({ a: 1 });
    const e = safetyGapErrorOf(() => parseYaml({ file: "f.yaml", source: yamlOf(MAX_YAML_CHARS + 1), what: "the file" }));
    expect(e.format()).toBe(`f.yaml: the file is 4,194,305 characters of YAML, more than the 4,194,304 a YAML input may have\n${FIX}`);
  });

  it("counts the YAML alone: a front matter within the cap in a longer file is parsed", () => {
    const yaml = "role: abstract\n";
    const source = `---\n${yaml}---\n${"x".repeat(MAX_YAML_CHARS)}\n`;
    expect(parseYaml({ file: "f.md", source, base: 4, text: yaml, what: "the front matter" }).data).toEqual({ role: "abstract" });
    expect(safetyGapErrorOf(() => parseYaml({ file: "f.md", source, base: 4, what: "the front matter" })).format().split("\n")[0]).toBe(
      `f.md: the front matter is ${(source.length - 4).toLocaleString("en-US")} characters of YAML, more than the 4,194,304 a YAML input may have`,
    );
  });

  it("names the parameter file when model.yaml is too long", () => {
    const e = safetyGapErrorOf(() => parseParams(`seed: "${"A".repeat(MAX_YAML_CHARS)}"\n`, "report/model.yaml"));
    expect(e.format()).toBe(`report/model.yaml: the parameter file is 4,194,313 characters of YAML, more than the 4,194,304 a YAML input may have\n${FIX}`);
  });
});

describe("the library's other findings, in our words at its place", () => {
  const HINT = "Check the indentation, the colons after keys, and the quotes and brackets around values; a value holding `: ` or ` #` must be quoted or written as a block (>-).";
  const errorOf = (yaml: string): SafetyGapError => safetyGapErrorOf(() => parseYaml({ file: "f.yaml", source: yaml, what: "the file" }));
  const summary = (e: SafetyGapError) => ({ message: e.message, line: e.where?.line, column: e.where?.column, length: e.where?.length, hint: e.hint });

  it("its message alone (no line and column of its own), at the range it names", () => {
    expect(summary(errorOf("a: b: c\n"))).toEqual({ message: "YAML syntax error: Nested mappings are not allowed in compact mappings", line: 1, column: 4, length: 1, hint: HINT });
    expect(summary(errorOf('x: "a" "b"\n'))).toEqual({ message: "YAML syntax error: Unexpected double-quoted-scalar at node end", line: 1, column: 8, length: 3, hint: HINT });
  });

  // Bug: these were reported as "the quote \" opened here is never closed", at a quote that is closed.
  it("a character missing right after a closed quote is not an unclosed quote", () => {
    expect(summary(errorOf('title: "A paper"#draft\n'))).toEqual({
      message: "YAML syntax error: Comments must be separated from other tokens by white space characters",
      line: 1,
      column: 17,
      length: 6,
      hint: HINT,
    });
    expect(summary(errorOf("{a: 'x'"))).toEqual({ message: "YAML syntax error: Flow map must end with a }", line: 1, column: 8, length: 1, hint: HINT });
  });

  it("an unclosed flow list is not an unclosed quote, whatever scalar reaches its end", () => {
    expect(errorOf("[abc").message).toBe("YAML syntax error: Flow sequence must end with a ]");
    expect(errorOf("['ok', abc").message).toBe("YAML syntax error: Flow sequence must end with a ]");
  });

  it("an unclosed single quote in a flow list: at the quote, which the fix names", () => {
    const e = errorOf("['abc, d]\n");
    expect(summary(e)).toEqual({
      message: "YAML syntax error: the quote ' opened here is never closed",
      line: 1,
      column: 2,
      length: 1,
      hint: "Close it with ' at the end of the value (or remove it: names and numbers need no quotes).",
    });
  });

  it("a second document, at its `---`", () => {
    const e = errorOf("a: 1\n---\nb: 2\n");
    expect(summary(e)).toEqual({
      message: "the file holds more than one YAML document: a second one starts here",
      line: 2,
      column: 1,
      length: 3,
      hint: "Keep one document: remove this `---` line and either what follows or what precedes it.",
    });
  });

  it("a warning other than an unknown tag (an unknown directive) is no error", () => {
    expect(parseYaml({ file: "f.yaml", source: "%FOO bar\n---\na: 1\n", what: "the file" }).data).toEqual({ a: 1 });
  });

  it("prints none of the library's own warnings", () => {
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => undefined);
    try {
      // A list as a key: the library warns, while making plain data, that it becomes text; the key is then refused.
      expect(safetyGapErrorOf(() => parseYaml({ file: "f.yaml", source: "? [a]\n: 1\n", what: "the file" })).message).toBe("YAML syntax error: this key is a list or a mapping, and every key here is a name");
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
