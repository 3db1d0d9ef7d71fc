/**
 * fsReader beyond reading text (test/render/reader.test.ts): folders listed
 * sorted, each way a folder cannot be listed, bytes, and files inside
 * installed packages.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fsReader } from "../../../src/render/reader.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";

const dir = mkdtempSync(join(tmpdir(), "safety-gap-reader-unit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("fsReader.list", () => {
  it("lists the names in code-unit order", () => {
    // "😀" before "！": UTF-16 order (JavaScript's sort), not UTF-8 byte order (the file system's listing).
    const names = ["b.md", "a.md", "Z.md", "10.md", "2.md", "c", "_x", "é.md", "！.md", "😀.md"];
    mkdirSync(join(dir, "many"));
    for (const n of names) writeFileSync(join(dir, "many", n), "");
    expect(fsReader.list(join(dir, "many"))).toEqual(["10.md", "2.md", "Z.md", "_x", "a.md", "b.md", "c", "é.md", "😀.md", "！.md"]);
  });

  it("a missing folder, and a file where a folder should be: the path and the fix", () => {
    expect(safetyGapErrorOf(() => fsReader.list(join(dir, "paper"))).format()).toBe(
      `${join(dir, "paper")}: folder not found\n  fix: create it, or pass --report with the folder that has it (the files of report/ are listed in docs/writing.md)`,
    );
    writeFileSync(join(dir, "file"), "");
    expect(safetyGapErrorOf(() => fsReader.list(join(dir, "file"))).format()).toBe(
      `${join(dir, "file")}: is a file, not a folder\n  fix: report/paper/ is a folder holding the text, one Markdown file per part (00-abstract.md, 01-introduction.md, ...)`,
    );
  });

  it("a symbolic link that points at itself", () => {
    symlinkSync("loop", join(dir, "loop"));
    expect(safetyGapErrorOf(() => fsReader.list(join(dir, "loop"))).format()).toBe(
      `${join(dir, "loop")}: cannot read the folder: it is a symbolic link that leads back to itself (ELOOP)\n  fix: Point the symbolic link at an existing file, or replace the link with the file.`,
    );
  });

  it("any other failure is not the report's: thrown as it is", () => {
    const long = join(dir, "x".repeat(300));
    expect(() => fsReader.list(long)).toThrow(expect.objectContaining({ code: "ENAMETOOLONG" }));
  });
});

describe("fsReader.bytes and packageFile", () => {
  it("reads a file's bytes", () => {
    writeFileSync(join(dir, "b.bin"), Buffer.from([0, 255, 10]));
    expect([...fsReader.bytes(join(dir, "b.bin"))]).toEqual([0, 255, 10]);
  });

  it("finds a file inside an installed package, the same way each time", () => {
    const katex = dirname(createRequire(import.meta.url).resolve("katex/package.json"));
    expect(fsReader.packageFile("katex", "dist/katex.min.css")).toBe(join(katex, "dist/katex.min.css"));
    expect(fsReader.packageFile("katex", "README.md")).toBe(join(katex, "README.md"));
  });
});
