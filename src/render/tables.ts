/**
 * Tables as data (report/tables.yaml). A table is rows (a set such as
 * $methods, each binding {row}) times columns (a header, an optional group,
 * and either `key` + `format` or a `cell` template). Example:
 *
 *   deltas:
 *     scale: 7B
 *     rows: $advancedMethods
 *     stub: Method
 *     columns:
 *       - { header: ToxiGen, key: "cmp.{scale}.{row}.ToxiGen.diff - cmp.{scale}.{baseline}.ToxiGen.diff", format: m4 }
 *
 * Errors point into tables.yaml (line and column of the bad token). Its
 * shape is tablesSchema, unknown keys refused with the closest one
 * suggested (a misspelt `formt: f4` would be ignored, `wide: yes` would
 * silently mean false).
 */
import { isMap, type Node, type Scalar, type YAMLMap, type YAMLSeq } from "yaml";
import * as z from "zod";
import { parseYaml } from "../input/parseYaml.js";
import { text } from "../input/schemaTypes.js";
import { validateYaml } from "../input/validateYaml.js";
import { parsePlaceholder, renderPlaceholder, TemplateError } from "./template/placeholder.js";
import { withVars, type Scope } from "./template/scope.js";
import { errorAt } from "./markdown/errors.js";
import { closest } from "../text/closest.js";
import { escapeHtml } from "../text/escapeHtml.js";
import * as lmsg from "../messages/lang.js";
import * as msg from "../messages/render.js";

export interface CellTemplate {
  /** Template text with {{ }} placeholders. */
  text: string;
  /** Offset in tables.yaml of `text`'s first character. */
  offset: number;
}

export interface TableColumn {
  header: string;
  group?: string;
  cell: CellTemplate;
  /** "num" cells are right-aligned. */
  align: "left" | "num";
}

export interface TableDef {
  id: string;
  params: Record<string, string>;
  rows: { set: string; offset: number };
  /** Where `scale:` is written in tables.yaml, when it is (checked against the results' scales at render). */
  scaleOffset?: number;
  rowLabels: Record<string, string>;
  stub: string;
  columns: TableColumn[];
  wide: boolean;
}

export interface TableSet {
  file: string;
  source: string;
  tables: Map<string, TableDef>;
}

export interface RenderedCell {
  html: string;
  text: string;
  keys: string[];
  /** Full-precision values of the cell's numbers, in order (the supplement's CSVs use them). */
  values: number[];
}

const column = z.strictObject({
  header: text,
  group: text.optional(),
  key: text.optional(),
  format: text.optional(),
  cell: text.optional(),
  align: z.enum(["left", "num"]).optional(),
});

/** The shape of tables.yaml: table ids -> definitions. Which keys go together is checked after it. */
export const tablesSchema = z.record(
  z.string(),
  z.strictObject({
    scale: text.optional(),
    params: z.record(z.string(), text).optional(),
    rows: z.string().startsWith("$").describe("a set such as $methods"),
    stub: text.optional(),
    rowLabels: z.record(z.string(), text).optional(),
    columns: z.array(column),
    wide: z.boolean().optional(),
  }),
);

const scalarOffset = (n: Scalar): number => (n.range?.[0] ?? 0) + (n.type === "QUOTE_DOUBLE" || n.type === "QUOTE_SINGLE" ? 1 : 0);

export function parseTables(source: string, file: string): TableSet {
  const y = parseYaml({ file, source, what: "tables.yaml" });
  validateYaml(y, tablesSchema, "docs/writing.md");
  const doc = y.doc;
  const bad = (n: Node | null | undefined, what: string): never => {
    throw errorAt(msg.badTable(what), file, source, n?.range?.[0] ?? 0, 1, msg.tableHint());
  };
  const tables = new Map<string, TableDef>();
  for (const pair of (doc.contents as { items: { key: unknown; value: unknown }[] }).items) {
    const id = String((pair.key as Scalar).value);
    const def = pair.value as Node;
    const get = (k: string): Node | undefined => (def as unknown as { get(k: string, keep: true): Node | undefined }).get(k, true);
    const str = (k: string): string => String((get(k) as Scalar | undefined)?.value ?? "");
    const params: Record<string, string> = {};
    const p = get("params");
    if (p && isMap(p)) for (const it of p.items) params[String((it.key as Scalar).value)] = String((it.value as Scalar).value);
    for (const k of ["scale"]) if (get(k)) params[k] = str(k);
    const rowsNode = get("rows") as Scalar;
    const rowLabels: Record<string, string> = {};
    const rl = get("rowLabels");
    if (rl && isMap(rl)) for (const it of rl.items) rowLabels[String((it.key as Scalar).value)] = String((it.value as Scalar).value);
    const colsNode = get("columns") as YAMLSeq<YAMLMap>;
    const columns: TableColumn[] = colsNode.items.map((c) => {
      const cget = (k: string): Scalar | undefined => c.get(k, true) as Scalar | undefined;
      const header = cget("header")!;
      const key = cget("key");
      const cell = cget("cell");
      const format = cget("format");
      // One of the two would be ignored: say which combination is meant.
      if (key && cell) return bad(cell, msg.keyAndCell(String(header.value)));
      if (format && !key) return bad(format, msg.formatWithoutKey(String(header.value)));
      let tpl: CellTemplate;
      if (key) {
        if (!format) return bad(key, `column "${String(header.value)}": "key" needs a "format" (e.g. f4, m4)`);
        // "{{ " + key + " | " + format + " }}", with the offset pointing at the key so errors in it land right.
        tpl = { text: `{{ ${String(key.value)} | ${String(format.value)} }}`, offset: scalarOffset(key) - 3 };
      } else if (cell) tpl = { text: String(cell.value), offset: scalarOffset(cell) };
      else return bad(c as Node, `column "${String(header.value)}" needs "key" + "format" or "cell"`);
      const group = cget("group");
      const align = cget("align");
      return { header: String(header.value), ...(group ? { group: String(group.value) } : {}), cell: tpl, align: align?.value === "left" ? "left" : "num" };
    });
    tables.set(id, {
      id,
      params,
      rows: { set: String(rowsNode.value).slice(1), offset: rowsNode.range?.[0] ?? 0 },
      ...(get("scale")?.range ? { scaleOffset: get("scale")!.range![0] } : {}),
      rowLabels,
      stub: str("stub"),
      columns,
      wide: (get("wide") as Scalar<boolean> | undefined)?.value ?? false,
    });
  }
  return { file, source, tables };
}

/** Headers may italicise a symbol as in the paper: "Cohen's *d*", "*t*-stat". */
const header = (s: string): string => escapeHtml(s).replace(/\*([^*]+)\*/g, "<i>$1</i>");

/**
 * Renders `{{ }}` in a cell template. `span` wraps numbers in traceable spans
 * (the caller numbers them); text outside placeholders is copied as is.
 */
export function renderCell(tpl: CellTemplate, scope: Scope, set: TableSet, span: (text: string, keys: string[]) => string): RenderedCell {
  let html = "";
  let text = "";
  const keys: string[] = [];
  const values: number[] = [];
  let i = 0;
  for (;;) {
    const s = tpl.text.indexOf("{{", i);
    if (s < 0) break;
    const e = tpl.text.indexOf("}}", s);
    if (e < 0) throw errorAt(msg.syntax("{{ is not closed by }}"), set.file, set.source, tpl.offset + s, 2, msg.syntaxHint());
    html += escapeHtml(tpl.text.slice(i, s));
    text += tpl.text.slice(i, s);
    try {
      const r = renderPlaceholder(parsePlaceholder(tpl.text.slice(s + 2, e)), scope);
      html += r.numeric ? span(r.text, r.keys) : escapeHtml(r.text);
      text += r.text;
      keys.push(...r.keys);
      if (r.numeric) values.push(...r.values);
    } catch (err) {
      if (err instanceof TemplateError) throw errorAt(err.message, set.file, set.source, tpl.offset + s + 2 + err.pos, err.len, err.hint);
      throw err;
    }
    i = e + 2;
  }
  html += escapeHtml(tpl.text.slice(i));
  text += tpl.text.slice(i);
  return { html, text, keys, values };
}

export interface RenderedTable {
  html: string;
  rows: RenderedCell[][];
  wide: boolean;
}

/** The <table> element (no caption: the caller places it above). */
export function renderTable(def: TableDef, set: TableSet, scope: Scope, params: Record<string, string>, span: (text: string, keys: string[]) => string): RenderedTable {
  const vars = { ...def.params, ...params };
  const base = withVars(scope, vars);
  const sets = Object.keys(base.lang.sets);
  const rowNames = Object.hasOwn(base.lang.sets, def.rows.set) ? base.lang.sets[def.rows.set]! : undefined;
  if (rowNames === undefined) throw errorAt(lmsg.keyUnknownSet(def.rows.set, sets, closest(def.rows.set, sets)), set.file, set.source, def.rows.offset, def.rows.set.length + 1, msg.tableHint());
  const grouped = def.columns.some((c) => c.group);
  const head: string[] = [];
  const stubTh = `<th class="stub"${grouped ? ' rowspan="2"' : ""}>${escapeHtml(def.stub)}</th>`;
  if (grouped) {
    const groups: { name: string; span: number }[] = [];
    for (const c of def.columns) {
      const g = c.group ?? "";
      const last = groups[groups.length - 1];
      if (last && last.name === g) last.span++;
      else groups.push({ name: g, span: 1 });
    }
    head.push(`<tr>${stubTh}${groups.map((g) => `<th class="group" colspan="${g.span}">${escapeHtml(g.name)}</th>`).join("")}</tr>`);
    head.push(`<tr>${def.columns.map((c) => `<th class="${c.align}">${header(c.header)}</th>`).join("")}</tr>`);
  } else head.push(`<tr>${stubTh}${def.columns.map((c) => `<th class="${c.align}">${header(c.header)}</th>`).join("")}</tr>`);
  const rows: RenderedCell[][] = [];
  const body: string[] = [];
  for (const row of rowNames) {
    const rs = withVars(base, { row });
    const label = def.rowLabels[row] ?? row;
    const cells = def.columns.map((c) => renderCell(c.cell, rs, set, span));
    rows.push([{ html: escapeHtml(label), text: label, keys: [], values: [] }, ...cells]);
    body.push(`<tr><th class="stub" scope="row">${escapeHtml(label)}</th>${cells.map((c, i) => `<td class="${def.columns[i]!.align}">${c.html}</td>`).join("")}</tr>`);
  }
  const html = `<table class="data">\n<thead>\n${head.join("\n")}\n</thead>\n<tbody>\n${body.join("\n")}\n</tbody>\n</table>`;
  return { html, rows, wide: def.wide };
}

export function lookupTable(set: TableSet, id: string, file: string, source: string, offset: number): TableDef {
  const def = set.tables.get(id);
  if (!def) throw errorAt(msg.unknownTable(id, closest(id, set.tables.keys())), file, source, offset, id.length + 4, msg.tableHint());
  return def;
}
