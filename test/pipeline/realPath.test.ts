import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { realPath } from "../../src/pipeline/realPath.js";

const fresh = (): string => realpathSync(mkdtempSync(join(tmpdir(), "sg-real-")));

describe("realPath(path)", () => {
  it("follows symlinks in the existing part and appends the missing rest", () => {
    const root = fresh();
    mkdirSync(join(root, "real"));
    symlinkSync(join(root, "real"), join(root, "link"));
    expect(realPath(join(root, "link"))).toBe(join(root, "real"));
    expect(realPath(join(root, "link", "out", "x"))).toBe(join(root, "real", "out", "x"));
  });

  it("follows a dangling symlink (relative to its folder) to where it would be created", () => {
    const root = fresh();
    mkdirSync(join(root, "a"));
    symlinkSync(join("..", "b", "out"), join(root, "a", "out"));
    expect(realPath(join(root, "a", "out"))).toBe(join(root, "b", "out"));
  });

  it("throws the fs error for a path below a file (ENOTDIR) and for a symlink loop (ELOOP)", () => {
    const root = fresh();
    writeFileSync(join(root, "file"), "");
    expect(() => realPath(join(root, "file", "sub"))).toThrow(expect.objectContaining({ code: "ENOTDIR" }));
    symlinkSync(join(root, "loop2"), join(root, "loop1"));
    symlinkSync(join(root, "loop1"), join(root, "loop2"));
    expect(() => realPath(join(root, "loop1"))).toThrow(expect.objectContaining({ code: "ELOOP" }));
  });
});
