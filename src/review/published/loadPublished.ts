/**
 * Loads report/published.yaml: the published paper's numbers, transcribed
 * once. Tables are transcribed as tables (one row of values per printed row,
 * column specs give each column's key or formula with `{row}`), text numbers
 * one by one with a quote. Its shape is publishedSchema; every problem is a
 * SafetyGapError at file:line:col.
 */
import { isSeq, type Node } from "yaml";
import * as msg from "../../messages/review.js";
import type { Expr } from "../../lang/ast.js";
import { parseExpr } from "../../lang/parser.js";
import { readInputText } from "../../input/readInput.js";
import { fail, fields, mapPairs, parseExprNode, parseYamlFile, printedNumber, seqItems, str, strList, where, type YamlFile } from "../yamlSource.js";
import { publishedSchema } from "./publishedSchema.js";
import { parseRelations } from "./parseRelations.js";
import type { Published, PublishedDesign, PublishedNumber, PublishedStatement } from "./types.js";

export function loadPublished(file: string): Published {
  return parsePublished(readInputText(file, { what: msg.publishedWhat(), doc: "docs/review.md" }), file);
}

export function parsePublished(source: string, file: string): Published {
  const y = parseYamlFile(source, file, msg.publishedWhat(), publishedSchema);
  const top = fields(y.doc.contents as Node);
  const design = parseDesign(top.get("design"));
  const numbers: PublishedNumber[] = [];
  const seen = new Set<string>();
  const add = (n: PublishedNumber, node: Node) => {
    if (seen.has(n.id)) fail(y, node, n.id, msg.duplicateId(n.id), msg.duplicateIdHint());
    seen.add(n.id);
    numbers.push(n);
  };
  seqItems(top.get("tables")).forEach((t, i) => parseTable(y, t, `tables[${i}]`, add));
  seqItems(top.get("text")).forEach((t, i) => add(parseTextNumber(y, t, `text[${i}]`), t));
  const statements = seqItems(top.get("statements")).map((s, i) => {
    const st = parseStatement(y, s, `statements[${i}]`);
    if (seen.has(st.id)) fail(y, s, st.id, msg.duplicateId(st.id), msg.duplicateIdHint());
    seen.add(st.id);
    return st;
  });
  const relations = top.has("relations") ? parseRelations(y, top.get("relations")!) : [];
  return { file, design, numbers, statements, relations };
}

function parseDesign(node: Node | undefined): PublishedDesign {
  const sets: PublishedDesign = {};
  for (const [k, v] of fields(node)) sets[k] = isSeq(v) ? strList(v) : [str(v)];
  return sets;
}

function keyOrFormula(y: YamlFile, f: Map<string, Node>, path: string, node: Node): { key?: string; formula?: Expr; formulaText?: string } {
  const k = f.get("key");
  const fo = f.get("formula");
  if (k && fo) fail(y, fo, path, msg.keyAndFormula());
  if (k) return { key: str(k) };
  if (fo) {
    const { expr, text } = parseExprNode(y, fo, `${path}.formula`);
    return { formula: expr, formulaText: text };
  }
  return fail(y, node, path, msg.needKeyOrFormula());
}

function parseTable(y: YamlFile, node: Node, path: string, add: (n: PublishedNumber, node: Node) => void): void {
  const f = fields(node);
  const id = str(f.get("id"));
  const whereText = str(f.get("where"));
  const columns = seqItems(f.get("columns")).map((c, i) => {
    const cf = fields(c);
    return { id: str(cf.get("id")), name: str(cf.get("name")), ...keyOrFormula(y, cf, `${path}.columns[${i}]`, c) };
  });
  for (const pair of mapPairs(f.get("rows"))) {
    const row = String((pair.key as { value: unknown }).value);
    const values = seqItems(pair.value as Node);
    if (values.length !== columns.length) fail(y, pair.value as Node, `${path}.rows.${row}`, msg.rowLength(row, values.length, columns.length), msg.rowLengthHint());
    values.forEach((v, i) => {
      const col = columns[i]!;
      const { value, decimals } = printedNumber(y, v);
      const sub = (s: string) => s.replaceAll("{row}", row);
      // The column's formula was parsed once (so errors point at the column); each row gets its own copy.
      const formulaText = col.formulaText === undefined ? undefined : sub(col.formulaText);
      // Stryker disable next-line StringLiteral: only the line and column of where() are kept, not its path
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
  const f = fields(node);
  const id = str(f.get("id"));
  const printed = printedNumber(y, f.get("value"));
  const decimals = f.has("decimals") ? printedNumber(y, f.get("decimals")).value : printed.decimals;
  const w = where(y, f.get("value"), `${path}.value`);
  return {
    id,
    where: str(f.get("where")),
    quote: str(f.get("quote")),
    value: printed.value,
    decimals,
    ...keyOrFormula(y, f, path, node),
    origin: "text",
    at: { file: y.file, line: w.line, column: w.column },
  };
}

function parseStatement(y: YamlFile, node: Node, path: string): PublishedStatement {
  const f = fields(node);
  const { expr, text } = parseExprNode(y, f.get("rule"), `${path}.rule`);
  const w = where(y, f.get("rule"), `${path}.rule`);
  return {
    id: str(f.get("id")),
    where: str(f.get("where")),
    quote: str(f.get("quote")),
    rule: expr,
    ruleText: text,
    ...(f.has("quantity") ? { quantity: str(f.get("quantity")) } : {}),
    ...(f.has("bound") ? { bound: printedNumber(y, f.get("bound")).value } : {}),
    at: { file: y.file, line: w.line, column: w.column },
  };
}
