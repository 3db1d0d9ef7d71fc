/**
 * No number typed by hand where a result exists: the paper's source may not
 * contain a 4-decimal literal (the paper prints results with 4 decimals), nor
 * any decimal literal at all, outside {{ }} placeholders.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPORT } from "./memoryReader.js";

const sources = [
  ...readdirSync(join(REPORT, "paper"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => join("paper", f)),
  "paper.yaml",
  "tables.yaml",
];

/** Literals outside placeholders (and outside YAML comments), with their line numbers. */
function literals(text: string, re: RegExp): string[] {
  const hits: string[] = [];
  text.split("\n").forEach((line, i) => {
    const bare = line.replace(/\{\{.*?\}\}/g, "").replace(/^\s*#.*$/, "");
    for (const m of bare.matchAll(re)) hits.push(`${i + 1}: ${m[0]}`);
  });
  return hits;
}

describe("hand-typed numbers", () => {
  for (const f of sources)
    it(`${f} has no 4-decimal literal outside placeholders`, () => {
      expect(literals(readFileSync(join(REPORT, f), "utf8"), /\d\.\d{4}/g)).toEqual([]);
    });
  for (const f of sources.filter((s) => s.endsWith(".md")))
    it(`${f} has no decimal or percent literal outside placeholders`, () => {
      expect(literals(readFileSync(join(REPORT, f), "utf8"), /\d*\.\d+|\d+(\.\d+)?%/g)).toEqual([]);
    });
  it("the scanner finds a literal when one is there", () => {
    expect(literals("ranges from 0.7601 to {{ max(x) | f4 }}", /\d\.\d{4}/g)).toEqual(["1: 0.7601"]);
    // A placeholder's key may hold braces ({scale}); the literal after it is still found.
    expect(literals("{{ max(summary.{scale}.*.tax) | f4 }} or 0.7601", /\d\.\d{4}/g)).toEqual(["1: 0.7601"]);
  });
});
