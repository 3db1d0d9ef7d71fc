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
import * as z from "zod";
import { markdown } from "./md.js";
import { makeParseEnv } from "./env.js";
import { errorAt } from "./errors.js";
import { parseYaml } from "../../input/parseYaml.js";
import { validateYaml } from "../../input/validateYaml.js";
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
export const markdownFrontMatterSchema = z.strictObject({
  role: z.enum(["abstract"]).optional(),
  numbered: z.boolean().optional(),
});

/** `---` line, YAML (possibly empty), `---` line (or the end of the file). */
const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

function frontMatter(text: string, file: string, source: string, base: number): Record<string, unknown> {
  const y = parseYaml({ file, source, base, text, what: "the front matter", part: "the front matter" });
  if (y.data === null) return {};
  return validateYaml(y, markdownFrontMatterSchema, "docs/writing.md");
}

export function parseMarkdown(input: string, file: string): Page {
  let body = input;
  let data: Record<string, unknown> = {};
  if (/^---[ \t]*\r?\n/.test(input)) {
    const fm = FRONT_MATTER.exec(input);
    if (!fm) throw errorAt(msg.unclosedFrontMatter(), file, input, 0, 3, msg.unclosedFrontMatterHint());
    data = frontMatter(fm[1] ?? "", file, input, input.indexOf("\n") + 1);
    body = fm[0].replace(/[^\n]/g, "") + input.slice(fm[0].length);
  }
  const env = makeParseEnv(file, input);
  const tokens = markdown().parse(body, env as unknown as Record<string, unknown>);
  return { file, source: input, data, tokens };
}
