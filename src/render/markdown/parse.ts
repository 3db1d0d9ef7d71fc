/**
 * parseMarkdown: text -> Page. Pure (no results, no file system). Front
 * matter (YAML between --- lines) becomes `data`; it is blanked rather than
 * cut so token line numbers still match the file.
 */
import type { Token } from "markdown-it";
import { parse as parseYaml } from "yaml";
import { markdown } from "./md.js";
import { makeParseEnv } from "./env.js";
import { errorAt } from "./errors.js";
import * as msg from "../../messages/render.js";

export interface Page {
  file: string;
  source: string;
  /** Front matter, e.g. { role: "abstract" }. */
  data: Record<string, unknown>;
  /** markdown-it block tokens; custom types: placeholder, math_inline, math_block, crossref, citation, directive_open/close. */
  tokens: Token[];
}

export function parseMarkdown(input: string, file: string): Page {
  let body = input;
  let data: Record<string, unknown> = {};
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(input);
  if (fm) {
    try {
      data = (parseYaml(fm[1]!) as Record<string, unknown> | null) ?? {};
    } catch (e) {
      throw errorAt(msg.syntax(`front matter: ${(e as Error).message.split("\n")[0]}`), file, input, 4, 1);
    }
    body = fm[0].replace(/[^\n]/g, "") + input.slice(fm[0].length);
  }
  const env = makeParseEnv(file, input);
  const tokens = markdown().parse(body, env as unknown as Record<string, unknown>);
  return { file, source: input, data, tokens };
}
