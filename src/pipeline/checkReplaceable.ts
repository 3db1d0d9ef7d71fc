/**
 * Checks, before a commit moves anything, that the entries it replaces or
 * removes in the output folder can be moved aside and then deleted.
 *
 * Why: a commit that fails part-way is undone (swapEntries), but one that
 * succeeds and then cannot delete the old entries (a folder inside them the
 * user cannot write, e.g. after `chmod 555 out/site`) would leave a copy of
 * them behind. Moving a folder to another parent also needs write access to
 * the folder itself (its `..` entry changes), and deleting what is inside
 * needs write access to every folder below it. Symlinks are not followed:
 * deleting a link leaves what it points to alone.
 */
import { R_OK, W_OK, X_OK } from "node:constants";
import { accessSync, lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Throws the fs error (EACCES, EROFS, ...) of the first folder that cannot be emptied. */
export function checkReplaceable(target: string, entries: readonly string[]): void {
  if (!lstatSync(target, { throwIfNoEntry: false })) return; // a new folder: nothing to replace
  accessSync(target, W_OK | X_OK);
  for (const entry of entries) {
    const path = join(target, entry);
    if (lstatSync(path, { throwIfNoEntry: false })?.isDirectory()) checkFolder(path);
  }
}

function checkFolder(dir: string): void {
  accessSync(dir, R_OK | W_OK | X_OK);
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) checkFolder(join(dir, e.name));
}
