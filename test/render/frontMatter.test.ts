/** report/paper.yaml: parsed as the paper needs it; mistakes located in the YAML. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkVars, parseFrontMatter } from "../../src/render/frontMatter.js";
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

describe("parseFrontMatter on a few lines", () => {
  const VARS = "title: T\nauthors: [a, 1]\nyear: 2026\nvars:\n  scale: 9B\n  'x-y': 7B\nconference: {}\n";

  it("reads numbers as text, fills what is left out with empty values, and records where each variable is written", () => {
    expect(parseFrontMatter(VARS, "p.yaml")).toEqual({
      title: "T", authors: ["a", "1"], year: "2026", vars: { scale: "9B", "x-y": "7B" }, ccs: [], keywords: [],
      conference: { proceedings: "", line: "", publisher: "" }, pages: 0, permission: "", copyright: "",
      varsAt: { scale: { name: { at: 44, len: 5 }, value: { at: 51, len: 2 } }, "x-y": { name: { at: 56, len: 5 }, value: { at: 63, len: 2 } } },
    });
    expect(parseFrontMatter("title: ~\nauthors: []\nyear: true\nconference: {line: 3}\n", "p.yaml")).toEqual({
      title: "", authors: [], year: "true", vars: {}, ccs: [], keywords: [],
      conference: { proceedings: "", line: "3", publisher: "" }, pages: 0, permission: "", copyright: "", varsAt: {},
    });
    // An empty value still marks one character, so the error under it is visible.
    expect(parseFrontMatter("title: T\nauthors: []\nyear: 1\nvars:\n  x:\nconference: {}\n", "p.yaml").varsAt).toEqual({ x: { name: { at: 37, len: 1 }, value: { at: 39, len: 1 } } });
  });

  it("says what shape a field needs", () => {
    expect(failure("title: [a]\nauthors: []\nyear: 1\nconference: {}\n")).toBe(
      "report/paper.yaml:1:8 (title): `title` must be a single value (text or a number), got a list\n  1 | title: [a]\n             ^^^\n  fix: docs/writing.md describes every field.",
    );
    expect(failure("title: a\nauthors: []\nyear: 1\nvars: 3\nconference: {}\n")).toMatch(/^report\/paper\.yaml:4:7 \(vars\): `vars` must be a mapping \(indented key: value lines\), got 3\n/);
    expect(failure("title: a\nauthors: []\nyear: 1\nconference: 3\n")).toMatch(/^report\/paper\.yaml:4:13 \(conference\): `conference` must be a mapping \(indented key: value lines\), got 3\n/);
  });

  describe("checkVars", () => {
    const front = parseFrontMatter(VARS, "p.yaml");
    const check = (f: typeof front, names: string[], sets: string[]): string => safetyGapErrorOf(() => checkVars(f, "p.yaml", VARS, names, sets)).format();
    const hint = (names: string): string => `  fix: a variable of vars: names one of ${names} (the results' sets), e.g. x: A for a key pattern such as a.{x}.b`;

    it("accepts variables that name one of the sets' names", () => {
      const ok = parseFrontMatter("title: T\nauthors: []\nyear: 1\nvars:\n  scale: 7B\n  _m2: A\nconference: {}\n", "p.yaml");
      expect(checkVars(ok, "p.yaml", "", ["1B", "7B", "A"], ["methods"])).toBeUndefined();
    });
    it("a value the sets do not list is an error at the value, with the closest name", () => {
      expect(check(front, ["1B", "7B"], ["methods"])).toBe(
        `p.yaml:5:10: the variable "scale" is "9B", which is no name of the results' sets; did you mean "1B"?\n  5 |   scale: 9B\n               ^^\n${hint("1B, 7B")}`,
      );
    });
    it("a name that is no identifier is an error at the name", () => {
      expect(check(front, ["1B", "9B"], ["methods"])).toBe(
        `p.yaml:6:3: "x-y" is not a variable name: letters, digits and _, without the $ (used as {name})\n  6 |   'x-y': 7B\n        ^^^^^\n${hint("1B, 9B")}`,
      );
      const digitFirst = parseFrontMatter("title: T\nauthors: []\nyear: 1\nvars:\n  2x: A\nconference: {}\n", "p.yaml");
      expect(safetyGapErrorOf(() => checkVars(digitFirst, "p.yaml", "", ["A"], [])).message).toBe('"2x" is not a variable name: letters, digits and _, without the $ (used as {name})');
    });
    it("a variable may not replace a set", () => {
      expect(check(front, ["9B"], ["scale"])).toBe(`p.yaml:5:3: the variable "scale" would replace the set $scale that templates use\n  5 |   scale: 9B\n        ^^^^^\n${hint("9B")}`);
    });
    it("without a recorded position, the error is at the file's start", () => {
      const lost = { ...front, varsAt: {} };
      expect(check(lost, ["9B"], ["scale"])).toMatch(/^p\.yaml:1:1: the variable "scale" would replace/);
      expect(check(lost, ["1B", "7B"], [])).toMatch(/^p\.yaml:1:1: the variable "scale" is "9B"/);
      expect(check({ ...lost, vars: { "x-y": "7B" } }, ["7B"], [])).toMatch(/^p\.yaml:1:1: "x-y" is not a variable name/);
    });
  });
});
