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

  it("follows up to 40 dangling symlinks in a row by hand, and refuses the 41st with ELOOP", () => {
    const root = fresh();
    // l0 -> l1 -> ... -> lN -> "end", which does not exist. Each link points through a missing folder
    // ("missing/../l1"), so the kernel stops there with ENOENT before its own limit of 40 links, and
    // realPath follows each link by hand.
    const chain = (name: string, n: number): string => {
      for (let i = 0; i < n; i++) symlinkSync(`missing/../${name}${i + 1}`, join(root, `${name}${i}`));
      symlinkSync(`missing/../${name}-end`, join(root, `${name}${n}`));
      return join(root, `${name}0`);
    };
    expect(realPath(chain("ok", 39))).toBe(join(root, "ok-end"));
    const tooLong = chain("long", 40);
    expect(() => realPath(tooLong)).toThrow(
      expect.objectContaining({ message: `ELOOP: too many symbolic links, realpath '${join(root, "long40")}'`, code: "ELOOP", path: join(root, "long40") }),
    );
  });
});

