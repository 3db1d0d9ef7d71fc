/** Test helper: a project folder with report/ and templates/ copied, the simulation shrunk (n = 40, 200 resamples) so a build runs in seconds. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sharedBuild, type SharedBuild } from "../helpers/sharedBuild.js";

const repo = join(import.meta.dirname, "..", "..");

/** n = 40 per cell and 200 resamples in the copy's report/model.yaml. */
function shrink(project: string): void {
  const model = join(project, "report", "model.yaml");
  writeFileSync(model, readFileSync(model, "utf8").replace(/^samplesPerCell: \d+/m, "samplesPerCell: 40").replace(/^ {2}resamples: \d+/m, "  resamples: 200"));
}

export function smallProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "sg-build-"));
  cpSync(join(repo, "report"), join(dir, "report"), { recursive: true });
  cpSync(join(repo, "templates"), join(dir, "templates"), { recursive: true });
  shrink(dir);
  return dir;
}

let built: Promise<SharedBuild> | undefined;

/**
 * smallProject() with the stage cache of one build of it, made once for all
 * test files (../helpers/sharedBuild.ts): compute, the figures, the reference
 * list and the PDF of the unchanged page are reused, so a test that is not
 * about those stages builds only what its case changes.
 */
export async function smallProjectCached(): Promise<string> {
  built ??= sharedBuild({ name: "small-project", prepare: shrink });
  const dir = smallProject();
  cpSync((await built).cache, join(dir, ".cache"), { recursive: true });
  return dir;
}
