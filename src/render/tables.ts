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
 * Errors point into tables.yaml (line and column of the bad token). Keys
 * are checked against those below, with the closest one suggested: a
 * misspelt `formt: f4` used to be ignored (then "key needs a format"
 * pointed elsewhere), `wide: yes` silently meant false.
 */
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node, type Scalar } from "yaml";
import { TemplateError } from "./template/ast.js";
import { render } from "./template/evaluate.js";
import { parsePlaceholder } from "./template/parse.js";
import { withVars, type Scope } from "./template/scope.js";
import { errorAt, yamlErrorAt } from "./markdown/errors.js";
import { checkKeys, type YamlPlace } from "./yamlKeys.js";
import { closest } from "../text/closest.js";
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

const TABLE_KEYS = ["scale", "params", "rows", "stub", "rowLabels", "columns", "wide"] as const;
const COLUMN_KEYS = ["header", "group", "key", "format", "cell", "align"] as const;
const ALIGN = ["left", "num"] as const;

const scalarOffset = (n: Scalar): number => (n.range?.[0] ?? 0) + (n.type === "QUOTE_DOUBLE" || n.type === "QUOTE_SINGLE" ? 1 : 0);

export function parseTables(source: string, file: string): TableSet {
  const lc = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lc, keepSourceTokens: false });
  if (doc.errors.length) throw yamlErrorAt(doc.errors[0]!, undefined, file, source);
  const place: YamlPlace = { file, source };
  const bad = (n: Node | null | undefined, what: string): never => {
    throw errorAt(msg.badTable(what), file, source, n?.range?.[0] ?? 0, 1, msg.tableHint());
  };
  const tables = new Map<string, TableDef>();
  if (!isMap(doc.contents)) bad(doc.contents, "the file must map table ids to definitions");
  for (const pair of (doc.contents as { items: { key: unknown; value: unknown }[] }).items) {
    const id = String((pair.key as Scalar).value);
    const def = pair.value as Node;
    if (!isMap(def)) bad(def, `table ${id} must be a mapping`);
    checkKeys(def, TABLE_KEYS, "table key", place, msg.tableHint());
    const get = (k: string): Node | undefined => (def as unknown as { get(k: string, keep: true): Node | undefined }).get(k, true);
    const str = (k: string, dflt?: string): string => {
      const n = get(k);
      if (n === undefined) return dflt ?? bad(def, `table ${id} needs "${k}"`);
      if (!isScalar(n)) return bad(n, `"${k}" must be a string`);
      return String(n.value);
    };
    const bool = (k: string): boolean => {
      const n = get(k);
      if (n === undefined) return false;
      if (!isScalar(n) || typeof n.value !== "boolean") return bad(n, msg.badFieldType(k, "true or false"));
      return n.value;
    };
    const params: Record<string, string> = {};
    const p = get("params");
    if (p && isMap(p)) for (const it of p.items) params[String((it.key as Scalar).value)] = String((it.value as Scalar).value);
    for (const k of ["scale"]) if (get(k)) params[k] = str(k);
    const rowsNode = get("rows") as Scalar | undefined;
    if (!rowsNode || !isScalar(rowsNode) || !String(rowsNode.value).startsWith("$")) bad(rowsNode ?? def, `table ${id}: "rows" must be a set such as $methods`);
    const rowLabels: Record<string, string> = {};
    const rl = get("rowLabels");
    if (rl && isMap(rl)) for (const it of rl.items) rowLabels[String((it.key as Scalar).value)] = String((it.value as Scalar).value);
    const colsNode = get("columns");
    if (!colsNode || !isSeq(colsNode)) return bad(colsNode ?? def, `table ${id}: "columns" must be a list`);
    const columns: TableColumn[] = colsNode.items.map((c) => {
      if (!isMap(c)) return bad(c as Node, "a column must be a mapping");
      checkKeys(c, COLUMN_KEYS, "column key", place, msg.tableHint());
      const cget = (k: string): Scalar | undefined => c.get(k, true) as Scalar | undefined;
      const header = cget("header");
      if (!header) return bad(c as Node, 'a column needs "header"');
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
      if (align && !(ALIGN as readonly unknown[]).includes(align.value))
        return bad(align, msg.badFieldValue("align", String(align.value), ALIGN.join(" or "), closest(String(align.value), ALIGN)));
      return { header: String(header.value), ...(group ? { group: String(group.value) } : {}), cell: tpl, align: align?.value === "left" ? "left" : "num" };
    });
    tables.set(id, {
      id,
      params,
      rows: { set: String(rowsNode!.value).slice(1), offset: rowsNode!.range?.[0] ?? 0 },
      ...(get("scale")?.range ? { scaleOffset: get("scale")!.range![0] } : {}),
      rowLabels,
      stub: str("stub", ""),
      columns,
      wide: bool("wide"),
    });
  }
  return { file, source, tables };
}

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** Headers may italicise a symbol as in the paper: "Cohen's *d*", "*t*-stat". */
const header = (s: string): string => esc(s).replace(/\*([^*]+)\*/g, "<i>$1</i>");

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
    html += esc(tpl.text.slice(i, s));
    text += tpl.text.slice(i, s);
    try {
      const r = render(parsePlaceholder(tpl.text.slice(s + 2, e)), scope);
      html += r.numeric ? span(r.text, r.keys) : esc(r.text);
      text += r.text;
      keys.push(...r.keys);
      if (r.numeric) values.push(...r.values);
    } catch (err) {
      if (err instanceof TemplateError) throw errorAt(err.message, set.file, set.source, tpl.offset + s + 2 + err.pos, err.len, err.hint);
      throw err;
    }
    i = e + 2;
  }
  html += esc(tpl.text.slice(i));
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
  const rowNames = base.vars[def.rows.set];
  if (rowNames === undefined || typeof rowNames === "string")
    throw errorAt(msg.unknownVariable(def.rows.set, closest(def.rows.set, Object.keys(base.vars))), set.file, set.source, def.rows.offset, def.rows.set.length + 1, msg.tableHint());
  const grouped = def.columns.some((c) => c.group);
  const head: string[] = [];
  const stubTh = `<th class="stub"${grouped ? ' rowspan="2"' : ""}>${esc(def.stub)}</th>`;
  if (grouped) {
    const groups: { name: string; span: number }[] = [];
    for (const c of def.columns) {
      const g = c.group ?? "";
      const last = groups[groups.length - 1];
      if (last && last.name === g) last.span++;
      else groups.push({ name: g, span: 1 });
    }
    head.push(`<tr>${stubTh}${groups.map((g) => `<th class="group" colspan="${g.span}">${esc(g.name)}</th>`).join("")}</tr>`);
    head.push(`<tr>${def.columns.map((c) => `<th class="${c.align}">${header(c.header)}</th>`).join("")}</tr>`);
  } else head.push(`<tr>${stubTh}${def.columns.map((c) => `<th class="${c.align}">${header(c.header)}</th>`).join("")}</tr>`);
  const rows: RenderedCell[][] = [];
  const body: string[] = [];
  for (const row of rowNames) {
    const rs = withVars(base, { row });
    const label = def.rowLabels[row] ?? row;
    const cells = def.columns.map((c) => renderCell(c.cell, rs, set, span));
    rows.push([{ html: esc(label), text: label, keys: [], values: [] }, ...cells]);
    body.push(`<tr><th class="stub" scope="row">${esc(label)}</th>${cells.map((c, i) => `<td class="${def.columns[i]!.align}">${c.html}</td>`).join("")}</tr>`);
  }
  const html = `<table class="data">\n<thead>\n${head.join("\n")}\n</thead>\n<tbody>\n${body.join("\n")}\n</tbody>\n</table>`;
  return { html, rows, wide: def.wide };
}

export function lookupTable(set: TableSet, id: string, file: string, source: string, offset: number): TableDef {
  const def = set.tables.get(id);
  if (!def) throw errorAt(msg.unknownTable(id, closest(id, set.tables.keys())), file, source, offset, id.length + 4, msg.tableHint());
  return def;
}
