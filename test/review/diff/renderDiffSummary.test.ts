/**
 * The size-limited pull-request summary on a small hand-made report, compared
 * whole: every heading, count, plural, table row, cut list and "more" line is
 * part of what a reviewer reads (the real paper: ../diffSummaryRealPaper.test.ts).
 */
import { describe, expect, it } from "vitest";
import type { DiffReport } from "../../../src/review/diffResults.js";
import { renderDiffSummary } from "../../../src/review/renderDiffSummary.js";
import { singleReport, smallReport } from "./summaryFixture.js";

const WHOLE = [
  "### safety-gap diff `base` → `head`",
  "",
  "**3** numbers changed beyond 2σ Monte-Carlo noise, 3 within noise, 2 added or removed, 3 rendered sentences changed.",
  "",
  "- `seed`: 42 -> 43",
  "- design changed",
  "",
  "#### Numbers printed in the paper (2 changed)",
  "",
  "| where | key | old | new | delta | ±SE | verdict |",
  "|---|---|--:|--:|--:|--:|---|",
  "| Table 2, Figure 1 | `summary.7B.gap` | 0.2 | 0.25 | +0.05 | 0.01 | significant (>2σ) |",
  "| Table\\|3 | `summary.7B.tax` | -0.01 | -0.0101 | -1.000e-4 | 0.001 | within MC noise |",
  "",
  "#### Other significant changes (2, not printed in the paper)",
  "",
  "| where | key | old | new | delta | ±SE | verdict |",
  "|---|---|--:|--:|--:|--:|---|",
  "| not printed in the paper | `cell.1B.y` | 0.5 | 0.6 | +0.1 |  | changed (no MC SE) |",
  "| not printed in the paper | `cell.1B.x` | 0.5 | 0.7 | +0.2 | 0.02 | significant (>2σ) |",
  "",
  "#### The rest",
  "",
  "- 2 changes within Monte-Carlo noise in numbers the paper does not print",
  "- 2 keys added or removed",
  "- 3 rendered sentences changed",
  "",
  "<details>",
  "<summary>3 changed sentences</summary>",
  "",
  "**Section 3** (`s1`, changed)",
  "```diff",
  "- The gap is 0.2.",
  "+ The gap is 0.25.",
  "```",
  "**Abstract** (`s2`, added)",
  "```diff",
  "+ New sentence.",
  "```",
  "**Section 4** (`s3`, removed)",
  "```diff",
  "- Old sentence.",
  "```",
  "",
  "</details>",
  "",
  "<details>",
  "<summary>2 changes within Monte-Carlo noise</summary>",
  "",
  "| where | key | old | new | delta | ±SE | verdict |",
  "|---|---|--:|--:|--:|--:|---|",
  "| not printed in the paper | `cell.1B.w` | 0.3 | 0.3002 | +0.0002 | 0.01 | within MC noise |",
  "| not printed in the paper | `cell.1B.z` | 0.5 | 0.5001 | +1.000e-4 | 0.01 | within MC noise |",
  "",
  "</details>",
  "",
  "<details>",
  "<summary>2 added or removed keys</summary>",
  "",
  "| where | key | old | new | delta | ±SE | verdict |",
  "|---|---|--:|--:|--:|--:|---|",
  "| not printed in the paper | `extra.old` | 4 |  |  |  | removed |",
  "| not printed in the paper | `extra.new` |  | 3 |  |  | added |",
  "",
  "</details>",
  "",
].join("\n");
const AT_1845 = [
  "### safety-gap diff `base` → `head`",
  "",
  "**3** numbers changed beyond 2σ Monte-Carlo noise, 3 within noise, 2 added or removed, 3 rendered sentences changed.",
  "",
  "- `seed`: 42 -> 43",
  "- design changed",
  "",
  "#### Numbers printed in the paper (2 changed)",
  "",
  "| where | key | old | new | delta | ±SE | verdict |",
  "|---|---|--:|--:|--:|--:|---|",
  "| Table 2, Figure 1 | `summary.7B.gap` | 0.2 | 0.25 | +0.05 | 0.01 | significant (>2σ) |",
  "| Table\\|3 | `summary.7B.tax` | -0.01 | -0.0101 | -1.000e-4 | 0.001 | within MC noise |",
  "",
  "#### Other significant changes (2, not printed in the paper)",
  "",
  "| where | key | old | new | delta | ±SE | verdict |",
  "|---|---|--:|--:|--:|--:|---|",
  "| not printed in the paper | `cell.1B.y` | 0.5 | 0.6 | +0.1 |  | changed (no MC SE) |",
  "| not printed in the paper | `cell.1B.x` | 0.5 | 0.7 | +0.2 | 0.02 | significant (>2σ) |",
  "",
  "#### The rest",
  "",
  "- 2 changes within Monte-Carlo noise in numbers the paper does not print",
  "- 2 keys added or removed",
  "- 3 rendered sentences changed",
  "",
  "<details>",
  "<summary>3 changed sentences</summary>",
  "",
  "**Section 3** (`s1`, changed)",
  "```diff",
  "- The gap is 0.2.",
  "+ The gap is 0.25.",
  "```",
  "**Abstract** (`s2`, added)",
  "```diff",
  "+ New sentence.",
  "```",
  "**Section 4** (`s3`, removed)",
  "```diff",
  "- Old sentence.",
  "```",
  "",
  "</details>",
  "",
  "<details>",
  "<summary>2 changes within Monte-Carlo noise</summary>",
  "",
  "| where | key | old | new | delta | ±SE | verdict |",
  "|---|---|--:|--:|--:|--:|---|",
  "| not printed in the paper | `cell.1B.w` | 0.3 | 0.3002 | +0.0002 | 0.01 | within MC noise |",
  "| not printed in the paper | `cell.1B.z` | 0.5 | 0.5001 | +1.000e-4 | 0.01 | within MC noise |",
  "",
  "</details>",
  "",
  "<details>",
  "<summary>2 added or removed keys</summary>",
  "",
  "| where | key | old | new | delta | ±SE | verdict |",
  "|---|---|--:|--:|--:|--:|---|",
  "| not printed in the paper | `extra.old` | 4 |  |  |  | removed |",
  "",
  "_… and 1 more, in the whole diff._",
  "",
  "</details>",
  "",
].join("\n");
const AT_1400 = [
  "### safety-gap diff `base` → `head`",
  "",
  "**3** numbers changed beyond 2σ Monte-Carlo noise, 3 within noise, 2 added or removed, 3 rendered sentences changed.",
  "",
  "- `seed`: 42 -> 43",
  "- design changed",
  "",
  "#### Numbers printed in the paper (2 changed)",
  "",
  "| where | key | old | new | delta | ±SE | verdict |",
  "|---|---|--:|--:|--:|--:|---|",
  "| Table 2, Figure 1 | `summary.7B.gap` | 0.2 | 0.25 | +0.05 | 0.01 | significant (>2σ) |",
  "| Table\\|3 | `summary.7B.tax` | -0.01 | -0.0101 | -1.000e-4 | 0.001 | within MC noise |",
  "",
  "#### Other significant changes (2, not printed in the paper)",
  "",
  "| where | key | old | new | delta | ±SE | verdict |",
  "|---|---|--:|--:|--:|--:|---|",
  "| not printed in the paper | `cell.1B.y` | 0.5 | 0.6 | +0.1 |  | changed (no MC SE) |",
  "| not printed in the paper | `cell.1B.x` | 0.5 | 0.7 | +0.2 | 0.02 | significant (>2σ) |",
  "",
  "#### The rest",
  "",
  "- 2 changes within Monte-Carlo noise in numbers the paper does not print",
  "- 2 keys added or removed",
  "- 3 rendered sentences changed",
  "",
  "<details>",
  "<summary>3 changed sentences</summary>",
  "",
  "_3 not listed here, to keep the summary short: see the whole diff._",
  "",
  "</details>",
  "",
  "<details>",
  "<summary>2 changes within Monte-Carlo noise</summary>",
  "",
  "_2 not listed here, to keep the summary short: see the whole diff._",
  "",
  "</details>",
  "",
  "<details>",
  "<summary>2 added or removed keys</summary>",
  "",
  "_2 not listed here, to keep the summary short: see the whole diff._",
  "",
  "</details>",
  "",
].join("\n");
const AT_1096 = [
  "### safety-gap diff `base` → `head`",
  "",
  "**3** numbers changed beyond 2σ Monte-Carlo noise, 3 within noise, 2 added or removed, 3 rendered sentences changed.",
  "",
  "- `seed`: 42 -> 43",
  "- design changed",
  "",
  "#### Numbers printed in the paper (2 changed)",
  "",
  "_2 not listed here, to keep the summary short: see the whole diff._",
  "",
  "#### Other significant changes (2, not printed in the paper)",
  "",
  "_2 not listed here, to keep the summary short: see the whole diff._",
  "",
  "#### The rest",
  "",
  "- 2 changes within Monte-Carlo noise in numbers the paper does not print",
  "- 2 keys added or removed",
  "- 3 rendered sentences changed",
  "",
  "<details>",
  "<summary>3 changed sentences</summary>",
  "",
  "**Section 3** (`s1`, changed)",
  "```diff",
  "- The gap is 0.2.",
  "+ The gap is 0.25.",
  "```",
  "",
  "_… and 2 more, in the whole diff._",
  "",
  "</details>",
  "",
  "<details>",
  "<summary>2 changes within Monte-Carlo noise</summary>",
  "",
  "_2 not listed here, to keep the summary short: see the whole diff._",
  "",
  "</details>",
  "",
  "<details>",
  "<summary>2 added or removed keys</summary>",
  "",
  "_2 not listed here, to keep the summary short: see the whole diff._",
  "",
  "</details>",
  "",
].join("\n");
const SINGLE = [
  "### safety-gap diff `v1` → `v2`",
  "",
  "**1** number changed beyond 3σ Monte-Carlo noise, 1 within noise, 1 added or removed, 1 rendered sentence changed.",
  "",
  "_Neither side has a provenance.json, so which numbers the paper prints is unknown: significant changes come first. Run diff with `--render` to know._",
  "",
  "#### Other significant changes (1, not printed in the paper)",
  "",
  "| where | key | old | new | delta | ±SE | verdict |",
  "|---|---|--:|--:|--:|--:|---|",
  "| summary 7B | `summary.7B.gap` | 1 | 2 | +1 | 0.1 | significant (>3σ) |",
  "",
  "#### The rest",
  "",
  "- 1 change within Monte-Carlo noise in numbers the paper does not print",
  "- 1 key added or removed",
  "- 1 rendered sentence changed",
  "",
  "<details>",
  "<summary>1 changed sentence</summary>",
  "",
  "**Abstract** (`only`, changed)",
  "```diff",
  "- a",
  "+ b",
  "```",
  "",
  "</details>",
  "",
  "<details>",
  "<summary>1 change within Monte-Carlo noise</summary>",
  "",
  "| where | key | old | new | delta | ±SE | verdict |",
  "|---|---|--:|--:|--:|--:|---|",
  "| summary 7B | `summary.7B.tax` | 1 | 1.01 | +0.01 | 0.1 | within MC noise |",
  "",
  "</details>",
  "",
  "<details>",
  "<summary>1 added or removed key</summary>",
  "",
  "| where | key | old | new | delta | ±SE | verdict |",
  "|---|---|--:|--:|--:|--:|---|",
  "| summary 7B | `summary.7B.new` |  | 5 |  |  | added |",
  "",
  "</details>",
  "",
].join("\n");

describe("renderDiffSummary on a small report", () => {
  it("shows everything when it fits: printed numbers (significant first), other significant changes, the rest, collapsed lists", () => {
    expect(WHOLE.length).toBe(1846);
    expect(renderDiffSummary(smallReport(), 100_000)).toBe(WHOLE);
    // A limit of exactly the whole length still fits it.
    expect(renderDiffSummary(smallReport(), 1846)).toBe(WHOLE);
  });

  it("one character less cuts the last list by one row and says so", () => {
    expect(renderDiffSummary(smallReport(), 1845)).toBe(AT_1845);
    // The cut text is 1818 characters: that limit, exactly, gives the same text.
    expect(renderDiffSummary(smallReport(), 1818)).toBe(AT_1845);
  });

  it("fills lists in order: the tables before the sentences, and a list with no row shown says how many it leaves out", () => {
    expect(renderDiffSummary(smallReport(), 1400)).toBe(AT_1400);
    expect(renderDiffSummary(smallReport(), 1096)).toBe(AT_1096);
  });

  it("refuses a limit the header and counts do not fit in, with the length it needs", () => {
    expect(() => renderDiffSummary(smallReport(), 900)).toThrow(
      new Error("diff summary: 996 characters exceed the limit 900 (MIN_SUMMARY_CHARS is too small)"),
    );
  });

  it("uses the singular for one of each, and without provenance says so and has no printed-numbers list", () => {
    expect(renderDiffSummary(singleReport(), 100_000)).toBe(SINGLE);
  });
});

describe("renderDiffSummary of identical sides", () => {
  const identical = (meta: string[]): DiffReport => ({ ...smallReport(), identical: true, meta, entries: [], groups: [], sentences: [] });

  it("says identical, with no counts", () => {
    expect(renderDiffSummary(identical([]), 2000)).toBe("### safety-gap diff `base` → `head`\n\n✅ **Identical**: every number and rendered sentence is unchanged.\n");
  });

  it("still lists what differs in the setup, its leading word as code", () => {
    expect(renderDiffSummary(identical(["sets: a -> b", "x seed: 1"]), 2000)).toBe(
      "### safety-gap diff `base` → `head`\n\n✅ **Identical**: every number and rendered sentence is unchanged.\n\n- `sets`: a -> b\n- x seed: 1\n",
    );
  });
});

describe("renderDiffSummary cuts long texts", () => {
  it("cuts labels at 200, notes and cells at 300 and sentences at 1000 characters, with an ellipsis, on one line", () => {
    const r = singleReport();
    const long = (n: number, c = "a"): string => c.repeat(n);
    const report: DiffReport = {
      ...r,
      a: long(200, "x"),
      b: long(201, "y"),
      meta: [long(300, "n"), long(301, "m")],
      entries: [{ ...r.entries[0]!, key: long(301, "k"), places: [long(300, "p")] }],
      groups: [{ where: "w", keys: [long(301, "k")] }],
      sentences: [
        { id: long(300, "i"), where: long(301, "w"), status: "changed", old: `${long(999)}\nb`, new: long(1000, "c") },
        { id: "i", where: "w", status: "changed", old: long(1001, "d"), new: long(1001, "e") },
      ],
    };
    const lines = renderDiffSummary(report, 100_000).split("\n");
    expect(lines[0]).toBe(`### safety-gap diff \`${long(200, "x")}\` → \`${long(199, "y")}…\``);
    expect(lines[4]).toBe(`- ${long(300, "n")}`);
    expect(lines[5]).toBe(`- ${long(299, "m")}…`);
    expect(lines).toContain(`| ${long(300, "p")} | \`${long(299, "k")}…\` | 1 | 2 | +1 | 0.1 | significant (>3σ) |`);
    expect(lines).toContain(`**${long(299, "w")}…** (\`${long(300, "i")}\`, changed)`);
    expect(lines).toContain(`- ${long(999)}…`);
    expect(lines).toContain(`+ ${long(1000, "c")}`);
    expect(lines).toContain(`- ${long(999, "d")}…`);
    expect(lines).toContain(`+ ${long(999, "e")}…`);
  });
});
