/**
 * report/paper.yaml: title, authors, CCS concepts, keywords, the ACM
 * reference format, conference line and the permission/copyright block.
 * Text fields are inline Markdown (e.g. "**Computing methodologies**").
 */
import { parse as parseYaml } from "yaml";
import { errorAt } from "./markdown/errors.js";
import * as msg from "../messages/render.js";

export interface FrontMatter {
  title: string;
  authors: string[];
  year: string;
  /** Default template variables, e.g. { scale: "7B" }. */
  vars: Record<string, string>;
  ccs: string[];
  keywords: string[];
  conference: { proceedings: string; line: string; publisher: string };
  pages: number;
  permission: string;
  copyright: string;
}

export function parseFrontMatter(source: string, file: string): FrontMatter {
  let raw: Record<string, unknown>;
  try {
    raw = (parseYaml(source) as Record<string, unknown>) ?? {};
  } catch (e) {
    throw errorAt(msg.syntax((e as Error).message.split("\n")[0]!), file, source, 0, 1);
  }
  const need = (k: string): unknown => {
    if (raw[k] === undefined) throw errorAt(msg.missingFrontMatterField(file, k), file, source, 0, 1, msg.frontMatterHint());
    return raw[k];
  };
  const conf = (need("conference") ?? {}) as Record<string, string>;
  return {
    title: String(need("title")),
    authors: (need("authors") as unknown[]).map(String),
    year: String(need("year")),
    vars: Object.fromEntries(Object.entries((raw.vars ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)])),
    ccs: ((raw.ccs ?? []) as unknown[]).map(String),
    keywords: ((raw.keywords ?? []) as unknown[]).map(String),
    conference: { proceedings: String(conf.proceedings ?? ""), line: String(conf.line ?? ""), publisher: String(conf.publisher ?? "") },
    pages: Number(raw.pages ?? 0),
    permission: String(raw.permission ?? ""),
    copyright: String(raw.copyright ?? ""),
  };
}
