/**
 * fsReader: every way a report file can be unreadable is the user's problem,
 * reported as a SafetyGapError with the path and a fix, never an fs error.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fsReader } from "../../src/render/reader.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

const dir = mkdtempSync(join(tmpdir(), "safety-gap-reader-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("fsReader.text", () => {
  it("reads UTF-8", () => {
    writeFileSync(join(dir, "ok.md"), "Café\n");
    expect(fsReader.text(join(dir, "ok.md"))).toBe("Café\n");
  });
  it("a missing file: its path and what to do", () => {
    const e = safetyGapErrorOf(() => fsReader.text(join(dir, "paper.yaml")));
    expect(e.where?.file).toBe(join(dir, "paper.yaml"));
    expect(e.format()).toMatch(/paper\.yaml: file not found\n {2}fix: create it/);
  });
  it("a folder where a file should be", () => {
    mkdirSync(join(dir, "x.md"));
    expect(safetyGapErrorOf(() => fsReader.text(join(dir, "x.md"))).format()).toMatch(/x\.md: is a folder, not a file\n {2}fix: /);
  });
  it("a dangling symbolic link and a link loop", () => {
    symlinkSync("nowhere.md", join(dir, "dangling.md"));
    symlinkSync("loop.md", join(dir, "loop.md"));
    expect(safetyGapErrorOf(() => fsReader.text(join(dir, "dangling.md"))).message).toBe('is a symbolic link to "nowhere.md", which does not exist');
    expect(safetyGapErrorOf(() => fsReader.text(join(dir, "loop.md"))).message).toMatch(/symbolic link that leads back to itself/);
  });
  it("bytes that are not UTF-8: file, line and column of the first one, shown in its line", () => {
    writeFileSync(join(dir, "latin1.md"), Buffer.concat([Buffer.from("Title\n\nA Caf"), Buffer.from([0xe9]), Buffer.from(" here.\n")]));
    const e = safetyGapErrorOf(() => fsReader.text(join(dir, "latin1.md")));
    expect(e.where).toMatchObject({ line: 3, column: 6 });
    expect(e.format()).toContain("latin1.md:3:6: is not valid UTF-8: byte 0xE9 at byte offset 12");
    expect(e.format()).toContain("  3 | A Caf\uFFFD here.\n           ^");
  });
});

describe("fsReader.list", () => {
  it("a missing folder, and a file where a folder should be", () => {
    expect(safetyGapErrorOf(() => fsReader.list(join(dir, "paper"))).format()).toMatch(/paper: folder not found\n {2}fix: /);
    writeFileSync(join(dir, "file"), "");
    expect(safetyGapErrorOf(() => fsReader.list(join(dir, "file"))).message).toBe("is a file, not a folder");
  });
});
