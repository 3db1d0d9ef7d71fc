import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeFolders } from "../../src/pipeline/makeFolders.js";

describe("makeFolders(path)", () => {
  it("creates the missing folders and returns the topmost one it created", () => {
    const root = mkdtempSync(join(tmpdir(), "sg-mk-"));
    expect(makeFolders(join(root, "a", "b", "c"))).toBe(join(root, "a"));
    expect(existsSync(join(root, "a", "b", "c"))).toBe(true);
    expect(makeFolders(join(root, "a", "b"))).toBeUndefined();
  });

  // Node 20's mkdirSync(path, { recursive: true }) retries forever here.
  it.skipIf(!existsSync("/proc/self"))("fails at once where the filesystem refuses new folders (/proc)", () => {
    expect(() => makeFolders("/proc/sg-test/out")).toThrow(expect.objectContaining({ code: "ENOENT" }));
  });
});
