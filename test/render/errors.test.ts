/**
 * Each bad input stops the build with file:line:column, the offending line
 * with the bad token underlined, and (where one exists) the closest valid
 * name. Inputs are the real report with one file edited in memory.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderPaper } from "../../src/render/index.js";
import { SafetyGapError } from "../../src/errors.js";
import { safetyGapErrorOfAsync } from "../helpers/safetyGapError.js";
import { syntheticResults } from "./syntheticResults.js";
import { fakeFigure, memoryReader, REPORT } from "./memoryReader.js";

const METHODS = "report/paper/02-methods.md";
const RESULTS = "report/paper/03-results.md";
const original = (f: string): string => readFileSync(join(REPORT, "..", f), "utf8");

async function failure(file: string, edit: (s: string) => string, numbers: Record<string, number> = {}): Promise<{ e: SafetyGapError; text: string }> {
  const src = original(file);
  const changed = edit(src);
  expect(changed, "the edit must change the file").not.toBe(src);
  const e = await safetyGapErrorOfAsync(() => renderPaper({ reportDir: REPORT, results: syntheticResults(numbers), renderFigure: fakeFigure, sourceDateEpoch: 0, reader: memoryReader({ [file]: changed }) }), `the edited ${file}`);
  return { e, text: e.format() };
}

/** Line and column (1-based) of `needle` in the edited file. */
function at(file: string, edit: (s: string) => string, needle: string): string {
  const s = edit(original(file));
  const i = s.indexOf(needle);
  const before = s.slice(0, i).split("\n");
  return `${file}:${before.length}:${before[before.length - 1]!.length + 1}`;
}

describe("bad input stops the build with its location", () => {
  it("unknown key: location, caret under the key, closest key", async () => {
    const edit = (s: string): string => s.replace("{{ sizes.samplesPerCell | int }}", "{{ sizes.samplesPerCel | int }}");
    const { text } = await failure(METHODS, edit);
    expect(text).toContain(`${at(METHODS, edit, "sizes.samplesPerCel |")}: no number named 'sizes.samplesPerCel'; did you mean 'sizes.samplesPerCell'?\n`);
    expect(text).toMatch(/\n\s+\^{19}\n/);
  });

  it("unknown key in a table definition points into tables.yaml", async () => {
    const edit = (s: string): string => s.replace("summary.{scale}.{row}.apSafety", "summary.{scale}.{row}.apSafty");
    const { text } = await failure("report/tables.yaml", edit);
    expect(text).toContain(`${at("report/tables.yaml", edit, "summary.{scale}.{row}.apSafty")}: no number named 'summary.7B.SFT+DPO.apSafty'; did you mean 'summary.7B.SFT+DPO.apSafety'?\n`);
  });

  it("typo in a function", async () => {
    const edit = (s: string): string => s.replace("{{ argmax(summary.{scale}.*.safetyGap) }}", "{{ argmx(summary.{scale}.*.safetyGap) }}");
    const { text } = await failure(RESULTS, edit);
    expect(text).toContain(`${at(RESULTS, edit, "argmx(")}: unknown function 'argmx'; did you mean 'argmax'? (known: `);
  });

  it("typo in a format", async () => {
    const edit = (s: string): string => s.replace("{{ max(summary.{scale}.*.safetyGap) | f4 }}", "{{ max(summary.{scale}.*.safetyGap) | f4x }}");
    const { text } = await failure(RESULTS, edit);
    expect(text).toContain(`${at(RESULTS, edit, "f4x")}: unknown format "f4x"; did you mean "f4"?`);
  });

  it("a NaN value", async () => {
    const { text } = await failure(RESULTS, (s) => s + "\n", { "cell.7B.CAI.AP.ToxiGen.mean": NaN });
    expect(text).toMatch(/^report\/paper\/03-results\.md:\d+:\d+: results key "cell\.7B\.CAI\.AP\.ToxiGen\.mean" is NaN, not a finite number/);
  });

  it("a claim the numbers no longer support", async () => {
    const { text } = await failure(RESULTS, (s) => s + "\n", { "summary.7B.RLVR.delta": 0.001 });
    expect(text).toMatch(/the sentence claims all values are negative, but summary\.7B\.RLVR\.delta = 0\.001/);
  });

  it("invalid TeX, located inside the formula", async () => {
    const edit = (s: string): string => s.replace("R(m', s) = \\frac{", "R(m', s) = \\fracc{");
    const { text } = await failure(METHODS, edit);
    expect(text).toContain(`${at(METHODS, edit, "\\fracc")}: invalid TeX: Undefined control sequence: \\fracc`);
  });

  it("unknown label", async () => {
    const edit = (s: string): string => s.replace("@tbl:deltas reports", "@tbl:delta reports");
    const { text } = await failure(RESULTS, edit);
    expect(text).toContain(`${at(RESULTS, edit, "tbl:delta reports")}: unknown label "@tbl:delta"; did you mean "tbl:deltas"?`);
  });

  it("unknown citation", async () => {
    const edit = (s: string): string => s.replace("[@rafailov2023direct], following", "[@rafailov2023directt], following");
    const { text } = await failure(METHODS, edit);
    expect(text).toContain(`${at(METHODS, edit, "rafailov2023directt")}: unknown citation key "rafailov2023directt"; did you mean "rafailov2023direct"?`);
  });

  it("unknown table id", async () => {
    const { text } = await failure("report/tables.yaml", (s) => s.replace("\ndeltas:", "\ndelta:"));
    expect(text).toContain('unknown table "deltas"; did you mean "delta"?');
    expect(text).toContain(at(RESULTS, (s) => s, "tbl:deltas\n"));
  });

  it("a label declared twice", async () => {
    const edit = (s: string): string => s.replace("## Metrics {#sec:metrics}", "## Metrics {#sec:design}");
    const { text } = await failure(METHODS, edit);
    expect(text).toContain('label "sec:design" is declared twice');
  });

  it("a directive that is not closed", async () => {
    const edit = (s: string): string => s.replace(/(::: table tbl:summary\n[^\n]*\n):::\n/, "$1");
    const { text } = await failure(METHODS, edit);
    expect(text).toContain(`${at(METHODS, edit, "::: table tbl:summary")}: the table directive is not closed by a line ":::"`);
  });

  it("an unknown directive", async () => {
    const edit = (s: string): string => s.replace("::: table tbl:summary", "::: tabel tbl:summary");
    const { text } = await failure(METHODS, edit);
    expect(text).toContain(`${at(METHODS, edit, "::: tabel")}: unknown directive "::: tabel tbl:summary"`);
  });

  it("an unknown scale on a table directive, at the parameter (it failed inside tables.yaml)", async () => {
    const edit = (s: string): string => s.replace("::: table tbl:summary", "::: table tbl:summary scale=99B");
    const { text } = await failure(METHODS, edit);
    expect(text).toContain(`${at(METHODS, edit, "99B")}: scale=99B: unknown scale`);
    expect(text).toContain("fix: the scales are 1B, 7B, 13B");
  });

  it("an unknown scale: in tables.yaml, at its value (with the closest scale)", async () => {
    const edit = (s: string): string => s.replace(/^( {2}scale: )7B$/m, "$113b");
    const { text } = await failure("report/tables.yaml", edit);
    expect(text).toContain(`${at("report/tables.yaml", edit, "13b")}: scale=13b: unknown scale; did you mean`);
    expect(text).toContain("fix: the scales are 1B, 7B, 13B");
  });
});
