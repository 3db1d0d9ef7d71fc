/**
 * The renderer's only contact with the file system, injectable so tests can
 * render from memory and renderPaper stays a function of its inputs. Files
 * are read by src/input/readInput.ts (every fs error a SafetyGapError naming
 * the path and the fix, text strictly UTF-8); folders are listed here.
 */
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { SafetyGapError } from "../errors.js";
import { readInputBytes, readInputText, REPORT_FILE } from "../input/readInput.js";
import { shownPath as shownFromCwd } from "../text/shownPath.js";
import * as msg from "../messages/input.js";

export interface Reader {
  text(path: string): string;
  bytes(path: string): Uint8Array;
  /** File names (not paths) in a directory, sorted. */
  list(dir: string): string[];
  /** Absolute path of a file inside an installed package, e.g. ("katex", "dist/katex.min.css"). */
  packageFile(pkg: string, file: string): string;
}

const require = createRequire(import.meta.url);

/** Paths as the user would type them in error messages (relative to the cwd when inside it). */
export const shownPath = (p: string): string => shownFromCwd(process.cwd(), p);

function list(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const file = shownPath(dir);
    if (code === "ENOENT") throw new SafetyGapError(msg.folderNotFound(), { file }, msg.folderMissingHint());
    // A folder was expected (report/paper/) but a file stands there.
    if (code === "ENOTDIR") throw new SafetyGapError(msg.notAFolder(), { file }, msg.notAFolderHint());
    if (code === "EACCES" || code === "EPERM" || code === "ELOOP") throw new SafetyGapError(msg.cannotRead("the folder", code, ""), { file }, msg.cannotReadHint(code, "docs/writing.md"));
    throw e;
  }
}

/** Package folders found so far: a package does not move while the process runs, and resolving one costs a walk of node_modules. */
const packageDirs = new Map<string, string>();
function packageDir(pkg: string): string {
  let dir = packageDirs.get(pkg);
  if (dir === undefined) packageDirs.set(pkg, (dir = require.resolve(`${pkg}/package.json`).replace(/package\.json$/, "")));
  return dir;
}

export const fsReader: Reader = {
  text: (path) => readInputText(path, REPORT_FILE, shownPath(path)),
  bytes: (path) => readInputBytes(path, REPORT_FILE, shownPath(path)),
  list,
  packageFile: (pkg, file) => join(packageDir(pkg), file),
};
