/**
 * Replaces the files of an output folder all at once, so that a build that
 * fails half-way leaves the previous `out/` as it was, byte for byte.
 *
 * Why not write in place: a reader (or the watch server) would see a mix of
 * old and new files, and an error in the PDF step would leave a new HTML
 * beside an old PDF. Instead every file is written into a commit folder
 * beside the output folder, then each top-level entry is swapped in by
 * rename, the old one moved aside first and everything undone on a failure
 * (swapEntries). Entries of `outDir` that the build does not produce are
 * kept (e.g. a user's notes, or outputs of another command such as
 * `compute` when only `render` ran).
 *
 * The commit folder sits beside where `outDir` really points (a symlink to
 * a RAM disk, say), or inside it when it is a mount point: rename only works
 * within one filesystem. Failures of the disk (permissions, space, a file in
 * the way) are the user's to fix and become SafetyGapErrors naming the
 * folder; the commit folder is removed whatever happens, unless it holds
 * old entries an undo could not put back.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/build.js";
import { checkReplaceable } from "./checkReplaceable.js";
import { makeFolders } from "./makeFolders.js";
import { describeFsError, isFsError, type FsError } from "./fsError.js";
import { realPath } from "./realPath.js";
import { shownPath } from "../text/shownPath.js";
import { UndoFailed, swapEntries, type Rename } from "./swapEntries.js";

export type OutputFiles = Map<string, string | Uint8Array>;

/**
 * `stale`: top-level entries this build would have produced but did not
 * (e.g. paper.pdf with --no-pdf), removed so that out/ never pairs a new
 * HTML with an old PDF. `rename` is for tests (see swapEntries).
 */
// Stryker disable next-line ArrayDeclaration: a default list of one name no output folder has in the tests is the empty list to them
export function writeTreeAtomically(outDir: string, files: OutputFiles, stale: string[] = [], rename?: Rename): void {
  // A path escaping the folder is a bug of the caller: refused before the disk is touched.
  for (const rel of files.keys()) if (rel.startsWith("/") || rel.split("/").includes("..")) throw new Error(`output path escapes the output folder: ${rel}`);
  const shown = shownPath(process.cwd(), resolve(outDir));
  const names = [...new Set([...files.keys()].map((rel) => rel.split("/")[0] as string))].sort();
  // Stryker disable next-line MethodExpression: swapEntries sets the removed entries aside first, so one also produced is moved in after all
  const remove = stale.filter((entry) => !names.includes(entry));
  let target = resolve(outDir);
  let created: string | undefined;
  let commit: string | undefined;
  try {
    target = realPath(outDir);
    if (statSync(target, { throwIfNoEntry: false })?.isDirectory() === false) {
      throw new SafetyGapError(msg.outNotFolder(shown, msg.fsReason("EEXIST", target)), { file: shown }, msg.outNotFolderHint());
    }
    try {
      checkReplaceable(target, [...names, ...remove]);
    } catch (e) {
      const inside = (name: string): boolean => isFsError(e) && (e.path === join(target, name) || e.path?.startsWith(`${join(target, name)}/`) === true);
      const entry = [...names, ...remove].find(inside);
      if (entry === undefined) throw e; // the output folder itself: reported below like any write failure
      throw new SafetyGapError(msg.outNotReplaceable(shown, entry, describeFsError(e as FsError)), { file: shown }, msg.outNotReplaceableHint(join(shown, entry)));
    }
    created = makeFolders(target);
    commit = mkdtempSync(join(commitParent(target), `.${basename(target)}.commit-`));
    const incoming = join(commit, "new");
    const backup = join(commit, "old");
    mkdirSync(backup);
    for (const [rel, data] of files) {
      const p = join(incoming, rel);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, data);
    }
    swapEntries(target, incoming, backup, names, remove, rename);
  } catch (e) {
    const kept = e instanceof UndoFailed ? commit : undefined;
    if (!kept) {
      removeQuietly(commit);
      // A folder this call created (the output folder or its parents) holds nothing of the user's.
      removeQuietly(created);
    }
    throw asUserError(e, shown, target, kept);
  }
  try {
    rmSync(commit, { recursive: true });
  } catch (e) {
    if (!isFsError(e)) throw e;
    throw new SafetyGapError(msg.outPreviousLeft(shown, join(commit, "old"), describeFsError(e)), { file: shown }, msg.outPreviousLeftHint(join(commit, "old")));
  }
}

/** Beside the output folder, or inside it when it is a mount point (rename cannot cross filesystems). */
function commitParent(target: string): string {
  const parent = dirname(target);
  return statSync(parent).dev === statSync(target).dev ? parent : target;
}

function removeQuietly(path: string | undefined): void {
  if (path === undefined) return;
  try {
    rmSync(path, { recursive: true });
  } catch {
    // Cleaning up after a failure must not hide the failure itself.
  }
}

function asUserError(e: unknown, shown: string, target: string, kept: string | undefined): unknown {
  if (e instanceof UndoFailed && kept !== undefined) {
    const why = (x: unknown): string => (isFsError(x) ? describeFsError(x) : String(x));
    return new SafetyGapError(msg.outRestoreFailed(shown, why(e.failure), why(e.undoFailure), join(kept, "old")), { file: shown }, msg.outRestoreFailedHint(join(kept, "old")));
  }
  if (!isFsError(e)) return e;
  if (e.code === "ENOTDIR" || e.code === "EEXIST") return new SafetyGapError(msg.outNotFolder(shown, describeFsError(e)), { file: shown }, msg.outNotFolderHint());
  return new SafetyGapError(msg.outWriteFailed(shown, describeFsError(e)), { file: shown }, msg.outWriteFailedHint(e.code, dirname(target)));
}
