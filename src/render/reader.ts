/**
 * The renderer's only contact with the file system, injectable so tests can
 * render from memory and renderPaper stays a function of its inputs.
 *
 * fsReader turns every way a report file can be unreadable (missing, a
 * folder, a broken or looping symbolic link, no permission, not UTF-8) into
 * a SafetyGapError naming the path and the fix: these are the user's files,
 * so an fs error escaping as an "internal error" with a stack trace was a
 * bug.
 */
import { lstatSync, readFileSync, readdirSync, readlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { SafetyGapError } from "../errors.js";
import { decodeUtf8 } from "../text/utf8.js";
import { shownPath as shownFromCwd } from "../text/shownPath.js";
import * as msg from "../messages/render.js";

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

/** The symbolic link's target when `path` is a link, else undefined (also when it cannot be inspected). */
function linkTarget(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/** An fs error on `path` as the user's problem, or rethrown when it is not one (then it is our bug). */
function unreadable(path: string, e: unknown, folder: boolean): never {
  const code = (e as NodeJS.ErrnoException).code;
  const file = shownPath(path);
  const fail = (message: string, hint: string): never => {
    throw new SafetyGapError(message, { file }, hint);
  };
  switch (code) {
    case "ENOENT": {
      // readFileSync follows links: a link whose target is gone reports ENOENT for the link itself.
      const target = linkTarget(path);
      if (target !== undefined) return fail(msg.danglingLink(target), msg.linkHint());
      return fail(folder ? msg.folderNotFound() : msg.fileNotFound(), msg.missingHint());
    }
    case "ELOOP":
      return fail(msg.linkLoop(), msg.linkHint());
    case "EISDIR":
      return fail(msg.isAFolder(), msg.isAFolderHint());
    case "ENOTDIR":
      // A folder was expected (report/paper/) but a file stands there, or a path component is a file.
      return fail(folder ? msg.notAFolder() : msg.fileNotFound(), folder ? msg.notAFolderHint() : msg.missingHint());
    case "EACCES":
    case "EPERM":
      return fail(msg.cannotRead("permission denied"), msg.cannotReadHint());
  }
  throw e;
}

function readBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    return unreadable(path, e, false);
  }
}

/** The file's text; invalid UTF-8 stops the build at the first bad byte (no silent U+FFFD). */
function readText(path: string): string {
  const d = decodeUtf8(readBytes(path));
  if (d.ok) return d.text;
  throw new SafetyGapError(msg.invalidUtf8(d.bytes, d.byte), { file: shownPath(path), line: d.line, column: d.column, source: d.replaced }, msg.invalidUtf8Hint());
}

export const fsReader: Reader = {
  text: readText,
  bytes: readBytes,
  list: (d) => {
    try {
      return readdirSync(d).sort();
    } catch (e) {
      return unreadable(d, e, true);
    }
  },
  packageFile: (pkg, file) => join(require.resolve(`${pkg}/package.json`).replace(/package\.json$/, ""), file),
};
