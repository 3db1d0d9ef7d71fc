/**
 * The tests write only into temporary folders, never into the repository
 * (docs/contributing.md): `npm test` (scripts/test.js) lists every file of
 * the checkout with its size and modification time before vitest and after
 * it, and fails, naming the files, when anything was added, removed or
 * changed. Git-ignored output counts too (a test that leaves screenshots in
 * out/, or a stage cache in .cache/, is caught), but not what the run itself
 * writes: node_modules/ (ESLint's and tsc's caches), dist/ (compiled before
 * the tests, and again by the tests of the compiler), nor what a mutation run
 * beside it writes (Stryker's folders, .cache/mutation/, a log in the root).
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const SKIPPED = new Set([".git", "node_modules", "dist", ".stryker-tmp", "reports", ".cache/mutation"]);
const skipped = (path) => SKIPPED.has(path) || (!path.includes("/") && path.endsWith(".log"));

/** Each file below `root` (but those `skipped`) mapped to "size mtimeMs". */
export function listRepository(root) {
  const files = new Map();
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (skipped(relative(root, path))) continue;
      if (e.isDirectory()) walk(path);
      else {
        // A file removed while listed (a test's own temporary file) is left out, as if listed a moment later.
        const st = statSync(path, { throwIfNoEntry: false });
        if (st !== undefined) files.set(relative(root, path), `${st.size} ${st.mtimeMs}`);
      }
    }
  };
  walk(root);
  return files;
}

/** What changed between two listings: "+ path" added, "- path" removed, "~ path" changed, in path order. */
export function changes(before, after) {
  const out = [];
  for (const [path, v] of after) {
    if (!before.has(path)) out.push(["+", path]);
    else if (before.get(path) !== v) out.push(["~", path]);
  }
  for (const path of before.keys()) if (!after.has(path)) out.push(["-", path]);
  return out.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)).map(([sign, path]) => `${sign} ${path}`);
}

/** The message for a run that changed the repository: at most `shown` paths, then how many more. */
export function changedMessage(changed, shown = 20) {
  const more = changed.length > shown ? `\n  ... and ${changed.length - shown} more` : "";
  return `npm test: the tests changed the repository (they must write only into temporary folders):\n  ${changed.slice(0, shown).join("\n  ")}${more}`;
}
