/**
 * The pull-request comment as a summary within a size limit (diff --format md
 * --max-chars N): printed numbers first, then other significant changes, then
 * counts; cut lists say how many rows they leave out; never over the limit
 * (the real paper: diffSummaryRealPaper.test.ts).
 */
import { describe, expect, it } from "vitest";
import { diffResults, type DiffInput } from "../../src/review/diffResults.js";
import type { Provenance } from "../../src/review/provenance.js";
import { MIN_SUMMARY_CHARS, renderDiffSummary } from "../../src/review/renderDiffSummary.js";
import { syntheticResults } from "./syntheticResults.js";

/** Two sides where summary.7B.CAI.delta (printed) and every cell mean of 1B (not printed) move. */
function sides(): [DiffInput, DiffInput] {
  const a = syntheticResults();
  const moved: Record<string, number> = { "summary.7B.CAI.delta": a.numbers["summary.7B.CAI.delta"]! + 0.5, "summary.7B.RLVR.delta": a.numbers["summary.7B.RLVR.delta"]! + 1e-9 };
  for (const [k, v] of Object.entries(a.numbers)) if (/^cell\.1B\..*\.mean$/.test(k)) moved[k] = v + 0.5;
  const provenance: Provenance = {
    usage: [
      { key: "summary.7B.CAI.delta", where: "Table 2" },
      { key: "summary.7B.RLVR.delta", where: "Table 2" },
    ],
    sentences: [],
  };
  return [
    { label: "base", results: a, provenance },
    { label: "head", results: syntheticResults(moved), provenance },
  ];
}

describe("renderDiffSummary(report, maxChars)", () => {
  it("lists the printed numbers first, significant ones first, then the other significant changes, then counts", () => {
    const report = diffResults(...sides());
    const md = renderDiffSummary(report, 100_000);
    const lines = md.split("\n");
    const at = (prefix: string): number => lines.findIndex((l) => l.startsWith(prefix));
    expect(lines[0]).toBe("### safety-gap diff `base` → `head`");
    expect(at("#### Numbers printed in the paper (2 changed)")).toBeGreaterThan(0);
    const printedRows = lines.slice(at("#### Numbers printed"), at("#### Other significant")).filter((l) => l.startsWith("| Table 2"));
    expect(printedRows.map((l) => l.split(" | ")[1])).toEqual(["`summary.7B.CAI.delta`", "`summary.7B.RLVR.delta`"]);
    expect(printedRows[1]).toMatch(/within MC noise \|$/);
    const cellRows = lines.filter((l) => l.startsWith("| not printed in the paper | `cell.1B."));
    expect(cellRows.length).toBe(Object.keys(report.entries.filter((e) => e.key.startsWith("cell.1B.") && e.key.endsWith(".mean"))).length);
    expect(at("#### Other significant changes (60, not printed in the paper)")).toBeGreaterThan(at("#### Numbers printed"));
    // Nothing else changed: no counts of the rest, and nothing cut.
    expect(at("#### The rest")).toBe(-1);
    expect(md).not.toContain("the whole diff");
  });

  it("cuts each list to the rows that fit, says how many it leaves out, and never exceeds the limit", () => {
    const report = diffResults(...sides());
    const significantOthers = report.entries.filter((e) => e.significant && e.key !== "summary.7B.CAI.delta").length;
    expect(significantOthers).toBe(60);
    const whole = renderDiffSummary(report, 1_000_000);
    for (const limit of [MIN_SUMMARY_CHARS, 2500, 4000, whole.length - 200]) {
      const md = renderDiffSummary(report, limit);
      expect(md.length, String(limit)).toBeLessThanOrEqual(limit);
      const shown = md.split("\n").filter((l) => l.startsWith("| not printed in the paper |")).length;
      expect(shown).toBeLessThan(significantOthers);
      const more = significantOthers - shown;
      expect(md).toContain(shown === 0 ? `_${more} not listed here, to keep the summary short: see the whole diff._` : `_… and ${more} more, in the whole diff._`);
      // The printed numbers always come first.
      expect(md).toContain("| Table 2 | `summary.7B.CAI.delta` |");
    }
    // Just below what everything needs, one row gives way to an "and 1 more" line.
    expect(renderDiffSummary(report, whole.length)).toBe(whole);
    expect(renderDiffSummary(report, whole.length - 1)).toContain("_… and 1 more, in the whole diff._");
  });
});
