import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkOutDir } from "../../src/pipeline/checkOutDir.js";
import { packageRoot } from "../../src/pipeline/packageRoot.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

/** A project folder: report/ (with paper/) and templates/ (with site/). */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "sg-outdir-"));
  mkdirSync(join(dir, "report", "paper"), { recursive: true });
  mkdirSync(join(dir, "templates", "site"), { recursive: true });
  return dir;
}

const check = (cwd: string, out: string): string => checkOutDir(cwd, out, join(cwd, "report"));
const failure = (cwd: string, out: string): string => safetyGapErrorOf(() => check(cwd, out), `--out ${JSON.stringify(out)}`).format();

describe("checkOutDir(cwd, out, reportDir)", () => {
  it("returns the absolute folder for a folder clear of the source, existing or not", () => {
    const dir = project();
    expect(check(dir, "out")).toBe(join(dir, "out"));
    expect(check(dir, "builds/draft")).toBe(join(dir, "builds", "draft"));
    expect(check(dir, "reports")).toBe(join(dir, "reports")); // a name that starts like report/ is not inside it
  });

  it("rejects an empty --out (it would be the working folder)", () => {
    const dir = project();
    expect(failure(dir, "")).toMatch(/^\(command line\) \(--out\): the output folder is empty\n {2}fix: /);
    expect(failure(dir, " ")).toMatch(/is empty/);
  });

  it("rejects the report or templates folder, a folder inside them, or one holding them", () => {
    const dir = project();
    expect(failure(dir, "templates")).toMatch(/^\(command line\) \(--out\): templates is the templates folder: .*overwrite the paper's source\n {2}fix: Choose a separate output folder/);
    expect(failure(dir, "report")).toMatch(/report is the report folder: /);
    expect(failure(dir, "report/out")).toMatch(/report\/out is inside the report folder report/);
    expect(failure(dir, "report/paper")).toMatch(/is inside the report folder/);
    expect(failure(dir, "templates/site/x")).toMatch(/is inside the templates folder/);
    expect(failure(dir, ".")).toMatch(/\. contains the report folder report/);
    expect(failure(join(dir, "report"), "..")).toMatch(/contains the report folder/);
  });

  it("sees through symlinks, and protects the templates folder beside report/ even before it exists", () => {
    const dir = project();
    symlinkSync(join(dir, "report"), join(dir, "link"));
    expect(failure(dir, "link")).toMatch(/link is the report folder/);
    const bare = mkdtempSync(join(tmpdir(), "sg-outdir-"));
    mkdirSync(join(bare, "report"));
    expect(failure(bare, "templates")).toMatch(/is the templates folder/);
  });

  it("protects the package's own templates (the fallback when the project has none)", () => {
    const dir = project();
    expect(failure(dir, join(packageRoot(), "templates"))).toMatch(/is the templates folder/);
  });

  it("rejects a file, or a path below one, as the output folder", () => {
    const dir = project();
    writeFileSync(join(dir, "notes.txt"), "");
    expect(failure(dir, "notes.txt")).toMatch(/the output folder notes\.txt is not a folder/);
    expect(failure(dir, "notes.txt/sub")).toMatch(/is not a folder: a file is in the way of a folder \(ENOTDIR/);
  });
});
