/** Test helper: a copy of report/published.yaml with exact text replacements (each must match once). */
import { readFileSync } from "node:fs";
import { parsePublished } from "../../src/review/published/loadPublished.js";
import type { Published } from "../../src/review/published/types.js";

export const PUBLISHED_FILE = new URL("../../report/published.yaml", import.meta.url).pathname;
export const CLAIMS_FILE = new URL("../../report/claims.yaml", import.meta.url).pathname;
export const publishedSource = (): string => readFileSync(PUBLISHED_FILE, "utf8");

/** [from, to] must match exactly once; [from, to, "all"] at least once, replacing every match. */
export type Replacement = [string, string] | [string, string, "all"];

export function doctorSource(replacements: Replacement[], source = publishedSource()): string {
  let text = source;
  for (const [from, to, all] of replacements) {
    const count = text.split(from).length - 1;
    if (all ? count < 1 : count !== 1) throw new Error(`doctor: '${from}' occurs ${count} times in published.yaml`);
    text = all ? text.replaceAll(from, to) : text.replace(from, to);
  }
  return text;
}

export function doctored(replacements: Replacement[]): Published {
  return parsePublished(doctorSource(replacements), "published.doctored.yaml");
}
