/**
 * parseMarkdown: text -> Page. Pure (no results, no file system). Front
 * matter (YAML between --- lines) becomes `data`; it is blanked rather than
 * cut so token line numbers still match the file.
 *
 * Front matter is checked, because what it gets wrong is silent: `rol:` or
 * `role: abstrct` made the file quietly not the abstract, and a missing
 * closing --- turned the YAML into a rule and a paragraph of the paper.
 */
import type { Token } from "markdown-it";
import { isMap, isScalar, parseDocument, type Node } from "yaml";
import { markdown } from "./md.js";
import { makeParseEnv } from "./env.js";
import { errorAt, yamlErrorAt } from "./errors.js";
import { checkKeys, nodeSpan, type YamlPlace } from "../yamlKeys.js";
import { closest } from "../../text/closest.js";
import * as msg from "../../messages/render.js";

export interface Page {
  file: string;
  source: string;
  /** Front matter, e.g. { role: "abstract" }. */
  data: Record<string, unknown>;
  /** markdown-it block tokens; custom types: placeholder, math_inline, math_block, crossref, citation, directive_open/close. */
  tokens: Token[];
}

/** Front matter keys and their values: `role: abstract` (the abstract slot), `numbered: false` (no section numbers). */
const ROLES = ["abstract"] as const;
const FRONT_MATTER_KEYS = ["role", "numbered"] as const;

/** `---` line, YAML (possibly empty), `---` line (or the end of the file). */
const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

function frontMatter(yaml: string, place: YamlPlace & { base: number }): Record<string, unknown> {
  const doc = parseDocument(yaml);
  if (doc.errors.length) throw yamlErrorAt(doc.errors[0]!, "the front matter", place.file, place.source, place.base);
  const root = doc.contents;
  if (root === null) return {};
  const fail = (n: Node | null | undefined, message: string): never => {
    const { at, len } = nodeSpan(n, place);
    throw errorAt(message, place.file, place.source, at, len, msg.markdownFrontMatterHint());
  };
  if (!isMap(root)) return fail(root, msg.frontMatterNotMapping("front matter"));
  checkKeys(root, FRONT_MATTER_KEYS, "front matter key", place, msg.markdownFrontMatterHint());
  const role = root.get("role", true) as Node | undefined;
  if (role !== undefined && !(isScalar(role) && (ROLES as readonly unknown[]).includes(role.value)))
    fail(role, msg.badFieldValue("role", isScalar(role) ? String(role.value) : String(role), ROLES.join(" or "), closest(isScalar(role) ? String(role.value) : "", ROLES)));
  const numbered = root.get("numbered", true) as Node | undefined;
  if (numbered !== undefined && !(isScalar(numbered) && typeof numbered.value === "boolean"))
    fail(numbered, msg.badFieldValue("numbered", isScalar(numbered) ? String(numbered.value) : String(numbered), "true or false"));
  return doc.toJS() as Record<string, unknown>;
}

export function parseMarkdown(input: string, file: string): Page {
  let body = input;
  let data: Record<string, unknown> = {};
  if (/^---[ \t]*\r?\n/.test(input)) {
    const fm = FRONT_MATTER.exec(input);
    if (!fm) throw errorAt(msg.unclosedFrontMatter(), file, input, 0, 3, msg.unclosedFrontMatterHint());
    data = frontMatter(fm[1] ?? "", { file, source: input, base: input.indexOf("\n") + 1 });
    body = fm[0].replace(/[^\n]/g, "") + input.slice(fm[0].length);
  }
  const env = makeParseEnv(file, input);
  const tokens = markdown().parse(body, env as unknown as Record<string, unknown>);
  return { file, source: input, data, tokens };
}
