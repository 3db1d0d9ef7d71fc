/**
 * The commit step of writeTreeAtomically: moves new top-level entries into
 * the output folder, all or nothing.
 *
 * Why not delete the old entry and rename the new one over it: a failure
 * part-way (a folder the user cannot write, another filesystem, a full
 * disk) would leave old entries deleted and a mix of two builds behind.
 * Here nothing is deleted: each old entry is first moved aside into
 * `backup` (a folder of the same commit, on the same filesystem), then the
 * new one moved in; on any failure every move done so far is undone in
 * reverse order, so the folder is as it was. Deleting the set-aside entries
 * is left to the caller, after success.
 */
import { lstatSync, renameSync } from "node:fs";
import { join } from "node:path";

export type Rename = (from: string, to: string) => void;

/** Undoing a failed swap failed too: `kept` (the backup folder) still holds entries that were not put back. */
export class UndoFailed extends Error {
  constructor(
    readonly failure: unknown,
    readonly undoFailure: unknown,
  ) {
    super("swapping the output entries failed, and undoing the swap failed too");
  }
}

/**
 * `names`: entries of `incoming` to move into `target`, each replacing the
 * entry of that name. `remove`: entries of `target` to move into `backup`
 * without a replacement (stale outputs). `rename` is renameSync; tests pass
 * one that fails on a chosen call.
 */
export function swapEntries(target: string, incoming: string, backup: string, names: readonly string[], remove: readonly string[], rename: Rename = renameSync): void {
  const done: [from: string, to: string][] = [];
  const move = (from: string, to: string): void => {
    rename(from, to);
    done.push([from, to]);
  };
  const setAside = (name: string): void => {
    if (lstatSync(join(target, name), { throwIfNoEntry: false })) move(join(target, name), join(backup, name));
  };
  try {
    for (const name of remove) setAside(name);
    for (const name of names) {
      setAside(name);
      move(join(incoming, name), join(target, name));
    }
  } catch (failure) {
    // Undo everything, even after one undo fails: each entry put back is one fewer to restore by hand.
    let undoFailure: unknown;
    for (const [from, to] of done.reverse()) {
      try {
        rename(to, from);
      } catch (e) {
        undoFailure ??= e;
      }
    }
    throw undoFailure === undefined ? failure : new UndoFailed(failure, undoFailure);
  }
}
