// The terminal diff, whole: one aligned table per place (numbers right-aligned, an "also in" column only where a number is printed in several places), colour only when asked.
import { describe, expect, it } from "vitest";
import { renderDiffText } from "../../../src/review/renderDiffText.js";
import * as R from "./handmadeReports.js";

describe("renderDiffText", () => {
  it("renders every verdict, the notes and the changed sentences, without colour by default", () => {
    expect(renderDiffText(R.several)).toBe([
      "safety-gap diff v1 -> v2",
      "6 numbers differ (4 beyond 2σ Monte-Carlo noise), grouped by provenance.",
      "  seed: 42 -> 43",
      "  paramsHash: abc -> def",
      "",
      "Section 3",
      "  key          old      new    delta    ±SE  verdict          also in",
      "  tax.7B   -0.0098  -0.0097  +0.0001  0.001  within MC noise",
      "  new.key                 5                  added            Figure 2",
      "",
      "Table 1",
      "  key           old     new    delta   ±SE  verdict             also in",
      "  old.key  1.000e+7                         removed",
      "  tax.13B       0.5  0.4999  -0.0001  0.01  within MC noise",
      "  gap.13B         1      -1       -2        changed (no MC SE)",
      "  gap.7B        0.2    0.35    +0.15  0.01  significant (>2σ)   Figure 2, Section 5",
      "",
      "Rendered sentences",
      "  Abstract | first",
      "paragraph (s1, changed)",
      "    - The gap is 0.2.",
      "    + The gap is 0.35.",
      "  Section 3 (s2, added)",
      "    + A new sentence.",
      "  Section 4 (s3, removed)",
      "    - An old sentence.",
      "",
    ].join("\n"));
  });
  it("colours the verdicts, the places, the headings and the sentences when asked, aligned on the visible text", () => {
    expect(renderDiffText(R.several, true)).toBe([
      "safety-gap diff v1 -> v2",
      "6 numbers differ (4 beyond 2σ Monte-Carlo noise), grouped by provenance.",
      "  seed: 42 -> 43",
      "  paramsHash: abc -> def",
      "",
      "\x1b[1mSection 3\x1b[0m",
      "  key          old      new    delta    ±SE  verdict          also in",
      "  tax.7B   -0.0098  -0.0097  +0.0001  0.001  \x1b[2mwithin MC noise\x1b[0m  \x1b[2m\x1b[0m",
      "  new.key                 5                  \x1b[33madded\x1b[0m            \x1b[2mFigure 2\x1b[0m",
      "",
      "\x1b[1mTable 1\x1b[0m",
      "  key           old     new    delta   ±SE  verdict             also in",
      "  old.key  1.000e+7                         \x1b[33mremoved\x1b[0m             \x1b[2m\x1b[0m",
      "  tax.13B       0.5  0.4999  -0.0001  0.01  \x1b[2mwithin MC noise\x1b[0m     \x1b[2m\x1b[0m",
      "  gap.13B         1      -1       -2        \x1b[31mchanged (no MC SE)\x1b[0m  \x1b[2m\x1b[0m",
      "  gap.7B        0.2    0.35    +0.15  0.01  \x1b[31msignificant (>2σ)\x1b[0m   \x1b[2mFigure 2, Section 5\x1b[0m",
      "",
      "\x1b[1mRendered sentences\x1b[0m",
      "  Abstract | first",
      "paragraph (s1, changed)",
      "\x1b[31m    - The gap is 0.2.\x1b[0m",
      "\x1b[32m    + The gap is 0.35.\x1b[0m",
      "  Section 3 (s2, added)",
      "\x1b[32m    + A new sentence.\x1b[0m",
      "  Section 4 (s3, removed)",
      "\x1b[31m    - An old sentence.\x1b[0m",
      "",
    ].join("\n"));
  });
  it("has no 'also in' column when each number is printed in one place", () => {
    expect(renderDiffText(R.single)).toBe([
      "safety-gap diff main -> HEAD",
      "2 numbers differ (2 beyond 1σ Monte-Carlo noise), grouped by key family.",
      "",
      "summary",
      "  key        old   new  delta  ±SE  verdict",
      "  summary.a    3     4     +1  0.5  significant (>1σ)",
      "  summary.c       0.25              added",
      "",
      "Rendered sentences",
      "  Results (s9, removed)",
      "    - Gone.",
      "",
    ].join("\n"));
  });
  it("colours a significant change red, an added key yellow, a removed sentence red", () => {
    expect(renderDiffText(R.single, true)).toBe([
      "safety-gap diff main -> HEAD",
      "2 numbers differ (2 beyond 1σ Monte-Carlo noise), grouped by key family.",
      "",
      "\x1b[1msummary\x1b[0m",
      "  key        old   new  delta  ±SE  verdict",
      "  summary.a    3     4     +1  0.5  \x1b[31msignificant (>1σ)\x1b[0m",
      "  summary.c       0.25              \x1b[33madded\x1b[0m",
      "",
      "\x1b[1mRendered sentences\x1b[0m",
      "  Results (s9, removed)",
      "\x1b[31m    - Gone.\x1b[0m",
      "",
    ].join("\n"));
  });
  it("says '1 number differs' and has no sentences section when none changed", () => {
    expect(renderDiffText(R.noiseOnly)).toBe([
      "safety-gap diff a -> b",
      "1 number differs (0 beyond 1σ Monte-Carlo noise), grouped by key family.",
      "  tool: safety-gap@1.0.0 -> safety-gap@1.1.0",
      "  design.n: 100 -> 200",
      "",
      "cells",
      "  key      old   new  delta   ±SE  verdict",
      "  cells.x  0.5  0.51  +0.01  0.02  within MC noise",
      "",
    ].join("\n"));

    expect(renderDiffText(R.noiseOnly, true)).toBe([
      "safety-gap diff a -> b",
      "1 number differs (0 beyond 1σ Monte-Carlo noise), grouped by key family.",
      "  tool: safety-gap@1.0.0 -> safety-gap@1.1.0",
      "  design.n: 100 -> 200",
      "",
      "\x1b[1mcells\x1b[0m",
      "  key      old   new  delta   ±SE  verdict",
      "  cells.x  0.5  0.51  +0.01  0.02  \x1b[2mwithin MC noise\x1b[0m",
      "",
    ].join("\n"));
  });
  it("says identical and lists the notes", () => {
    expect(renderDiffText(R.identical(["seed: 1 -> 2", "sets: x -> y"]))).toBe([
      "safety-gap diff a -> b",
      "identical: no number or sentence differs.",
      "  note: seed: 1 -> 2",
      "  note: sets: x -> y",
      "",
    ].join("\n"));
  });
  it("says identical with nothing after it when there are no notes", () => {
    expect(renderDiffText(R.identical([]))).toBe([
      "safety-gap diff a -> b",
      "identical: no number or sentence differs.",
      "",
    ].join("\n"));
  });
});
