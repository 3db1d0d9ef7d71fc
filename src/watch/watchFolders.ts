/**
 * Calls `onChange` once per burst of file changes under the given folders.
 * Editors write a file in several steps (truncate, write, rename), each step
 * microseconds after the last; a quiet period of a few milliseconds folds
 * them into one rebuild and adds next to nothing to the time an edit takes
 * to reach the browser. Changes that come while a rebuild runs are folded by
 * the caller (watch mode runs one rebuild for all of them).
 *
 * Each folder of the tree is watched on its own, not the files: Node 20's
 * `fs.watch(..., { recursive: true })` on Linux watches every file's inode,
 * so after a save by rename (editor safe-save, `sed -i`, `mv`) it keeps
 * watching the replaced file and misses every later save. A folder's watch
 * sees its entries come and go whatever their inode. After each burst the
 * tree is listed again: folders created since are watched, folders replaced
 * are watched anew, and files that appeared and vanished within the burst
 * (an editor's or sed's temporary file) are not reported. Where file events
 * cannot be had (too many watches, a file system without them), the listing
 * is polled instead.
 */
import { readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import { join } from "node:path";

export interface FolderWatcher {
  close(): void;
}

/**
 * A folder watched for some of its files only: those `accept` takes, in
 * subfolders `skipDir` does not refuse (e.g. a paper's root, for the files a
 * results command declares, but not its out/ or node_modules/).
 */
export interface WatchedTree {
  dir: string;
  accept(path: string): boolean;
  skipDir(path: string): boolean;
}

const WHOLE = { accept: () => true, skipDir: () => false };

export interface WatchOptions {
  /** Quiet period that ends a burst of events (ms). */
  quietMs?: number;
  /** Poll the folders every `pollMs` instead of relying on file events. */
  pollMs?: number;
}

/** Poll interval when watching a folder fails (e.g. ENOSPC: the inotify watch limit). */
const FALLBACK_POLL_MS = 500;

/** Editor swap/backup files are not sources. */
const IGNORED = /(^|[/\\])(\.#|#)|~$|\.sw[px]$/;

/** What identifies a file's content without reading it: a save by rename changes the inode, one in place the size or time. */
interface Listing {
  files: Map<string, string>;
  /**
   * Folder path -> its identity (inode and birth time), so a folder replaced by another of the same
   * name is watched anew: a folder removed and made again at once often gets the freed inode back.
   */
  dirs: Map<string, string>;
}

function list(folders: readonly (string | WatchedTree)[]): Listing {
  const files = new Map<string, string>();
  const dirs = new Map<string, string>();
  const visit = (dir: string, tree: Omit<WatchedTree, "dir">): void => {
    let names: string[];
    try {
      const s = statSync(dir);
      dirs.set(dir, `${s.ino}:${s.birthtimeMs}`);
      names = readdirSync(dir);
    } catch {
      // Removed while listing: the next burst sees it gone.
      dirs.delete(dir);
      return;
    }
    for (const name of names) {
      if (IGNORED.test(name)) continue;
      const path = join(dir, name);
      try {
        const s = statSync(path);
        if (s.isDirectory()) {
          if (!tree.skipDir(path)) visit(path, tree);
        } else if (s.isFile() && tree.accept(path)) files.set(path, `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`);
      } catch {
        // Gone between readdir and stat (a temporary file): not a source.
      }
    }
  };
  for (const f of folders) {
    if (typeof f === "string") visit(f, WHOLE);
    else visit(f.dir, f);
  }
  return { files, dirs };
}

export function watchFolders(folders: readonly (string | WatchedTree)[], onChange: (changed: string[]) => void, options: WatchOptions = {}): FolderWatcher {
  const quietMs = options.quietMs ?? 8;
  let known = list(folders);
  /** Files named by events since the last report. */
  let named = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let poller: NodeJS.Timeout | undefined;
  let closed = false;
  const watchers = new Map<string, { id: string; watcher: FSWatcher }>();

  const schedule = (): void => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, quietMs);
  };

  const startPolling = (ms: number): void => {
    if (poller || closed) return;
    for (const w of watchers.values()) w.watcher.close();
    watchers.clear();
    // A burst ends at the first poll that sees nothing new since the one before.
    let last = known;
    poller = setInterval(() => {
      const now = list(folders);
      const moving = !sameFiles(now, last);
      last = now;
      if (!moving && !sameFiles(now, known)) flush();
    }, ms);
  };

  /** Watches every folder in `dirs` not watched yet (or replaced); false when file events are unavailable. */
  const attach = (dirs: Map<string, string>): boolean => {
    for (const [dir, w] of watchers) {
      if (dirs.get(dir) === w.id) continue;
      w.watcher.close();
      watchers.delete(dir);
    }
    for (const [dir, id] of dirs) {
      if (watchers.has(dir)) continue;
      let watcher: FSWatcher;
      try {
        watcher = watch(dir, (_event, name) => {
          if (name && IGNORED.test(name)) return;
          if (name) named.add(join(dir, name));
          schedule();
        });
      } catch {
        return false;
      }
      // A watched folder that is removed may report an error: list again instead of crashing.
      watcher.on("error", () => {
        watcher.close();
        if (watchers.get(dir)?.watcher === watcher) watchers.delete(dir);
        schedule();
      });
      watchers.set(dir, { id, watcher });
    }
    return true;
  };

  function flush(): void {
    timer = undefined;
    if (closed) return;
    let now = list(folders);
    if (!poller && !attach(now.dirs)) startPolling(FALLBACK_POLL_MS);
    // Files written into a new folder before its watch started are found by listing again.
    else if (!poller && [...now.dirs.keys()].some((d) => !known.dirs.has(d))) now = list(folders);
    const changed = new Set<string>();
    // A file named by an event counts if it is a file now or was one before the burst; one that did both neither is transient.
    for (const path of named) if (now.files.has(path) || known.files.has(path)) changed.add(path);
    for (const [path, id] of now.files) if (known.files.get(path) !== id) changed.add(path);
    for (const path of known.files.keys()) if (!now.files.has(path)) changed.add(path);
    named = new Set();
    known = now;
    if (changed.size > 0) onChange([...changed].sort());
  }

  if (options.pollMs !== undefined) startPolling(options.pollMs);
  else if (!attach(known.dirs)) startPolling(FALLBACK_POLL_MS);

  return {
    close: () => {
      closed = true;
      if (timer) clearTimeout(timer);
      if (poller) clearInterval(poller);
      for (const w of watchers.values()) w.watcher.close();
      watchers.clear();
    },
  };
}

function sameFiles(a: Listing, b: Listing): boolean {
  if (a.files.size !== b.files.size) return false;
  for (const [path, id] of a.files) if (b.files.get(path) !== id) return false;
  return true;
}
