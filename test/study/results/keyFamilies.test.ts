// The one declaration of the result key families: flatten writes exactly its keys, and figure templates are checked against it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { keyFamiliesSection, keyShapesList } from "../../../src/lang/generatedDocs.js";
import { checkShape } from "../../../src/lang/keyFamily.js";
import { parseKeyPattern } from "../../../src/lang/keyPattern.js";
import { KEY_FAMILIES } from "../../../src/study/results/keyFamilies.js";
import { syntheticResults } from "../../review/syntheticResults.js";

// The synthetic results list every key independently of the declaration (test/helpers/syntheticResults.ts).
const results = syntheticResults();

describe("KEY_FAMILIES", () => {
  it("accepts every key of the results and nothing the families do not declare", () => {
    const keys = Object.keys(results.numbers);
    expect(keys.length).toBe(1650);
    for (const k of keys) expect(checkShape(KEY_FAMILIES, parseKeyPattern(k)), k).toBeUndefined();
    expect(checkShape(KEY_FAMILIES, parseKeyPattern("summary.7B.CAI.apSafety.ciLow"))).toMatchObject({ kind: "unknownShape" });
  });

  it("names the slot a misplaced variable stands in, and the closest shape for a typo", () => {
    expect(checkShape(KEY_FAMILIES, parseKeyPattern("summary.{method}.{method}.tax"))).toEqual({ kind: "slotMismatch", segment: "{method}", slot: "scale" });
    expect(checkShape(KEY_FAMILIES, parseKeyPattern("summary.{scale}.{method}.retension"))).toEqual({ kind: "unknownShape", closestShape: "summary.{scale}.{method}.retention" });
  });
});

describe("KEY_FAMILIES in the docs", () => {
  it("is what docs/results.md and docs/figures.md show between their generated markers", () => {
    // `npm run docs` writes these sections from the declaration; a declaration edited without it leaves the docs stale.
    const section = (file: string, name: string): string => {
      const doc = readFileSync(file, "utf8");
      const start = `<!-- generated: ${name} -->\n`;
      return doc.slice(doc.indexOf(start) + start.length, doc.indexOf(`\n<!-- end generated: ${name} -->`));
    };
    expect(keyFamiliesSection(KEY_FAMILIES)).toBe(section("docs/results.md", "key families"));
    expect(keyShapesList(KEY_FAMILIES)).toBe(section("docs/figures.md", "key shapes"));
  });
});
