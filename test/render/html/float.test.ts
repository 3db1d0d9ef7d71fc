/** ::: table / ::: figure: the <figure> markup, the float list, and the scale checks made at the directive. */
import { describe, expect, it } from "vitest";
import { floatHtml } from "../../../src/render/html/float.js";
import type { DirectiveMeta } from "../../../src/render/markdown/rules/directive.js";
import { parseTables } from "../../../src/render/tables.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";
import { tinyEnv } from "./renderEnv.js";

// "own" has its own (unknown) scale; "t" is wide and mixes a key column and a cell template.
const YAML =
  'own:\n  scale: 9B\n  rows: $methods\n  columns:\n    - { header: G, key: "s.{row}.gap", format: f2 }\n' +
  't:\n  rows: $methods\n  stub: M\n  wide: true\n  columns:\n    - { header: "*G*", key: "s.{row}.gap", format: f2 }\n    - { header: T, cell: "t {{ s.{row}.tax | f2 }}", align: left }\n';
const tables = parseTables(YAML, "report/tables.yaml");
const SRC = "::: table tbl:t scale=9B\n";
const CAPTION = "Cap <i>x</i>  &amp;\n y ";

const meta = (m: Partial<DirectiveMeta & { number: string }>): DirectiveMeta & { number: string } => ({
  kind: "table", label: "tbl:t", params: {}, paramOffsets: {}, offset: 10, file: "a.md", source: SRC, number: "1", ...m,
});

describe("floatHtml: tables", () => {
  it("caption above, the table's rows as spans at 'Table n', rows as text for the sentence list, the float listed with its caption as text", () => {
    const env = tinyEnv({ tables });
    const out = floatHtml(meta({}), CAPTION, env);
    expect(out.html).toBe(
      '<figure class="float table wide" id="tbl:t">\n<figcaption><span class="caption-label">Table 1:</span> Cap <i>x</i>  &amp;\n y </figcaption>\n<div class="scroll">\n' +
        '<table class="data">\n<thead>\n<tr><th class="stub">M</th><th class="num"><i>G</i></th><th class="left">T</th></tr>\n</thead>\n<tbody>\n' +
        '<tr><th class="stub" scope="row">A</th><td class="num"><span class="num" id="v1" data-key="s.A.gap">0.50</span></td><td class="left">t <span class="num" id="v2" data-key="s.A.tax">\u22120.13</span></td></tr>\n' +
        '<tr><th class="stub" scope="row">B</th><td class="num"><span class="num" id="v3" data-key="s.B.gap">0.25</span></td><td class="left">t <span class="num" id="v4" data-key="s.B.tax">0.06</span></td></tr>\n' +
        "</tbody>\n</table>\n</div>\n</figure>\n",
    );
    expect(out.rows).toEqual([
      { text: "A | 0.50 | t \u22120.13", keys: ["s.A.gap", "s.A.tax"] },
      { text: "B | 0.25 | t 0.06", keys: ["s.B.gap", "s.B.tax"] },
    ]);
    expect(env.floats).toEqual([{ id: "t", kind: "table", number: "1", caption: "Cap x & y" }]);
    expect(env.usage.map((u) => u.where)).toEqual(["Table 1", "Table 1", "Table 1", "Table 1"]);
  });

  it("a directive's scale overrides the table's own; wide=true widens a table tables.yaml leaves narrow", () => {
    const narrow = floatHtml(meta({ label: "tbl:own", params: { scale: "7B" }, number: "2" }), "C", tinyEnv({ tables }));
    expect(narrow.html.split("\n")[0]).toBe('<figure class="float table" id="tbl:own">');
    expect(narrow.rows).toEqual([{ text: "A | 0.50", keys: ["s.A.gap"] }, { text: "B | 0.25", keys: ["s.B.gap"] }]);
    const wide = floatHtml(meta({ label: "tbl:own", params: { scale: "7B", wide: "true" } }), "C", tinyEnv({ tables }));
    expect(wide.html.split("\n")[0]).toBe('<figure class="float table wide" id="tbl:own">');
    const stillNarrow = floatHtml(meta({ label: "tbl:own", params: { scale: "7B", wide: "false" } }), "C", tinyEnv({ tables }));
    expect(stillNarrow.html.split("\n")[0]).toBe('<figure class="float table" id="tbl:own">');
  });

  it("an unknown scale= is an error at its value in the Markdown, or at the directive when its offset is not known", () => {
    expect(safetyGapErrorOf(() => floatHtml(meta({ params: { scale: "9B" }, paramOffsets: { scale: 21 } }), CAPTION, tinyEnv({ tables }))).format()).toBe(
      'a.md:1:22: scale=9B: unknown scale; did you mean "1B"?\n  1 | ::: table tbl:t scale=9B\n                           ^^\n  fix: the scales are 1B, 7B (report/model.yaml)',
    );
    expect(safetyGapErrorOf(() => floatHtml(meta({ params: { scale: "9B" } }), CAPTION, tinyEnv({ tables }))).format()).toBe(
      'a.md:1:11: scale=9B: unknown scale; did you mean "1B"?\n  1 | ::: table tbl:t scale=9B\n                ^^\n  fix: the scales are 1B, 7B (report/model.yaml)',
    );
  });

  it("results without scales know none", () => {
    expect(safetyGapErrorOf(() => floatHtml(meta({ params: { scale: "9B" } }), CAPTION, tinyEnv({ tables, sets: { methods: ["A", "B"] } }))).format()).toBe(
      "a.md:1:11: scale=9B: unknown scale\n  1 | ::: table tbl:t scale=9B\n                ^^\n  fix: the scales are  (report/model.yaml)",
    );
  });

  it("a table's own unknown scale (no override) is an error at it in tables.yaml", () => {
    expect(safetyGapErrorOf(() => floatHtml(meta({ label: "tbl:own" }), CAPTION, tinyEnv({ tables }))).format()).toBe(
      'report/tables.yaml:2:10: scale=9B: unknown scale; did you mean "1B"?\n  2 |   scale: 9B\n               ^^\n  fix: the scales are 1B, 7B (report/model.yaml)',
    );
  });

  it("an unknown table is an error at the directive's label", () => {
    expect(safetyGapErrorOf(() => floatHtml(meta({ label: "tbl:nope" }), CAPTION, tinyEnv({ tables }))).format()).toBe(
      'a.md:1:11: unknown table "nope"\n  1 | ::: table tbl:t scale=9B\n                ^^^^^^^^\n  fix: tables are defined in report/tables.yaml',
    );
  });
});

describe("floatHtml: figures", () => {
  it("the SVG, then the caption below; the caption at each scale listed as text", () => {
    const env = tinyEnv({ figures: [["fig:f1", "<svg>1</svg>"]] });
    const out = floatHtml(meta({ kind: "figure", label: "fig:f1", number: "2" }), CAPTION, env, { "1B": "a <b>x</b>\t&lt;", "7B": "b" });
    expect(out).toEqual({
      html: '<figure class="float figure" id="fig:f1">\n<div class="graphic"><svg>1</svg></div>\n<figcaption><span class="caption-label">Figure 2:</span> Cap <i>x</i>  &amp;\n y </figcaption>\n</figure>\n',
      rows: [],
    });
    expect(env.floats).toEqual([{ id: "f1", kind: "figure", number: "2", caption: "Cap x & y", captionByScale: { "1B": "a x <", "7B": "b" } }]);
    expect(env.usage).toEqual([]);
  });
  it("wide=true spans both columns; a figure without SVG has an empty graphic", () => {
    const env = tinyEnv();
    expect(floatHtml(meta({ kind: "figure", label: "fig:f&", params: { wide: "true" } }), "C", env).html).toBe(
      '<figure class="float figure wide" id="fig:f&amp;">\n<div class="graphic"></div>\n<figcaption><span class="caption-label">Figure 1:</span> C</figcaption>\n</figure>\n',
    );
    expect(floatHtml(meta({ kind: "figure", label: "fig:g", params: { wide: "false" } }), "C", env).html.split("\n")[0]).toBe('<figure class="float figure" id="fig:g">');
    expect(env.floats).toEqual([{ id: "f&", kind: "figure", number: "1", caption: "C" }, { id: "g", kind: "figure", number: "1", caption: "C" }]);
  });
});
