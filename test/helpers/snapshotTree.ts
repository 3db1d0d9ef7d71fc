import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** Every file below `dir` by its relative path, as base64 of its bytes: two snapshots are equal when the trees are byte-identical. */
export function snapshotTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files[relative(dir, p)] = readFileSync(p).toString("base64");
    }
  };
  walk(dir);
  return files;
}
