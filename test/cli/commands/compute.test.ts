/**
 * `safety-gap compute`'s output folder: refused when it is (in) the source,
 * and left byte for byte as it was when the commit fails. (The computation
 * itself is tested in test/results/computeCommand.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../review/cliHarness.js";
import { snapshotTree } from "../../helpers/snapshotTree.js";
import { canRunUnprivileged, giveAway, runUnprivileged } from "../unprivileged.js";

const fixture = join(import.meta.dirname, "..", "..", "fixtures", "model");

/** A folder with report/model.yaml (the small test model) and a data/ folder of the user's. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "sg-compute-cli-"));
  cpSync(fixture, join(dir, "report"), { recursive: true });
  mkdirSync(join(dir, "data"));
  writeFileSync(join(dir, "data", "mine.csv"), "x\n");
  return dir;
}


describe("safety-gap compute --out", () => {
  it("refuses an empty --out (exit 2), instead of replacing ./data/ in the working folder", async () => {
    const dir = project();
    const before = snapshotTree(dir);
    const r = await runCli(["compute", "--out", "", "--workers", "1", "--quiet"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^safety-gap compute: \(command line\) \(--out\): the output folder is empty\n {2}fix: /);
    expect(snapshotTree(dir)).toEqual(before);
  });

  it("refuses the report folder or a folder inside it (exit 2)", async () => {
    const dir = project();
    for (const out of ["report", "report/out", "."]) {
      const r = await runCli(["compute", "--out", out, "--workers", "1", "--quiet"], dir);
      expect(r.code, out).toBe(2);
      expect(r.stderr, out).toMatch(/the report folder/);
    }
  });

  it.skipIf(!canRunUnprivileged)("leaves out/ byte for byte as it was, with exit 2 and the folder named, when an entry cannot be replaced (chmod 555 out/data)", () => {
    const dir = project();
    giveAway(dir);
    expect(runUnprivileged(["compute", "--workers", "1", "--quiet"], dir).code).toBe(0);
    chmodSync(join(dir, "out", "data"), 0o555);
    const before = snapshotTree(join(dir, "out"));
    const r = runUnprivileged(["compute", "--seed", "7", "--workers", "1", "--quiet"], dir);
    chmodSync(join(dir, "out", "data"), 0o755);
    expect(r.stderr).toMatch(/^safety-gap compute: out: cannot replace data in the output folder out: permission denied \(EACCES: .*out\/data\); it was left as it was\n {2}fix: Make out\/data /);
    expect(r.code).toBe(2);
    expect(snapshotTree(join(dir, "out"))).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(["data", "out", "report"]);
  });

  it.skipIf(!canRunUnprivileged)("says why with exit 2 when the folder beside out/ is not writable (out/ itself is)", () => {
    const dir = project();
    const parent = join(dir, "locked");
    mkdirSync(join(parent, "out"), { recursive: true });
    giveAway(dir);
    chmodSync(parent, 0o555);
    const r = runUnprivileged(["compute", "--out", "locked/out", "--workers", "1", "--quiet"], dir);
    chmodSync(parent, 0o755);
    expect(r.stderr).toMatch(/cannot write the output folder locked\/out: permission denied \(EACCES/);
    expect(r.code).toBe(2);
    expect(readdirSync(parent)).toEqual(["out"]);
    expect(readdirSync(join(parent, "out"))).toEqual([]);
  });
});
