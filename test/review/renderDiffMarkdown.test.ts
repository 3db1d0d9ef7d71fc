// The pull-request rendering of a diff: the notes (seed, sizes) are shown also when every number is the same.
import { describe, expect, it } from "vitest";
import { diffResults } from "../../src/review/diffResults.js";
import { renderDiffMarkdown } from "../../src/review/renderDiffMarkdown.js";
import { syntheticResults } from "./syntheticResults.js";

describe("renderDiffMarkdown", () => {
  it("keeps the notes when the numbers are identical", () => {
    const b = { ...syntheticResults(), seed: 43 };
    const report = diffResults({ label: "a", results: syntheticResults() }, { label: "b", results: b });
    expect(report.identical).toBe(true);
    expect(report.meta).toEqual(["seed: 42 -> 43"]);
    const md = renderDiffMarkdown(report);
    expect(md).toContain("**Identical**");
    for (const m of report.meta) expect(md).toContain(`- ${m.replace(/^(\w+):/, "`$1`:")}`);
  });
});
