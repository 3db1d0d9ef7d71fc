import { describe, expect, it } from "vitest";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
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

  it("refuses a builtin paper's report folder without model.yaml, naming that file", () => {
    const dir = mkdtempSync(join(tmpdir(), "sg-options-"));
    mkdirSync(join(dir, "report"));
    try {
      expect(() => resolveOptions({ cwd: dir })).toThrow(
        expect.objectContaining({
          message: `no model.yaml in ${join(dir, "report")}`,
          where: { file: join(dir, "report", "model.yaml") },
          hint: "Run safety-gap in the project folder, or pass --report with the folder that holds model.yaml and paper/.",
        }),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("asks a command paper only for its report folder: refused when missing, no model.yaml needed", () => {
    const dir = mkdtempSync(join(tmpdir(), "sg-options-"));
    writeFileSync(join(dir, "safety-gap.config.yaml"), "results:\n  command: node sim.js\n");
    try {
      expect(() => resolveOptions({ cwd: dir })).toThrow(
        expect.objectContaining({
          message: `no report folder ${join(dir, "report")}`,
          where: { file: join(dir, "report") },
          hint: "Run safety-gap in the paper's folder, or set `report` in safety-gap.config.yaml (or pass --report) to the folder that holds paper/.",
        }),
      );
      mkdirSync(join(dir, "report"));
      expect(resolveOptions({ cwd: dir })).toMatchObject({ reportDir: join(dir, "report"), source: { kind: "command", argv: ["node", "sim.js"] } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("takes --report over the config's report, and the config's templates over templates/ beside report/", () => {
    const dir = project();
    try {
      cpSync(join(dir, "report"), join(dir, "other"), { recursive: true });
      cpSync(join(dir, "templates"), join(dir, "layouts"), { recursive: true });
      writeFileSync(join(dir, "safety-gap.config.yaml"), "templates: layouts\n");
      expect(resolveOptions({ cwd: dir, report: "other" })).toMatchObject({ reportDir: join(dir, "other"), templatesDir: join(dir, "layouts") });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("falls back to the package's templates when the project has none", () => {
    const dir = project();
    try {
      rmSync(join(dir, "templates"), { recursive: true });
      expect(resolveOptions({ cwd: dir }).templatesDir).toBe(join(repo, "templates"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("takes --workers, else the machine's parallelism; pdf, site and strict from flags over the config", () => {
    const dir = project();
    try {
      // 1234 is no machine's parallelism, so `flags.workers && availableParallelism()` would show.
      expect(resolveOptions({ cwd: dir, workers: 1234 }).workers).toBe(1234);
      expect(resolveOptions({ cwd: dir }).workers).toBe(availableParallelism());
      writeFileSync(join(dir, "safety-gap.config.yaml"), "output:\n  pdf: false\n  site: false\n");
      expect(resolveOptions({ cwd: dir })).toMatchObject({ pdf: false, site: false, strict: false });
      expect(resolveOptions({ cwd: dir, pdf: true, site: true, strict: true })).toMatchObject({ pdf: true, site: true, strict: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("sets pageSize only when the config names one", () => {
    const dir = project();
    try {
      expect(Object.keys(resolveOptions({ cwd: dir }))).not.toContain("pageSize");
      writeFileSync(join(dir, "safety-gap.config.yaml"), "pdf:\n  pageSize: A4\n");
      expect(resolveOptions({ cwd: dir }).pageSize).toBe("A4");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
