/**
 * Test helper: a small published.yaml, parsed as the real one is, so a rule's
 * test states the few numbers it is about and asserts the exact finding.
 * Empty sections may be left out here; the schema requires them, so they are
 * added before parsing.
 */
import { parsePublished } from "../../../src/review/published/loadPublished.js";
import type { Published } from "../../../src/review/published/types.js";

export const SMALL_FILE = "small.yaml";

export function smallSource(yaml: string): string {
  let src = yaml.replace(/^\n/, "");
  for (const section of ["design: {}", "tables: []", "text: []", "statements: []"]) {
    const name = section.split(":")[0]!;
    if (!new RegExp(`^${name}:`, "m").test(src)) src += `${section}\n`;
  }
  return src;
}

export const small = (yaml: string): Published => parsePublished(smallSource(yaml), SMALL_FILE);
