/**
 * Loads report/published.yaml: the published paper's numbers, transcribed
 * once. Tables are transcribed as tables (one row of values per printed row,
 * column specs give each column's key or formula with `{row}`), text numbers
 * one by one with a quote. Every problem is a SafetyGapError at file:line:col.
 */
import type { Node } from "yaml";
import * as msg from "../../messages/review.js";
import type { Expr } from "../../lang/ast.js";
import { parseExpr } from "../../lang/parser.js";
import { readReviewFile } from "./readReviewFile.js";
import { fail, fields, mapPairs, parseExprNode, parseYamlFile, printedNumber, seqItems, str, strList, where, type YamlFile } from "../yamlSource.js";
import { parseRelations } from "./parseRelations.js";
import type { Published, PublishedDesign, PublishedNumber, PublishedStatement } from "./types.js";

export function loadPublished(file: string): Published {
  return parsePublished(readReviewFile(file), file);
}

export function parsePublished(source: string, file: string): Published {
  const y = parseYamlFile(source, file);
  const top = fields(y, y.doc.contents as Node, "(root)", ["design", "tables", "text", "statements", "relations"]);
  const design = parseDesign(y, top.get("design"), y.doc.contents as Node);
  const numbers: PublishedNumber[] = [];
  const seen = new Set<string>();
  const add = (n: PublishedNumber, node: Node) => {
    if (seen.has(n.id)) fail(y, node, n.id, msg.duplicateId(n.id), msg.duplicateIdHint());
    seen.add(n.id);
    numbers.push(n);
  };
  seqItems(y, top.get("tables"), "tables").forEach((t, i) => parseTable(y, t, `tables[${i}]`, add));
  seqItems(y, top.get("text"), "text").forEach((t, i) => add(parseTextNumber(y, t, `text[${i}]`), t));
  const statements = seqItems(y, top.get("statements"), "statements").map((s, i) => {
    const st = parseStatement(y, s, `statements[${i}]`);
    if (seen.has(st.id)) fail(y, s, st.id, msg.duplicateId(st.id), msg.duplicateIdHint());
    seen.add(st.id);
    return st;
  });
  const relations = top.has("relations") ? parseRelations(y, top.get("relations")!) : [];
  return { file, design, numbers, statements, relations };
}

function parseDesign(y: YamlFile, node: Node | undefined, parent: Node): PublishedDesign {
  if (!node) fail(y, parent, "design", msg.fieldMissing("design"));
  const f = fields(y, node, "design", ["methods", "baseline", "scales", "conditions", "safetyBenchmarks", "capabilityBenchmarks"]);
  const get = (k: string) => strList(y, f.get(k), `design.${k}`, node);
  return {
    methods: get("methods"),
    baseline: str(y, f.get("baseline"), "design.baseline", node),
    scales: get("scales"),
    conditions: get("conditions"),
    safetyBenchmarks: get("safetyBenchmarks"),
    capabilityBenchmarks: get("capabilityBenchmarks"),
  };
}

function keyOrFormula(y: YamlFile, f: Map<string, Node>, path: string, node: Node): { key?: string; formula?: Expr; formulaText?: string } {
  const k = f.get("key");
  const fo = f.get("formula");
  if (k && fo) fail(y, fo, path, msg.keyAndFormula());
  if (k) return { key: str(y, k, `${path}.key`) };
  if (fo) {
    const { expr, text } = parseExprNode(y, fo, `${path}.formula`);
    return { formula: expr, formulaText: text };
  }
  return fail(y, node, path, msg.needKeyOrFormula());
}

function parseTable(y: YamlFile, node: Node, path: string, add: (n: PublishedNumber, node: Node) => void): void {
  const f = fields(y, node, path, ["id", "where", "caption", "columns", "rows"]);
  const id = str(y, f.get("id"), `${path}.id`, node);
  const whereText = str(y, f.get("where"), `${path}.where`, node);
  const columns = seqItems(y, f.get("columns"), `${path}.columns`).map((c, i) => {
    const cp = `${path}.columns[${i}]`;
    const cf = fields(y, c, cp, ["id", "name", "key", "formula"]);
    return { id: str(y, cf.get("id"), `${cp}.id`, c), name: str(y, cf.get("name"), `${cp}.name`, c), ...keyOrFormula(y, cf, cp, c) };
  });
  for (const pair of mapPairs(y, f.get("rows"), `${path}.rows`)) {
    const row = String((pair.key as { value: unknown }).value);
    const values = seqItems(y, pair.value as Node, `${path}.rows.${row}`);
    if (values.length !== columns.length) fail(y, pair.value as Node, `${path}.rows.${row}`, msg.rowLength(row, values.length, columns.length), msg.rowLengthHint());
    values.forEach((v, i) => {
      const col = columns[i]!;
      const { value, decimals } = printedNumber(y, v, `${path}.rows.${row}[${i}]`);
      const sub = (s: string) => s.replaceAll("{row}", row);
      // The column's formula was parsed once (so errors point at the column); each row gets its own copy.
      const formulaText = col.formulaText === undefined ? undefined : sub(col.formulaText);
      const w = where(y, v, `${path}.rows.${row}[${i}]`);
      add(
        {
          id: `${id}.${row}.${col.id}`,
          where: `${whereText}, row ${row}, column ${col.name}`,
          value,
          decimals,
          ...(col.key !== undefined ? { key: sub(col.key) } : {}),
          ...(formulaText !== undefined ? { formula: parseExpr(formulaText), formulaText } : {}),
          origin: "table",
          cell: { table: id, row, column: col.id },
          at: { file: y.file, line: w.line, column: w.column },
        },
        v,
      );
    });
  }
}

function parseTextNumber(y: YamlFile, node: Node, path: string): PublishedNumber {
  const f = fields(y, node, path, ["id", "where", "quote", "value", "decimals", "key", "formula"]);
  const id = str(y, f.get("id"), `${path}.id`, node);
  const printed = printedNumber(y, f.get("value"), `${path}.value`, node);
  const decimals = f.has("decimals") ? printedNumber(y, f.get("decimals"), `${path}.decimals`).value : printed.decimals;
  const w = where(y, f.get("value"), `${path}.value`);
  return {
    id,
    where: str(y, f.get("where"), `${path}.where`, node),
    quote: str(y, f.get("quote"), `${path}.quote`, node),
    value: printed.value,
    decimals,
    ...keyOrFormula(y, f, path, node),
    origin: "text",
    at: { file: y.file, line: w.line, column: w.column },
  };
}

function parseStatement(y: YamlFile, node: Node, path: string): PublishedStatement {
  const f = fields(y, node, path, ["id", "where", "quote", "rule", "quantity", "bound"]);
  const { expr, text } = parseExprNode(y, f.get("rule"), `${path}.rule`, node);
  const w = where(y, f.get("rule"), `${path}.rule`);
  return {
    id: str(y, f.get("id"), `${path}.id`, node),
    where: str(y, f.get("where"), `${path}.where`, node),
    quote: str(y, f.get("quote"), `${path}.quote`, node),
    rule: expr,
    ruleText: text,
    ...(f.has("quantity") ? { quantity: str(y, f.get("quantity"), `${path}.quantity`) } : {}),
    ...(f.has("bound") ? { bound: printedNumber(y, f.get("bound"), `${path}.bound`).value } : {}),
    at: { file: y.file, line: w.line, column: w.column },
  };
}
