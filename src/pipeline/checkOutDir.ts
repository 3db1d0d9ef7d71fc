/**
 * The output folder (--out) of `build`, `watch` and `compute`, checked before
 * any work starts.
 *
 * Why: committing a build replaces every entry it writes in the output
 * folder (paper.html, site/, data/ ...) and deletes stale ones, so an output
 * folder that is, holds or lies inside the paper's source would overwrite
 * it: `--out templates` replaced templates/paper.html and deleted
 * templates/site/; `--out ""` resolved to the working folder. Paths are
 * compared where they really point, so a symlink to report/ is caught too.
 * A file in the way is reported here, before a build of many seconds, rather
 * than at the commit.
 */
import { statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/build.js";
import { describeFsError, isFsError } from "./fsError.js";
import { packageRoot } from "./packageRoot.js";
import { realPath } from "./realPath.js";
import { shownPath } from "../text/shownPath.js";

const where = { file: "(command line)", path: "--out" };

/** The folders the output folder must keep clear of: the report, and every templates folder a build could use. */
export function sourceFolders(reportDir: string): { kind: string; dir: string }[] {
  return [
    { kind: "report", dir: reportDir },
    { kind: "templates", dir: join(dirname(reportDir), "templates") },
    { kind: "templates", dir: join(packageRoot(), "templates") },
  ];
}

/** The absolute output folder for `out` (as typed), or a SafetyGapError saying why it cannot be one. */
export function checkOutDir(cwd: string, out: string, reportDir: string): string {
  if (out.trim() === "") throw new SafetyGapError(msg.outEmpty(), where, msg.outEmptyHint());
  const outDir = resolve(cwd, out);
  const shown = shownPath(cwd, outDir);
  let real: string;
  try {
    real = realPath(outDir);
    const stat = statSync(real, { throwIfNoEntry: false });
    if (stat && !stat.isDirectory()) throw new SafetyGapError(msg.outNotFolder(shown, msg.fsReason("EEXIST", real)), where, msg.outNotFolderHint());
  } catch (e) {
    if (!isFsError(e)) throw e;
    if (e.code === "ENOTDIR") throw new SafetyGapError(msg.outNotFolder(shown, describeFsError(e)), where, msg.outNotFolderHint());
    throw new SafetyGapError(msg.outWriteFailed(shown, describeFsError(e)), where, msg.outWriteFailedHint(e.code, dirname(outDir)));
  }
  for (const { kind, dir } of sourceFolders(reportDir)) {
    const source = realPath(dir);
    const relation = real === source ? "is" : isInside(real, source) ? "is inside" : isInside(source, real) ? "contains" : undefined;
    if (relation) throw new SafetyGapError(msg.outOverlapsSource(shown, relation, kind, shownPath(cwd, dir)), where, msg.outOverlapsSourceHint());
  }
  return outDir;
}

const isInside = (path: string, folder: string): boolean => {
  const r = relative(folder, path);
  return r !== "" && r !== ".." && !r.startsWith("../") && !isAbsolute(r);
};
