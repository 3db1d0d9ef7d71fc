/**
 * Calls `onChange` once per burst of file changes under the given folders.
 * Editors write a file in several steps (truncate, write, rename); a short
 * quiet period folds them into one rebuild.
 */
import { watch, type FSWatcher, existsSync } from "node:fs";
import { join } from "node:path";

export interface FolderWatcher {
  close(): void;
}

export function watchFolders(folders: string[], onChange: (changed: string[]) => void, quietMs = 40): FolderWatcher {
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const watchers: FSWatcher[] = folders
    .filter((f) => existsSync(f))
    .map((folder) =>
      watch(folder, { recursive: true }, (_event, name) => {
        // Editor swap/backup files are not sources.
        if (name && /(^|\/)(\.#|#)|~$|\.sw[px]$/.test(name)) return;
        pending.add(name ? join(folder, name) : folder);
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          const changed = [...pending].sort();
          pending = new Set();
          onChange(changed);
        }, quietMs);
      }),
    );
  return {
    close: () => {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
