/** The YAML library's reference errors (aliases) become input errors that point at the alias. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../src/errors.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";
import { parseParams } from "../../src/params/load.js";

const FILE = "report/model.yaml";
const source = readFileSync(FILE, "utf8");

/** 1-based line of the first occurrence of `text` in `source`. */
const lineOf = (text: string): number => source.slice(0, source.indexOf(text)).split("\n").length;

describe("YAML that parses but cannot become data", () => {
  /** The SafetyGapError parseParams throws for `text`. */
  const errorOf = (text: string): SafetyGapError => safetyGapErrorOf(() => parseParams(text, FILE));

  it("an alias bomb (aliases of aliases expanding to millions of nodes) names the file and the first alias", () => {
    let bomb = 'a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]\n';
    for (let i = 1; i < 10; i++) bomb += `a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(",")}]\n`;
    const e = errorOf(bomb + source);
    expect(e.message).toMatch(/^the YAML aliases \(`\*name`\) expand to too many values/);
    // a1 only repeats a0 (plain values); a2's first `*a1` is where aliases start to multiply.
    expect(e.where).toMatchObject({ file: FILE, line: 3, column: 10, length: 3 });
    expect(e.hint).toMatch(/Write the values out/);
  });

  it("an alias with no anchor before it names the alias", () => {
    const e = errorOf(source.replace(/^seed: 42/m, "seed: *answer"));
    expect(e.message).toBe("the alias `*answer` refers to no anchor `&answer` before it");
    expect(e.where).toMatchObject({ file: FILE, line: lineOf("seed: 42"), column: 7 });
  });
});
