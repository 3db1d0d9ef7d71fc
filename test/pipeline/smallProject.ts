/** Test helper: a project folder with report/ and templates/ copied, the simulation shrunk (n = 40, 200 resamples) so a build runs in seconds. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const repo = join(import.meta.dirname, "..", "..");

export function smallProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "sg-build-"));
  cpSync(join(repo, "report"), join(dir, "report"), { recursive: true });
  cpSync(join(repo, "templates"), join(dir, "templates"), { recursive: true });
  const model = join(dir, "report", "model.yaml");
  writeFileSync(model, readFileSync(model, "utf8").replace(/^samplesPerCell: \d+/m, "samplesPerCell: 40").replace(/^ {2}resamples: \d+/m, "  resamples: 200"));
  return dir;
}
