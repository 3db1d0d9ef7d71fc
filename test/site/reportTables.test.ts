/** The paper's tables.yaml rendered at every scale for the supplement. */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { reportTables, tableCaptions } from "../../src/site/reportTables.js";
import { renderTableCsv } from "../../src/site/tableCsv.js";
import { syntheticResults } from "./syntheticResults.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const yamlFile = join(repo, "report", "tables.yaml");

describe("reportTables", () => {
  const r = syntheticResults();
  const md = readdirSync(join(repo, "report", "paper")).filter((f) => f.endsWith(".md")).map((f) => readFileSync(join(repo, "report", "paper", f), "utf8"));
  const captions = tableCaptions(md);
  const tables = reportTables(readFileSync(yamlFile, "utf8"), "report/tables.yaml", r, captions);

  it("renders every table of tables.yaml at 1B, 7B and 13B with the paper's captions", () => {
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const t of tables) expect(Object.keys(t.byScale)).toEqual(["1B", "7B", "13B"]);
    expect(tables[0]!.caption).toContain("{scale}");
    expect(tables[0]!.caption).not.toContain("{{");
  });

  it("keeps each cell's keys, so the CSV has full precision where a cell is one key", () => {
    const first = tables[0]!.byScale["13B"]![0]!;
    expect(first.cells[0]!.keys).toEqual([`summary.13B.${r.sizes.methods[0]}.apSafety`]);
    const csv = renderTableCsv(tables[0]!, "13B", r).split("\r\n");
    expect(csv[1]!.split(",")[2]).toBe(String(r.numbers[`summary.13B.${r.sizes.methods[0]}.apSafety`]));
  });

  it("splits a printed CI into low and high columns", () => {
    const t4 = tables[3]!;
    const csv = renderTableCsv(t4, "1B", r).split("\r\n");
    expect(csv[0]).toMatch(/95% CI low,95% CI high$/);
  });
});
