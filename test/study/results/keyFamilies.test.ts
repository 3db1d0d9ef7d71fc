// The one declaration of the result key families: flatten writes exactly its keys, and figure templates are checked against it.
import { describe, expect, it } from "vitest";
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
