import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveOptions } from "../../src/pipeline/resolveOptions.js";
import { SafetyGapError } from "../../src/errors.js";

const repo = join(import.meta.dirname, "..", "..");

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "sg-options-"));
  cpSync(join(repo, "report", "model.yaml"), join(dir, "report", "model.yaml"));
  cpSync(join(repo, "templates"), join(dir, "templates"), { recursive: true });
  return dir;
}

describe("resolveOptions(flags)", () => {
  it("takes report/, templates/ and .cache/ beside each other, out/ by default", () => {
    const dir = project();
    expect(resolveOptions({ cwd: dir })).toMatchObject({
      reportDir: join(dir, "report"),
      templatesDir: join(dir, "templates"),
      outDir: join(dir, "out"),
      cacheDir: join(dir, ".cache", "safety-gap"),
    });
  });

  it("refuses an output folder that is, holds or lies inside the source (--out templates, report/out, '')", () => {
    const dir = project();
    for (const out of ["templates", "report", "report/out", "report/paper", "", "."]) {
      expect(() => resolveOptions({ cwd: dir, out }), JSON.stringify(out)).toThrow(SafetyGapError);
    }
  });
});
