/** A path as the user would type it: relative below the working folder, absolute elsewhere (error messages, reports). */
import { isAbsolute, relative } from "node:path";

export function shownPath(cwd: string, path: string): string {
  const r = relative(cwd, path);
  return r === "" ? "." : r === ".." || r.startsWith("../") || isAbsolute(r) ? path : r;
}
