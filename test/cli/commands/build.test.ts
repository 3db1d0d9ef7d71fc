/**
 * `safety-gap build`'s output folder from the command line: refused when it
 * is (in) the source or a file, committed through a symlink to another
 * filesystem, and left byte for byte as it was when the commit fails.
 */
import { describe, expect, it } from "vitest";
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../review/cliHarness.js";
import { snapshotTree } from "../../helpers/snapshotTree.js";
import { smallProject, smallProjectCached } from "../../pipeline/smallProject.js";
import { canRunUnprivileged, giveAway, runUnprivileged } from "../unprivileged.js";


describe("safety-gap build --out", () => {
  it("refuses the source folders and an empty --out with exit 2 before building (templates/ untouched)", async () => {
    const project = smallProject();
    const templates = snapshotTree(join(project, "templates"));
    for (const out of ["templates", "templates/site", "report", "report/out", "report/paper", "", "."]) {
      const r = await runCli(["build", "--out", out, "--no-pdf", "--quiet"], project);
      expect(r.code, out).toBe(2);
      expect(r.stderr, out).toMatch(/^safety-gap build: \(command line\) \(--out\): /);
    }
    expect(snapshotTree(join(project, "templates"))).toEqual(templates);
    expect(existsSync(join(project, ".cache"))).toBe(false); // nothing ran
  });

  it("refuses a file, or a path below one, with exit 2", async () => {
    const project = smallProject();
    writeFileSync(join(project, "notes.txt"), "mine");
    for (const out of ["notes.txt", "notes.txt/sub"]) {
      const r = await runCli(["build", "--out", out, "--no-pdf", "--quiet"], project);
      expect(r.code, out).toBe(2);
      expect(r.stderr, out).toMatch(/the output folder notes\.txt(\/sub)? is not a folder/);
    }
    expect(readFileSync(join(project, "notes.txt"), "utf8")).toBe("mine");
  });

  const shm = "/dev/shm";
  it.skipIf(!(existsSync(shm) && statSync(shm).dev !== statSync(tmpdir()).dev))("builds into out/ when it is a symlink to another filesystem, again and again", async () => {
    // The stages before render from the cache: this test is about the commit.
    const project = await smallProjectCached();
    const real = mkdtempSync(join(shm, "sg-build-out-"));
    try {
      expect((await runCli(["build", "--no-pdf", "--quiet"], project)).code).toBe(0);
      // As in the report: the previous out/ moved to the RAM disk, a link in its place.
      cpSync(join(project, "out"), real, { recursive: true });
      rmSync(join(project, "out"), { recursive: true });
      symlinkSync(real, join(project, "out"));
      for (let i = 0; i < 2; i++) {
        const r = await runCli(["build", "--no-pdf", "--quiet"], project);
        expect(r.stderr).not.toMatch(/error/); // warnings about claims are fine
        expect(r.code).toBe(0);
      }
      expect(readdirSync(real).sort()).toEqual(["assets", "check.json", "data", "paper.html", "provenance.json", "results.json", "site"]);
      expect(readdirSync(project).filter((e) => e.startsWith(".out"))).toEqual([]);
      expect(readdirSync(shm).filter((e) => e.startsWith(".sg-build-out-"))).toEqual([]);
    } finally {
      rmSync(real, { recursive: true, force: true });
    }
  });

  it.skipIf(!canRunUnprivileged)("leaves out/ byte for byte as it was, with exit 2, when out/site cannot be replaced (chmod 555) and the seed changed", async () => {
    const project = await smallProjectCached();
    giveAway(project);
    expect(runUnprivileged(["build", "--no-pdf", "--quiet"], project).code).toBe(0);
    const model = join(project, "report", "model.yaml");
    writeFileSync(model, readFileSync(model, "utf8").replace(/^seed: 42/m, "seed: 43"));
    chmodSync(join(project, "out", "site"), 0o555);
    const before = snapshotTree(join(project, "out"));
    const r = runUnprivileged(["build", "--no-pdf", "--quiet"], project);
    chmodSync(join(project, "out", "site"), 0o755);
    expect(r.stderr).toMatch(/^safety-gap build: out: cannot replace site in the output folder out: permission denied \(EACCES: .*\); it was left as it was\n {2}fix: /);
    expect(r.code).toBe(2);
    expect(snapshotTree(join(project, "out"))).toEqual(before);
    expect(readdirSync(project).filter((e) => e.startsWith(".out"))).toEqual([]);
  });
});

describe("safety-gap build --workers", () => {
  it("takes 1 to 256 like compute, refusing more before building", async () => {
    const project = smallProject();
    const r = await runCli(["build", "--workers", "300", "--no-pdf", "--quiet"], project);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/`--workers` must be at most 256, got `300`/);
    expect(existsSync(join(project, ".cache"))).toBe(false); // nothing ran
  });
});
