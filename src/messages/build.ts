/** Messages of the build orchestration, `build` and `watch`. */
export const noModelFile = (reportDir: string): string => `no model.yaml in ${reportDir}`;
export const noReportFolder = (reportDir: string): string => `no report folder ${reportDir}`;
export const noReportFolderHint = (): string => "Run safety-gap in the paper's folder, or set `report` in safety-gap.config.yaml (or pass --report) to the folder that holds paper/.";
export const noModelFileHint = (): string => "Run safety-gap in the project folder, or pass --report with the folder that holds model.yaml and paper/.";

export const figureSpecMissing = (id: string): string => `the text places figure '${id}', but report/figures/${id}.vl.json does not exist`;
export const figureSpecMissingHint = (id: string): string => `Create report/figures/${id}.vl.json or correct the figure id.`;

export const claimsFailStrict = (count: number, file: string): string => `${count} claim(s) of ${file} fail against the reproduction (--strict)`;
export const claimsFailStrictHint = (): string => "Fix the parameters or the claim, or build without --strict to see them as warnings.";

export const pageCountDiffers = (stated: number, printed: number): string =>
  `report/paper.yaml states ${stated} pages (the ACM reference line), but the PDF has ${printed}: set \`pages: ${printed}\``;

// The output folder (--out), written at the end all at once (src/pipeline/writeTreeAtomically.ts).
export const outNotFolder = (out: string, reason: string): string => `the output folder ${out} is not a folder: ${reason}`;
export const outNotFolderHint = (): string => "Remove or rename the file in the way, or choose another --out folder.";

const FS_REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOENT: "no such file or folder (or one that cannot hold files)",
  ENOTDIR: "a file is in the way of a folder",
  EEXIST: "a file is in the way",
  EXDEV: "on another file system",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "path too long",
  EBUSY: "in use (a mount point?)",
  EISDIR: "a folder is in the way of a file",
  ENOTEMPTY: "a folder is in the way",
};
/** An operating-system error in words, with its code and the path it is about. */
export const fsReason = (code: string, path?: string): string => `${FS_REASONS[code] ?? "failed"} (${code}${path ? `: ${path}` : ""})`;
export const outWriteFailed = (out: string, reason: string): string => `cannot write the output folder ${out}: ${reason}; it was left as it was`;
export const outWriteFailedHint = (code: string, parent: string): string =>
  code === "EACCES" || code === "EPERM" || code === "EROFS"
    ? `The build writes beside the output folder, in ${parent}, then moves each entry in: make both writable for you, or choose another --out folder.`
    : code === "ENOSPC" || code === "EDQUOT"
      ? "Free some space, or choose an --out folder on another disk."
      : "Choose an --out folder on a normal, writable disk (e.g. `--out out`).";
export const outNotReplaceable = (out: string, entry: string, reason: string): string =>
  `cannot replace ${entry} in the output folder ${out}: ${reason}; it was left as it was`;
export const outNotReplaceableHint = (entry: string): string =>
  `Make ${entry} and the folders inside it writable for you (chmod -R u+w ${entry}), or remove it, or choose another --out folder.`;
export const outRestoreFailed = (out: string, reason: string, restoreReason: string, kept: string): string =>
  `cannot write the output folder ${out}: ${reason}; putting its previous entries back failed too (${restoreReason}): what was not put back is in ${kept}`;
export const outRestoreFailedHint = (kept: string): string => `Move the entries of ${kept} back into the output folder by hand, or build again.`;
export const outPreviousLeft = (out: string, kept: string, reason: string): string =>
  `wrote the output folder ${out}, but could not delete its previous entries, moved to ${kept}: ${reason}`;
export const outPreviousLeftHint = (kept: string): string => `Delete ${kept} (make it writable first if needed: chmod -R u+w ${kept}).`;

// ... and checked before a build starts (src/pipeline/checkOutDir.ts).
export const outEmpty = (): string => "the output folder is empty";
export const outEmptyHint = (): string => "Pass a folder, e.g. `--out out-draft`, or drop --out to write to out/ (the default).";
export const outOverlapsSource = (out: string, relation: "is" | "is inside" | "contains", kind: string, folder: string): string =>
  `${out} ${relation} the ${kind} folder${folder === out ? "" : ` ${folder}`}: the build replaces what it writes in the output folder, so it would overwrite the paper's source`;
export const outOverlapsSourceHint = (): string => "Choose a separate output folder, e.g. `--out out` (the default) or `--out out-draft`.";

// The stage cache (src/pipeline/stageCache.ts).
export const cacheWriteFailed = (dir: string, reason: string): string => `cannot write the stage cache ${dir}: ${reason}`;
export const cacheWriteFailedHint = (dir: string): string => `Make ${dir} writable for you, or delete it (it is only a cache), then build again.`;

// Symbolic links out of the source folders (src/pipeline/checkLinks.ts).
export const linkOutside = (target: string): string =>
  `a symbolic link to ${target}, outside the report and templates folders: a build reads no file outside the report, the templates and the package`;
export const linkOutsideHint = (): string => "Replace the link by a copy of the file, or point it at a file inside report/ or templates/.";
