/**
 * The renderer's only contact with the file system, injectable so tests can
 * render from memory and renderPaper stays a function of its inputs.
 */
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export interface Reader {
  text(path: string): string;
  bytes(path: string): Uint8Array;
  /** File names (not paths) in a directory, sorted. */
  list(dir: string): string[];
  /** Absolute path of a file inside an installed package, e.g. ("katex", "dist/katex.min.css"). */
  packageFile(pkg: string, file: string): string;
}

const require = createRequire(import.meta.url);

export const fsReader: Reader = {
  text: (p) => readFileSync(p, "utf8"),
  bytes: (p) => new Uint8Array(readFileSync(p)),
  list: (d) => readdirSync(d).sort(),
  packageFile: (pkg, file) => join(require.resolve(`${pkg}/package.json`).replace(/package\.json$/, ""), file),
};
