import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseTables, renderTable } from "../../src/render/tables.js";
import { scopeOfResults } from "../../src/render/template/scope.js";
import { SafetyGapError } from "../../src/errors.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";
import { syntheticResults } from "./syntheticResults.js";
import { REPORT } from "./memoryReader.js";

const source = readFileSync(join(REPORT, "tables.yaml"), "utf8");
const set = parseTables(source, "report/tables.yaml");
const results = syntheticResults();
const scope = scopeOfResults(results);
const plain = (text: string): string => text;

describe("tables as data", () => {
  it("defines Tables 1-4", () => {
    expect([...set.tables.keys()]).toEqual(["summary", "deltas", "benchmarks", "toxigen"]);
  });
  it("renders rows from a set and cells from keys, at the table's scale or an override", () => {
    const def = set.tables.get("summary")!;
    const at7 = renderTable(def, set, scope, {}, plain);
    const at13 = renderTable(def, set, scope, { scale: "13B" }, plain);
    expect(at7.rows.map((r) => r[0]!.text)).toEqual(["SFT+DPO", "RLVR", "Reasoning-PT", "Deliberative", "CAI"]);
    expect(at7.rows[4]![7]!.keys).toEqual(["summary.7B.CAI.retention"]);
    expect(at13.rows[4]![7]!.keys).toEqual(["summary.13B.CAI.retention"]);
    expect(at7.rows[0]![7]!.text).toBe("1.0000"); // SFT+DPO's ratio is 1 by definition: printed as the results give it
  });
  it("computes per-benchmark deltas with arithmetic in the key", () => {
    const r = renderTable(set.tables.get("deltas")!, set, scope, {}, plain);
    const v = results.numbers;
    const want = v["cmp.7B.RLVR.ToxiGen.diff"]! - v["cmp.7B.SFT+DPO.ToxiGen.diff"]!;
    expect(r.rows[0]![1]!.text).toBe((want < 0 ? "\u2212" : "") + Math.abs(want).toFixed(4));
    expect(r.rows[0]![1]!.keys).toEqual(["cmp.7B.RLVR.ToxiGen.diff", "cmp.7B.SFT+DPO.ToxiGen.diff"]);
  });
  it("groups headers (Table 3) and composes cells (Table 4's CI)", () => {
    const t3 = renderTable(set.tables.get("benchmarks")!, set, scope, {}, plain);
    expect(t3.html).toContain('<th class="group" colspan="3">Safety</th><th class="group" colspan="3">Capability</th>');
    const t4 = renderTable(set.tables.get("toxigen")!, set, scope, {}, plain);
    expect(t4.rows[0]![4]!.text).toMatch(/^\[0\.\d{4}, 0\.\d{4}\]$/);
  });
  it("a new table is a few lines", () => {
    const extra = parseTables("mini:\n  rows: $scales\n  columns:\n    - { header: Gap, key: \"summary.{row}.CAI.safetyGap\", format: f2 }\n", "x.yaml");
    expect(renderTable(extra.tables.get("mini")!, extra, scope, {}, plain).rows.map((r) => r[0]!.text)).toEqual(["1B", "7B", "13B"]);
  });
  it("points errors at the YAML token", () => {
    const bad = parseTables("t:\n  rows: $methods\n  columns:\n    - { header: X, key: \"summary.7B.{row}.retension\", format: f4 }\n", "bad.yaml");
    try {
      renderTable(bad.tables.get("t")!, bad, scope, {}, plain);
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(SafetyGapError);
      expect((e as SafetyGapError).format()).toMatch(/^bad\.yaml:4:26: no number named 'summary\.7B\.SFT\+DPO\.retension'; did you mean 'summary\.7B\.SFT\+DPO\.retention'\?\n/);
    }
  });
});

describe("tables.yaml keys and values are checked", () => {
  const failure = (yaml: string): string => safetyGapErrorOf(() => parseTables(yaml, "t.yaml")).format();
  const table = (column: string, extra = ""): string => `t:\n  rows: $methods\n${extra}  columns:\n    - ${column}\n`;
  it("an unknown column key (formt: was ignored) is an error at the key, with the closest one", () => {
    expect(failure(table("{ header: X, key: \"summary.7B.{row}.tax\", formt: f4 }"))).toBe(
      "t.yaml:4:49 (t.columns[0].formt): unknown field `formt` in `t.columns[0]`; allowed: `header`, `group`, `key`, `format`, `cell`, `align`\n" +
        "  4 |     - { header: X, key: \"summary.7B.{row}.tax\", formt: f4 }\n" + " ".repeat(54) + "^^^^^\n" +
        "  fix: did you mean `format`?",
    );
    expect(failure(table("{ header: X, key: a, format: f4 }", "  stubb: Method\n"))).toMatch(
      /^t\.yaml:3:3 \(t\.stubb\): unknown field `stubb` in `t`; allowed: `scale`, `params`, `rows`, `stub`, `rowLabels`, `columns`, `wide`\n(.*\n){2} {2}fix: did you mean `stub`\?$/,
    );
  });
  it("wide must be true or false, align left or num; key and cell, or format without key, are refused", () => {
    expect(failure(table("{ header: X, key: a, format: f4 }", "  wide: yes\n"))).toMatch(/^t\.yaml:3:9 \(t\.wide\): `t\.wide` must be true or false, got `yes`\n/);
    expect(failure(table("{ header: X, key: a, format: f4, align: lft }"))).toMatch(/^t\.yaml:4:47 \(t\.columns\[0\]\.align\): `t\.columns\[0\]\.align` must be `left` or `num`, got `lft`\n(.*\n){2} {2}fix: did you mean `left`\?$/);
    expect(failure("t:\n  rows: methods\n  columns: []\n")).toMatch(/^t\.yaml:2:9 \(t\.rows\): `t\.rows` must be a set such as \$methods, got `methods`\n/);
    expect(failure(table('{ header: X, key: a, format: f4, cell: "{{ b | f4 }}" }'))).toMatch(/has both "key" and "cell"/);
    expect(failure(table('{ header: X, format: f4, cell: "{{ b | f4 }}" }'))).toMatch(/"format" goes with "key"/);
  });
  it("a YAML syntax error is labelled as one, at its position", () => {
    expect(failure("t:\n  rows: [$methods\n  stub: x\n")).toMatch(/^t\.yaml:3:\d+: YAML syntax error: /);
  });
});
