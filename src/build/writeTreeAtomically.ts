/**
 * Replaces the files of an output folder all at once, so that a build that
 * fails half-way leaves the previous `out/` as it was.
 *
 * Why not write in place: a reader (or the watch server) would see a mix of
 * old and new files, and an error in the PDF step would leave a new HTML
 * beside an old PDF. Instead every file is written into a sibling staging
 * folder on the same filesystem, then each top-level entry is renamed over
 * the old one (rename is atomic per entry on POSIX). Entries of `outDir`
 * that the build does not produce are kept (e.g. a user's notes, or outputs
 * of another command such as `compute` when only `render` ran).
 */
import { mkdirSync, writeFileSync, renameSync, rmSync, mkdtempSync, readdirSync, existsSync } from "node:fs";
import { dirname, join, resolve, basename } from "node:path";

export type OutputFiles = Map<string, string | Uint8Array>;

/**
 * `stale`: top-level entries this build would have produced but did not
 * (e.g. paper.pdf with --no-pdf), removed so that out/ never pairs a new
 * HTML with an old PDF.
 */
export function writeTreeAtomically(outDir: string, files: OutputFiles, stale: string[] = []): void {
  const target = resolve(outDir);
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}.staging-`));
  try {
    for (const [rel, data] of files) {
      if (rel.startsWith("/") || rel.split("/").includes("..")) throw new Error(`output path escapes the output folder: ${rel}`);
      const p = join(staging, rel);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, data);
    }
    mkdirSync(target, { recursive: true });
    for (const entry of stale) if (!files.has(entry)) rmSync(join(target, entry), { recursive: true, force: true });
    for (const entry of readdirSync(staging)) {
      const to = join(target, entry);
      // A folder entry (e.g. data/, site/) is replaced whole: stale files inside it go too.
      if (existsSync(to)) rmSync(to, { recursive: true, force: true });
      renameSync(join(staging, entry), to);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
