import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBibtex } from "../../../src/render/bib/parseBibtex.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";
import { REPORT } from "../memoryReader.js";

const failure = (source: string): string => safetyGapErrorOf(() => parseBibtex(source, "refs.bib")).format();

describe("parseBibtex", () => {
  it("reads the real references.bib, every key once", () => {
    const entries = parseBibtex(readFileSync(join(REPORT, "references.bib"), "utf8"), "report/references.bib");
    expect(entries.length).toBeGreaterThanOrEqual(17);
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
  });

  it("a key declared twice is an error at the second, naming the first's line (the later entry silently won)", () => {
    const src = "@article{a2020,\n  title = {One},\n}\n\n@misc{a2020,\n  title = {Two},\n}\n";
    expect(failure(src)).toBe(
      'refs.bib:5:7: citation key "a2020" is declared twice (first on line 1)\n' +
        "  5 | @misc{a2020,\n            ^^^^^\n" +
        "  fix: keep one: the later one replaced the earlier without a word",
    );
  });

  it("a field given twice in an entry is an error at the second", () => {
    expect(failure("@article{a,\n  title = {One},\n  Title = {Two},\n}\n")).toMatch(/^refs\.bib:3:3: entry "a" has the field "title" twice/);
  });
});
