// Terminal rendering: aligned columns, colour only when asked (a TTY).
import { describe, expect, it } from "vitest";
import { diffResults } from "../../src/review/diffResults.js";
import { renderDiffText } from "../../src/review/renderDiffText.js";
import { syntheticResults } from "./syntheticResults.js";

describe("renderDiffText", () => {
  const r = diffResults(
    { label: "a", results: syntheticResults() },
    { label: "b", results: syntheticResults({ "summary.7B.CAI.delta": -0.1, "summary.7B.RLVR.delta": -0.2 }) },
  );
  it("aligns the columns", () => {
    const lines = renderDiffText(r).split("\n").filter((l) => l.includes("summary.7B."));
    expect(lines).toHaveLength(2);
    const col = (l: string) => l.indexOf("significant");
    expect(col(lines[0]!)).toBe(col(lines[1]!));
  });
  it("colours only when asked", () => {
    expect(renderDiffText(r, false)).not.toContain("\x1b[");
    expect(renderDiffText(r, true)).toContain("\x1b[31msignificant");
  });
  it("says '1 number differs', '2 numbers differ'", () => {
    const one = diffResults({ label: "a", results: syntheticResults() }, { label: "b", results: syntheticResults({ "summary.7B.CAI.delta": -0.1 }) });
    expect(renderDiffText(one)).toContain("\n1 number differs (");
    expect(renderDiffText(r)).toContain("\n2 numbers differ (");
  });
});
