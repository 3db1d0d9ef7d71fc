/**
 * Where a path really points, even when its last parts do not exist yet.
 *
 * Why: `out/` may be a symlink to another filesystem (a RAM disk, a mounted
 * volume). A staging folder made next to the link would sit on the wrong
 * filesystem, and renaming from it would fail with EXDEV; and a check that
 * `--out` is not the report folder must see through a link to it. So the
 * existing part of the path is resolved with realpath, a dangling link is
 * followed by hand, and the missing rest is appended.
 */
import { lstatSync, readlinkSync, realpathSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** Links followed by hand before giving up, as the kernel's own limit (ELOOP). */
const MAX_LINKS = 40;

export function realPath(path: string, linksLeft = MAX_LINKS): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  const parent = dirname(absolute);
  if (parent === absolute) return absolute; // the root always exists; unreachable in practice
  // A dangling symlink: the build would create its target, so that is where out/ is.
  if (isSymlink(absolute)) {
    if (linksLeft <= 0) throw Object.assign(new Error(`ELOOP: too many symbolic links, realpath '${absolute}'`), { code: "ELOOP", path: absolute });
    return realPath(resolve(realPath(parent, linksLeft), readlinkSync(absolute)), linksLeft - 1);
  }
  return join(realPath(parent, linksLeft), basename(absolute));
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
    // Stryker disable next-line BlockStatement: an emptied catch returns undefined, as falsy as false in the one caller's `if`
  } catch {
    return false;
  }
}
