/**
 * fsReader: every way a report file can be unreadable is the user's problem,
 * reported as a SafetyGapError with the path and a fix, never an fs error.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fsReader } from "../../src/render/reader.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

const dir = mkdtempSync(join(tmpdir(), "safety-gap-reader-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("fsReader.text", () => {
  it("reads UTF-8 through the one input reader: path as shown, problems named", () => {
    writeFileSync(join(dir, "ok.md"), "Café\n");
    expect(fsReader.text(join(dir, "ok.md"))).toBe("Café\n");
    const e = safetyGapErrorOf(() => fsReader.text(join(dir, "paper.yaml")));
    expect(e.where?.file).toBe(join(dir, "paper.yaml"));
    expect(e.message).toBe("cannot read the file: it does not exist (ENOENT)");
    writeFileSync(join(dir, "latin1.md"), Buffer.concat([Buffer.from("Title\n\nA Caf"), Buffer.from([0xe9]), Buffer.from(" here.\n")]));
    const bad = safetyGapErrorOf(() => fsReader.text(join(dir, "latin1.md")));
    expect(bad.format()).toContain("latin1.md:3:6: the file is not valid UTF-8: byte 0xE9 at byte offset 12");
    expect(bad.format()).toContain("  3 | A Caf\uFFFD here.\n           ^");
  });
});

describe("fsReader.list", () => {
  it("a missing folder, and a file where a folder should be", () => {
    expect(safetyGapErrorOf(() => fsReader.list(join(dir, "paper"))).format()).toMatch(/paper: folder not found\n {2}fix: /);
    writeFileSync(join(dir, "file"), "");
    expect(safetyGapErrorOf(() => fsReader.list(join(dir, "file"))).message).toBe("is a file, not a folder");
  });
});
