/**
 * No file outside the report, the templates and the package may reach an
 * output: a symbolic link under report/ or templates/ (a git repository can
 * hold one, pointing at /etc/passwd or a key file) must point inside one of
 * them. Checked before a build or compute reads anything, so the linked
 * file is never read, not even for an error's excerpt. A dangling link is
 * left to the reader, which names it when a stage needs the file.
 */
import { existsSync, readdirSync, readlinkSync, realpathSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/build.js";
import { shownPath } from "../text/shownPath.js";

export function checkLinks(cwd: string, folders: string[]): void {
  const present = folders.filter((f) => existsSync(f));
  const roots = present.map((f) => realpathSync(f));
  const inside = (p: string): boolean =>
    roots.some((r) => {
      const rel = relative(r, p);
      return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
    });
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(p);
        } catch {
          continue;
        }
        if (!inside(target)) throw new SafetyGapError(msg.linkOutside(readlinkSync(p)), { file: shownPath(cwd, p) }, msg.linkOutsideHint());
      }
    }
  };
  for (const f of present) walk(f);
}
