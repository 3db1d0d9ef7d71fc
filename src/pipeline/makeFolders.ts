/**
 * `mkdir -p` that returns the first folder it created, one level at a time.
 *
 * Why not mkdirSync(path, { recursive: true }): on a filesystem that refuses
 * new folders with ENOENT although the parent exists (/proc), Node 20's
 * recursive mkdir retries forever instead of failing (a hung build for
 * `--out /proc/x`). Creating each missing level with a plain mkdir fails at
 * once with the operating system's error.
 */
import { lstatSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** Creates `path` and its missing parents; returns the topmost folder created, or undefined if it existed. */
export function makeFolders(path: string): string | undefined {
  const missing: string[] = [];
  for (let p = resolve(path); !lstatSync(p, { throwIfNoEntry: false }); p = dirname(p)) {
    missing.unshift(p);
    if (dirname(p) === p) break;
  }
  for (const p of missing) mkdirSync(p);
  return missing[0];
}
