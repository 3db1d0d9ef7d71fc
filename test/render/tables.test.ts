import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseTables, renderCell, renderTable } from "../../src/render/tables.js";
import { makeScope, scopeOfResults } from "../../src/render/template/scope.js";
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

describe("tables on a few numbers", () => {
  const tiny = makeScope({ numbers: { "s.A.gap": 0.5, "s.B.gap": 0.25, "s.A.tax": -0.125, "s.B.tax": 0.0625 }, sets: { methods: ["A", "B"], scales: ["1B", "7B"] } });
  const span = (text: string, keys: string[]): string => `[${text}|${keys.join(",")}]`;
  // Every kind of column: key + format (double-quoted), a single-quoted cell with text around, a plain cell; two grouped, two not.
  const YAML =
    "t:\n  scale: 7B\n  params: { x: 1 }\n  rows: $methods\n  stub: M & N\n  rowLabels: { A: Alpha }\n  columns:\n" +
    '    - { header: "*d* & e", group: G, key: "s.{row}.gap", format: f2 }\n' +
    "    - { header: T, group: G, cell: 'x {{ s.{row}.tax | f2 }} y', align: left }\n" +
    '    - { header: U, cell: "{{ s.{row}.gap | f1 }}", align: num }\n' +
    "    - { header: V, cell: plain }\n";
  const set = parseTables(YAML, "t.yaml");
  const failure = (run: () => unknown): string => safetyGapErrorOf(run).format();

  it("reads a definition with the offsets errors point at (inside quotes: after the quote)", () => {
    expect(set.tables.get("t")).toEqual({
      id: "t", params: { x: "1", scale: "7B" }, rows: { set: "methods", offset: 42 }, scaleOffset: 12, rowLabels: { A: "Alpha" }, stub: "M & N",
      columns: [
        { header: "*d* & e", group: "G", cell: { text: "{{ s.{row}.gap | f2 }}", offset: 142 }, align: "num" },
        { header: "T", group: "G", cell: { text: "x {{ s.{row}.tax | f2 }} y", offset: 208 }, align: "left" },
        { header: "U", cell: { text: "{{ s.{row}.gap | f1 }}", offset: 277 }, align: "num" },
        { header: "V", cell: { text: "plain", offset: 340 }, align: "num" },
      ],
      wide: false,
    });
    expect(YAML.slice(142 + 3, 142 + 14)).toBe("s.{row}.gap");
    expect(YAML[208]).toBe("x");
  });

  it("renders grouped headers (ungrouped columns under an empty group), italics in headers, row labels, cells with their keys and values", () => {
    const t = renderTable(set.tables.get("t")!, set, tiny, {}, span);
    expect(t.html).toBe(
      '<table class="data">\n<thead>\n' +
        '<tr><th class="stub" rowspan="2">M &amp; N</th><th class="group" colspan="2">G</th><th class="group" colspan="2"></th></tr>\n' +
        '<tr><th class="num"><i>d</i> &amp; e</th><th class="left">T</th><th class="num">U</th><th class="num">V</th></tr>\n' +
        "</thead>\n<tbody>\n" +
        '<tr><th class="stub" scope="row">Alpha</th><td class="num">[0.50|s.A.gap]</td><td class="left">x [\u22120.13|s.A.tax] y</td><td class="num">[0.5|s.A.gap]</td><td class="num">plain</td></tr>\n' +
        '<tr><th class="stub" scope="row">B</th><td class="num">[0.25|s.B.gap]</td><td class="left">x [0.06|s.B.tax] y</td><td class="num">[0.3|s.B.gap]</td><td class="num">plain</td></tr>\n' +
        "</tbody>\n</table>",
    );
    expect(t.wide).toBe(false);
    expect(t.rows[0]).toEqual([
      { html: "Alpha", text: "Alpha", keys: [], values: [] },
      { html: "[0.50|s.A.gap]", text: "0.50", keys: ["s.A.gap"], values: [0.5] },
      { html: "x [\u22120.13|s.A.tax] y", text: "x \u22120.13 y", keys: ["s.A.tax"], values: [-0.125] },
      { html: "[0.5|s.A.gap]", text: "0.5", keys: ["s.A.gap"], values: [0.5] },
      { html: "plain", text: "plain", keys: [], values: [] },
    ]);
  });

  it("ungrouped: one header row, the stub spanning one row", () => {
    const flat = parseTables("f:\n  rows: $methods\n  wide: true\n  columns:\n    - { header: \"*t2*-stat*\", key: \"s.{row}.gap\", format: f2 }\n", "f.yaml");
    const t = renderTable(flat.tables.get("f")!, flat, tiny, {}, span);
    expect(t.html.split("\n").slice(0, 4)).toEqual(["<table class=\"data\">", "<thead>", '<tr><th class="stub"></th><th class="num"><i>t2</i>-stat*</th></tr>', "</thead>"]);
    expect(t.wide).toBe(true);
    expect(flat.tables.get("f")!.params).toEqual({});
  });

  it("an empty file and a value of the wrong shape are errors with the docs to read", () => {
    expect(failure(() => parseTables("", "t.yaml"))).toBe("t.yaml:1:1: tables.yaml must be a mapping (key: value lines), got nothing\n  1 | \n      ^\n  fix: docs/writing.md describes every field.");
    expect(failure(() => parseTables("t:\n  rows: methods\n  columns: []\n", "t.yaml"))).toBe(
      "t.yaml:2:9 (t.rows): `t.rows` must be a set such as $methods, got `methods`\n  2 |   rows: methods\n              ^^^^^^^\n  fix: docs/writing.md describes every field.",
    );
  });

  it("renderCell: text, numbers through the span, words chosen from the results as text, keys and values in order", () => {
    expect(renderCell({ text: "a<{{ s.A.gap | f2 }} b {{ argmax(s.$methods.gap) }} {{ min(s.$methods.gap) | name }} c&", offset: 0 }, tiny, set, span)).toEqual({
      html: "a&lt;[0.50|s.A.gap] b A B c&amp;", text: "a<0.50 b A B c&", keys: ["s.A.gap", "s.A.gap", "s.B.gap", "s.B.gap"], values: [0.5],
    });
  });

  const column = (c: string): string => failure(() => parseTables(`t:\n  rows: $methods\n  columns:\n    - ${c}\n`, "t.yaml"));
  const HINT = "  fix: tables are defined in report/tables.yaml";

  it("a column's key and cell combinations that cannot work are errors at the offending key", () => {
    expect(column('{ header: X, key: a, format: f4, cell: "{{ b | f4 }}" }')).toBe(
      `t.yaml:4:46: invalid table definition: column "X" has both "key" and "cell": keep one (the cell was ignored)\n  4 |     - { header: X, key: a, format: f4, cell: "{{ b | f4 }}" }\n${" ".repeat(51)}^\n${HINT}`,
    );
    expect(column('{ header: X, format: f4, cell: "{{ b | f4 }}" }')).toBe(
      `t.yaml:4:28: invalid table definition: column "X": "format" goes with "key" (a "cell" formats its own placeholders)\n  4 |     - { header: X, format: f4, cell: "{{ b | f4 }}" }\n${" ".repeat(33)}^\n${HINT}`,
    );
    expect(column("{ header: X, key: a }")).toBe(
      `t.yaml:4:25: invalid table definition: column "X": "key" needs a "format" (e.g. f4, m4)\n  4 |     - { header: X, key: a }\n${" ".repeat(30)}^\n${HINT}`,
    );
    expect(column("{ header: X }")).toBe(`t.yaml:4:7: invalid table definition: column "X" needs "key" + "format" or "cell"\n  4 |     - { header: X }\n${" ".repeat(12)}^\n${HINT}`);
  });

  it("an unknown row set, an unclosed {{ and a bad key are errors at them in tables.yaml", () => {
    const bad = parseTables('t:\n  rows: $nope\n  columns:\n    - { header: X, cell: "x {{ s.A.gap | f2" }\n    - { header: Y, cell: "ab {{ s.C.gap | f2 }}" }\n', "u.yaml");
    const def = bad.tables.get("t")!;
    expect(failure(() => renderTable(def, bad, tiny, {}, span))).toBe(`u.yaml:2:9: unknown set '$nope' (known: $methods, $scales)\n  2 |   rows: $nope\n              ^^^^^\n${HINT}`);
    expect(failure(() => renderCell(def.columns[0]!.cell, tiny, bad, span))).toBe(
      'u.yaml:4:29: template syntax error: {{ is not closed by }}\n  4 |     - { header: X, cell: "x {{ s.A.gap | f2" }\n                                  ^^\n' +
        "  fix: a placeholder is {{ expression | format }}; binary operators need spaces around them",
    );
    expect(failure(() => renderCell(def.columns[1]!.cell, tiny, bad, span))).toBe(
      "u.yaml:5:33: no number named 's.C.gap'; did you mean 's.A.gap'?\n  5 |     - { header: Y, cell: \"ab {{ s.C.gap | f2 }}\" }\n                                      ^^^^^^^\n" +
        "  fix: spell the key as in results.numbers (see docs/results.md), or use * / $set for a segment",
    );
  });
});
