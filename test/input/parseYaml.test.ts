// Every YAML input is parsed by src/input/parseYaml.ts, so each kind of file
// gets the same errors at the same places: an unclosed quote where it opens,
// a duplicate key, a tab used as indentation, an unknown tag, an alias with no
// anchor and an alias bomb (refused, not expanded).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SafetyGapError } from "../../src/errors.js";
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
