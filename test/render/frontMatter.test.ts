/** report/paper.yaml: parsed as the paper needs it; mistakes located in the YAML. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../src/render/frontMatter.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";
import { REPORT } from "./memoryReader.js";

const real = readFileSync(join(REPORT, "paper.yaml"), "utf8");

const failure = (source: string): string => safetyGapErrorOf(() => parseFrontMatter(source, "report/paper.yaml")).format();

describe("parseFrontMatter", () => {
  it("reads the real paper.yaml", () => {
    const f = parseFrontMatter(real, "report/paper.yaml");
    expect(f.authors).toEqual(["Anonymous Author(s)"]);
    expect(f.year).toBe("2026");
    expect(f.vars).toEqual({ scale: "7B" });
    expect(f.pages).toBeGreaterThan(0);
    expect(f.keywords).toContain("RLVR");
    expect(f.conference.publisher).toBe("ACM, New York, NY, USA");
  });

  it("a YAML syntax error is labelled as one, at its real line and column (not \"template syntax error\" at 1:1)", () => {
    const text = failure(real.replace("year: 2026", "year: [2026"));
    // The unclosed [ is noticed where the next key starts (comment lines are skipped).
    const line = real.split("\n").findIndex((l) => l.startsWith("vars:")) + 1;
    expect(text).toMatch(new RegExp(`^report/paper\\.yaml:${line}:1: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a \\]\\n`));
    expect(text).not.toContain("template syntax error");
    expect(text).not.toMatch(/at line \d+, column/);
  });

  it("an unknown key (a typo that dropped the field) and a value of the wrong shape are errors at them", () => {
    expect(failure(real.replace("keywords:", "keywrods:"))).toMatch(
      /^report\/paper\.yaml:\d+:1 \(keywrods\): unknown field `keywrods`; allowed: `title`, `authors`, `year`, `vars`, `ccs`, `keywords`, `conference`, `pages`, `permission`, `copyright`\n(.*\n){2} {2}fix: did you mean `keywords`\?$/,
    );
    expect(failure(real.replace("  publisher:", "  publsher:"))).toMatch(
      /^report\/paper\.yaml:\d+:3 \(conference\.publsher\): unknown field `publsher` in `conference`; allowed: `proceedings`, `line`, `publisher`\n(.*\n){2} {2}fix: did you mean `publisher`\?$/,
    );
    expect(failure(real.replace("authors:\n  - Anonymous Author(s)", "authors: Anonymous"))).toBe(
      "report/paper.yaml:3:10 (authors): `authors` must be a list (lines starting with -), got `Anonymous`\n  3 | authors: Anonymous\n               ^^^^^^^^^\n  fix: docs/writing.md describes every field.",
    );
    expect(failure(real.replace(/^pages: \d+/m, "pages: five"))).toMatch(
      /^report\/paper\.yaml:\d+:8 \(pages\): `pages` must be a whole number \(the page count of the ACM reference line\), got `five`\n/,
    );
    expect(failure("")).toBe("report/paper.yaml:1:1: paper.yaml must be a mapping (key: value lines), got nothing\n  1 | \n      ^\n  fix: docs/writing.md describes every field.");
  });
});
