/**
 * YAML helpers shared by the published-numbers and claims loaders: parse and
 * check the shape with positions (src/input), read the checked nodes, and
 * report any later problem as a SafetyGapError at file:line:column,
 * including errors inside an expression embedded in a YAML string.
 */
import type { Document, Node, Pair, YAMLMap } from "yaml";
import type * as z from "zod";
import { SafetyGapError, lineColumnAt } from "../errors.js";
import { parseYaml } from "../input/parseYaml.js";
import { validateYaml } from "../input/validateYaml.js";
import * as msg from "../messages/review.js";
import type { Binding, Expr } from "../lang/ast.js";
import { ExprSyntaxError } from "../lang/lexer.js";
import { parseBindings, parseExpr } from "../lang/parser.js";

export interface YamlFile {
  file: string;
  source: string;
  doc: Document.Parsed;
}

/** Parses `source` and checks it against `schema` (docs/review.md describes both files). */
export function parseYamlFile(source: string, file: string, what: string, schema: z.ZodType): YamlFile {
  const y = parseYaml({ file, source, what });
  validateYaml(y, schema, "docs/review.md");
  return y;
}

/** The source location of a node (its first character). */
export function where(y: YamlFile, node: Node | null | undefined, path: string, length?: number) {
  const offset = node?.range?.[0] ?? 0;
  const len = length ?? Math.max(1, Math.min(60, (node?.range?.[1] ?? offset) - offset));
  return { file: y.file, ...lineColumnAt(y.source, offset), path, source: y.source, length: len };
}

export function fail(y: YamlFile, node: Node | null | undefined, path: string, message: string, hint?: string): never {
  throw new SafetyGapError(message, where(y, node, path), hint);
}

/** The pairs of a mapping node (the schema has checked that it is one). */
export const mapPairs = (node: Node | null | undefined): Pair<Node, Node>[] => (node as YAMLMap<Node, Node>).items;

/** The items of a list node (the schema has checked that it is one). */
export const seqItems = (node: Node | null | undefined): Node[] => (node as { items: Node[] } | undefined)?.items ?? [];

/** A mapping's fields by name (the schema has refused unknown ones). */
export function fields(node: Node | null | undefined): Map<string, Node> {
  return new Map(mapPairs(node).map((pair) => [String((pair.key as { value: unknown }).value), pair.value as Node]));
}

/** A text field's value (the schema has checked that it is a string or a number, and there when required). */
export const str = (node: Node | undefined): string => String((node as { value: unknown }).value);

export const strList = (node: Node | undefined): string[] => seqItems(node).map((n) => str(n));

/** A number and how many decimals it is printed with, read from the source text (YAML drops trailing zeros). */
export function printedNumber(y: YamlFile, node: Node | undefined): { value: number; decimals: number } {
  const text = y.source.slice(node!.range![0], node!.range![1]).trim();
  const dot = text.indexOf(".");
  const exp = /e/i.test(text);
  return { value: (node as { value: number }).value, decimals: dot < 0 || exp ? 0 : text.length - dot - 1 };
}

/**
 * Parses an expression held in a YAML string and maps an error's offset in
 * the expression back to the file: the expression's characters are matched
 * against the node's source text in order, skipping quotes, block-scalar
 * headers, indentation and line breaks (which folding turns into spaces).
 */
export function parseExprNode(y: YamlFile, node: Node | undefined, path: string): { expr: Expr; text: string } {
  return parseNode(y, node, path, parseExpr);
}

/** A relation's `for: m in methods, b in safetyBenchmarks`, with errors at their place in the file. */
export function parseBindingsNode(y: YamlFile, node: Node | undefined, path: string): { expr: Binding[]; text: string } {
  return parseNode(y, node, path, parseBindings);
}

function parseNode<T>(y: YamlFile, node: Node | undefined, path: string, parse: (text: string) => T): { expr: T; text: string } {
  const text = str(node);
  try {
    return { expr: parse(text), text };
  } catch (error) {
    if (!(error instanceof ExprSyntaxError)) throw error;
    throw exprError(y, node!, path, text, error.pos, msg.exprSyntax(error.message), error.length);
  }
}

export function exprError(y: YamlFile, node: Node, path: string, text: string, pos: number, message: string, length = 1): SafetyGapError {
  const offset = sourceOffsetOf(y.source, node.range?.[0] ?? 0, node.range?.[1] ?? y.source.length, text, pos);
  return new SafetyGapError(message, { file: y.file, ...lineColumnAt(y.source, offset), path, source: y.source, length }, msg.exprSyntaxHint());
}

export function sourceOffsetOf(source: string, start: number, end: number, text: string, pos: number): number {
  let j = start;
  // Skip the quote or block header: up to the first character of the expression.
  const first = text.search(/\S/);
  if (first >= 0) {
    const at = source.indexOf(text[first]!, /^[>|]/.test(source.slice(start, end)) ? source.indexOf("\n", start) : start);
    if (at >= 0 && at < end) j = at;
  }
  let i = Math.max(0, first);
  while (i < text.length && j < end) {
    if (/\s/.test(text[i]!)) {
      // A whitespace run in the expression (a folded line break, indentation
      // kept by a literal block) matches a whitespace run in the source; align
      // their ends, since what follows is the same token.
      let i2 = i;
      while (i2 < text.length && /\s/.test(text[i2]!)) i2++;
      let j2 = j;
      while (j2 < end && /\s/.test(source[j2]!)) j2++;
      if (pos >= i && pos < i2) return Math.max(j, j2 - (i2 - pos));
      i = i2;
      j = j2;
      continue;
    }
    if (i === pos) return j;
    if (text[i] === source[j]) {
      i++;
      j++;
      continue;
    }
    // An escape sequence in a quoted scalar: skip source characters until they match again.
    j++;
  }
  return Math.min(j, end);
}
