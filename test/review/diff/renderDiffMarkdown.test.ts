// The pull-request comment, whole: sections appear only when they have entries, counts take the singular for one, and notes, sentences and cells are escaped for Markdown.
import { describe, expect, it } from "vitest";
import type { DiffReport } from "../../../src/review/diffResults.js";
import { renderDiffMarkdown } from "../../../src/review/renderDiffMarkdown.js";
import * as R from "./handmadeReports.js";

describe("renderDiffMarkdown", () => {
  it("renders two of everything: significant table open, sentences, noise and added/removed keys folded, in the groups' order", () => {
    expect(renderDiffMarkdown(R.several)).toBe([
      "### safety-gap diff `v1` → `v2`",
      "",
      "**2** numbers changed beyond 2σ Monte-Carlo noise, 2 within noise, 2 added or removed, 3 rendered sentences changed.",
      "",
      "- `seed`: 42 -> 43",
      "- `paramsHash`: abc -> def",
      "",
      "#### Changed numbers",
      "",
      "| where | key | old | new | delta | ±SE | verdict |",
      "|---|---|--:|--:|--:|--:|---|",
      "| Table 1 | `gap.13B` | 1 | -1 | -2 |  | changed (no MC SE) |",
      "| Table 1, Figure 2, Section 5 | `gap.7B` | 0.2 | 0.35 | +0.15 | 0.01 | significant (>2σ) |",
      "",
      "<details>",
      "<summary>3 changed sentences</summary>",
      "",
      "**Abstract \\| first paragraph** (`s1`, changed)",
      "```diff",
      "- The gap is 0.2.",
      "+ The gap is 0.35.",
      "```",
      "**Section 3** (`s2`, added)",
      "```diff",
      "+ A new sentence.",
      "```",
      "**Section 4** (`s3`, removed)",
      "```diff",
      "- An old sentence.",
      "```",
      "",
      "</details>",
      "",
      "<details>",
      "<summary>2 changes within Monte-Carlo noise</summary>",
      "",
      "| where | key | old | new | delta | ±SE | verdict |",
      "|---|---|--:|--:|--:|--:|---|",
      "| Section 3 | `tax.7B` | -0.0098 | -0.0097 | +0.0001 | 0.001 | within MC noise |",
      "| Table 1 | `tax.13B` | 0.5 | 0.4999 | -0.0001 | 0.01 | within MC noise |",
      "",
      "</details>",
      "",
      "<details>",
      "<summary>2 added or removed keys</summary>",
      "",
      "| where | key | old | new | delta | ±SE | verdict |",
      "|---|---|--:|--:|--:|--:|---|",
      "| Section 3, Figure 2 | `new.key` |  | 5 |  |  | added |",
      "| Table 1 | `old.key` | 1.000e+7 |  |  |  | removed |",
      "",
      "</details>",
      "",
    ].join("\n"));
  });
  it("uses the singular for one of each and leaves out the noise section and the notes when there are none", () => {
    expect(renderDiffMarkdown(R.single)).toBe([
      "### safety-gap diff `main` → `HEAD`",
      "",
      "**1** number changed beyond 1σ Monte-Carlo noise, 0 within noise, 1 added or removed, 1 rendered sentence changed.",
      "",
      "#### Changed numbers",
      "",
      "| where | key | old | new | delta | ±SE | verdict |",
      "|---|---|--:|--:|--:|--:|---|",
      "| summary | `summary.a` | 3 | 4 | +1 | 0.5 | significant (>1σ) |",
      "",
      "<details>",
      "<summary>1 changed sentence</summary>",
      "",
      "**Results** (`s9`, removed)",
      "```diff",
      "- Gone.",
      "```",
      "",
      "</details>",
      "",
      "<details>",
      "<summary>1 added or removed key</summary>",
      "",
      "| where | key | old | new | delta | ±SE | verdict |",
      "|---|---|--:|--:|--:|--:|---|",
      "| summary | `summary.c` |  | 0.25 |  |  | added |",
      "",
      "</details>",
      "",
    ].join("\n"));
  });
  it("leaves out the changed-numbers table and the sentence count when nothing significant changed and no sentence did", () => {
    expect(renderDiffMarkdown(R.noiseOnly)).toBe([
      "### safety-gap diff `a` → `b`",
      "",
      "**0** numbers changed beyond 1σ Monte-Carlo noise, 1 within noise, 0 added or removed.",
      "",
      "- `tool`: safety-gap@1.0.0 -> safety-gap@1.1.0",
      "- design.n: 100 -> 200",
      "",
      "<details>",
      "<summary>1 change within Monte-Carlo noise</summary>",
      "",
      "| where | key | old | new | delta | ±SE | verdict |",
      "|---|---|--:|--:|--:|--:|---|",
      "| cells | `cells.x` | 0.5 | 0.51 | +0.01 | 0.02 | within MC noise |",
      "",
      "</details>",
      "",
    ].join("\n"));
  });
  it("files an added key under added or removed by its status, not its significance", () => {
    const report: DiffReport = {
      ...R.noiseOnly,
      meta: [],
      entries: [...R.noiseOnly.entries, { key: "cells.y", status: "added", new: 1, significant: false, places: ["cells"] }],
      groups: [{ where: "cells", keys: ["cells.x", "cells.y"] }],
    };
    expect(renderDiffMarkdown(report)).toBe([
      "### safety-gap diff `a` → `b`",
      "",
      "**0** numbers changed beyond 1σ Monte-Carlo noise, 1 within noise, 1 added or removed.",
      "",
      "<details>",
      "<summary>1 change within Monte-Carlo noise</summary>",
      "",
      "| where | key | old | new | delta | ±SE | verdict |",
      "|---|---|--:|--:|--:|--:|---|",
      "| cells | `cells.x` | 0.5 | 0.51 | +0.01 | 0.02 | within MC noise |",
      "",
      "</details>",
      "",
      "<details>",
      "<summary>1 added or removed key</summary>",
      "",
      "| where | key | old | new | delta | ±SE | verdict |",
      "|---|---|--:|--:|--:|--:|---|",
      "| cells | `cells.y` |  | 1 |  |  | added |",
      "",
      "</details>",
      "",
    ].join("\n"));
  });
  it("says identical and still lists the notes", () => {
    expect(renderDiffMarkdown(R.identical(["seed: 1 -> 2", "sets: x -> y"]))).toBe([
      "### safety-gap diff `a` → `b`",
      "",
      "✅ **Identical**: every number and rendered sentence is unchanged.",
      "",
      "- `seed`: 1 -> 2",
      "- `sets`: x -> y",
      "",
    ].join("\n"));
  });
  it("says identical with nothing after it when there are no notes", () => {
    expect(renderDiffMarkdown(R.identical([]))).toBe([
      "### safety-gap diff `a` → `b`",
      "",
      "✅ **Identical**: every number and rendered sentence is unchanged.",
      "",
    ].join("\n"));
  });
});
