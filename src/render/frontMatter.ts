/**
 * report/paper.yaml: title, authors, CCS concepts, keywords, the ACM
 * reference format, conference line and the permission/copyright block.
 * Text fields are inline Markdown (e.g. "**Computing methodologies**").
 *
 * Errors point at the YAML: a syntax error at its line and column (it used
 * to be labelled "template syntax error" at 1:1), an unknown key with the
 * closest known one (a misspelt `keywrods:` dropped the keywords), a value
 * of the wrong shape at the value (`authors: Anonymous` crashed).
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";
import { errorAt, yamlErrorAt } from "./markdown/errors.js";
import { checkKeys, nodeSpan, type YamlPlace } from "./yamlKeys.js";
import { closest } from "../text/closest.js";
import * as msg from "../messages/render.js";

export interface FrontMatter {
  title: string;
  authors: string[];
  year: string;
  /** Default template variables, e.g. { scale: "7B" }. */
  vars: Record<string, string>;
  /** Where each variable's name and value are written in paper.yaml, for errors found once the results are known. */
  varsAt: Record<string, { name: YamlSpan; value: YamlSpan }>;
  ccs: string[];
  keywords: string[];
  conference: { proceedings: string; line: string; publisher: string };
  pages: number;
  permission: string;
  copyright: string;
}

/** Offset and length of a node in paper.yaml. */
export interface YamlSpan {
  at: number;
  len: number;
}

const KEYS = ["title", "authors", "year", "vars", "ccs", "keywords", "conference", "pages", "permission", "copyright"] as const;
const CONFERENCE_KEYS = ["proceedings", "line", "publisher"] as const;

export function parseFrontMatter(source: string, file: string): FrontMatter {
  const doc = parseDocument(source);
  if (doc.errors.length) throw yamlErrorAt(doc.errors[0]!, undefined, file, source);
  const place: YamlPlace = { file, source };
  const fail = (n: Node | null | undefined, message: string): never => {
    const { at, len } = nodeSpan(n, place);
    throw errorAt(message, file, source, at, len, msg.frontMatterHint());
  };
  const root = doc.contents;
  if (root === null) return fail(root, msg.missingFrontMatterField(file, "title"));
  if (!isMap(root)) return fail(root, msg.frontMatterNotMapping(file));
  checkKeys(root, KEYS, "key", place, msg.frontMatterHint());
  const node = (k: string, required: boolean): Node | undefined => {
    const n = root.get(k, true) as Node | undefined;
    if (n === undefined && required) fail(root, msg.missingFrontMatterField(file, k));
    return n;
  };
  const scalar = (n: Node | undefined, k: string, dflt = ""): string => {
    if (n === undefined) return dflt;
    if (!isScalar(n)) return fail(n, msg.badFieldType(k, "a single value (text or a number)"));
    return String(n.value ?? "");
  };
  const list = (k: string, required: boolean): string[] => {
    const n = node(k, required);
    if (n === undefined) return [];
    if (!isSeq(n)) return fail(n, msg.badFieldType(k, "a list (lines starting with -)"));
    return n.items.map((it, i) => scalar(it as Node, `${k}[${i}]`));
  };
  const mapping = (k: string, required: boolean, keys?: readonly string[]): Record<string, string> => {
    const n = node(k, required);
    if (n === undefined) return {};
    if (!isMap(n)) return fail(n, msg.badFieldType(k, "a mapping (indented key: value lines)"));
    if (keys) checkKeys(n, keys, `${k} key`, place, msg.frontMatterHint());
    return Object.fromEntries(n.items.map((p) => [String(isScalar(p.key) ? p.key.value : p.key), scalar(p.value as Node, String(isScalar(p.key) ? p.key.value : p.key))]));
  };
  const pagesNode = node("pages", false);
  const pages = pagesNode === undefined ? 0 : Number(scalar(pagesNode, "pages"));
  if (!Number.isInteger(pages) || pages < 0) fail(pagesNode, msg.badFieldType("pages", "a whole number (the page count of the ACM reference line)"));
  const conf = mapping("conference", true, CONFERENCE_KEYS);
  const varsNode = node("vars", false);
  const varsAt: FrontMatter["varsAt"] = {};
  if (varsNode !== undefined && isMap(varsNode))
    for (const p of varsNode.items) varsAt[String(isScalar(p.key) ? p.key.value : p.key)] = { name: nodeSpan(p.key as Node, place), value: nodeSpan(p.value as Node, place) };
  return {
    title: scalar(node("title", true), "title"),
    authors: list("authors", true),
    year: scalar(node("year", true), "year"),
    vars: mapping("vars", false),
    varsAt,
    ccs: list("ccs", false),
    keywords: list("keywords", false),
    conference: { proceedings: conf.proceedings ?? "", line: conf.line ?? "", publisher: conf.publisher ?? "" },
    pages,
    permission: scalar(node("permission", false), "permission"),
    copyright: scalar(node("copyright", false), "copyright"),
  };
}

/**
 * paper.yaml's variables against the results, where they are defined: a
 * variable names a scale, method, condition or benchmark (`scale: 7B` for
 * summary.$scale.CAI.retention), and may not replace a set every template
 * uses ($methods, $scales, ...). Checked here, a `scale: 99B` is an error at
 * its line in paper.yaml rather than at the first placeholder that uses it.
 */
export function checkVars(front: FrontMatter, file: string, source: string, names: readonly string[], sets: readonly string[]): void {
  for (const [name, value] of Object.entries(front.vars)) {
    const at = front.varsAt[name];
    if (sets.includes(name)) throw errorAt(msg.varReplacesSet(name), file, source, at?.name.at ?? 0, at?.name.len ?? 1, msg.varHint(names));
    if (!/^[A-Za-z_]\w*$/.test(name)) throw errorAt(msg.badVarName(name), file, source, at?.name.at ?? 0, at?.name.len ?? 1, msg.varHint(names));
    if (!names.includes(value)) throw errorAt(msg.unknownVarValue(name, value, closest(value, names)), file, source, at?.value.at ?? 0, at?.value.len ?? 1, msg.varHint(names));
  }
}
