/**
 * checkReplaceable asks access() of each folder a commit would replace. Tests
 * run as root here, whom access() never refuses, so node:fs's accessSync is
 * wrapped (vi.mock) to see what is asked, and to refuse one folder.
 */
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { constants, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkReplaceable } from "../../../src/pipeline/checkReplaceable.js";

vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  return { ...actual, accessSync: vi.fn(actual.accessSync) };
});

const access = vi.mocked(fs.accessSync);
const { R_OK, W_OK, X_OK } = constants;

const root = mkdtempSync(join(tmpdir(), "sg-replaceable-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** out/ with site/ (two folders deep, and a file), a file, and a link to a folder outside. */
function out(): string {
  const dir = mkdtempSync(join(root, "out-"));
  mkdirSync(join(dir, "site", "a", "b"), { recursive: true });
  mkdirSync(join(dir, "site", "c"));
  writeFileSync(join(dir, "site", "index.html"), "");
  writeFileSync(join(dir, "paper.html"), "");
  mkdirSync(join(root, "elsewhere"), { recursive: true });
  symlinkSync(join(root, "elsewhere"), join(dir, "linked"));
  return dir;
}

const actualAccess = (await vi.importActual<typeof import("node:fs")>("node:fs")).accessSync;
beforeEach(() => {
  access.mockReset();
  access.mockImplementation(actualAccess);
});

describe("checkReplaceable(target, entries)", () => {
  it("asks nothing of a folder that does not exist yet", () => {
    checkReplaceable(join(root, "new"), ["site"]);
    expect(access.mock.calls).toEqual([]);
  });

  it("asks write and search access to the folder, and full access to every folder below a replaced folder", () => {
    const dir = out();
    checkReplaceable(dir, ["site", "paper.html", "linked", "gone"]);
    const calls = access.mock.calls.map(([p, mode]) => [p, mode]);
    expect(calls.slice(0, 3)).toEqual([
      [dir, W_OK | X_OK],
      [join(dir, "site"), R_OK | W_OK | X_OK],
      calls[2]!,
    ]);
    expect(calls.slice(2).sort()).toEqual([
      [join(dir, "site", "a"), R_OK | W_OK | X_OK],
      [join(dir, "site", "a", "b"), R_OK | W_OK | X_OK],
      [join(dir, "site", "c"), R_OK | W_OK | X_OK],
    ]);
  });

  it("throws the error of the first folder that cannot be emptied", () => {
    const dir = out();
    const refused = Object.assign(new Error(`EACCES: permission denied, access '${join(dir, "site", "a", "b")}'`), { code: "EACCES" });
    access.mockImplementation((p) => {
      if (p === join(dir, "site", "a", "b")) throw refused;
    });
    expect(() => checkReplaceable(dir, ["site"])).toThrow(refused);
    expect(access.mock.calls.at(-1)?.[0]).toBe(join(dir, "site", "a", "b"));
    access.mockClear();
    checkReplaceable(dir, ["paper.html", "linked"]);
    expect(access.mock.calls).toEqual([[dir, W_OK | X_OK]]);
  });

  it("throws the error of the output folder itself", () => {
    const dir = out();
    const refused = Object.assign(new Error("EROFS"), { code: "EROFS" });
    access.mockImplementationOnce(() => {
      throw refused;
    });
    expect(() => checkReplaceable(dir, [])).toThrow(refused);
  });
});
