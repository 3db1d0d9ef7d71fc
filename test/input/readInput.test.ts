// The one reader of input files: every file-system refusal and every byte
// that is not UTF-8 is a SafetyGapError naming the file (in the words of its
// role), the place and the fix; never an fs error or a silent U+FFFD.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SafetyGapError } from "../../src/errors.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";
import { decodeInput, MAX_INPUT_BYTES, readInputBytes, readInputText, REPORT_FILE, type InputRole } from "../../src/input/readInput.js";
import { loadParams } from "../../src/study/params/load.js";

const dir = mkdtempSync(join(tmpdir(), "safety-gap-read-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const role: InputRole = { what: "the test file", doc: "docs/test.md" };
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));
const errorOf = (b: Uint8Array): SafetyGapError => safetyGapErrorOf(() => decodeInput(b, role, "m.yaml"));

describe("decodeInput", () => {
  it("decodes UTF-8 (a leading byte-order mark dropped)", () => {
    expect(decodeInput(bytes("a: é ü €\n"), role, "m.yaml")).toBe("a: é ü €\n");
    expect(decodeInput(bytes([0xef, 0xbb, 0xbf], "a: 1\n"), role, "m.yaml")).toBe("a: 1\n");
  });

  it("names the line and column of the first invalid byte (a Latin-1 é), never replacing it with U+FFFD", () => {
    const e = errorOf(bytes("seed: 42\nscales: [1B, 7B, 13B", [0xe9], "]\n"));
    expect(e.message).toBe("the test file is not valid UTF-8: byte 0xE9 at byte offset 29 cannot start or continue a character (shown as \uFFFD)");
    expect(e.where).toMatchObject({ file: "m.yaml", line: 2, column: 21 });
    expect(e.hint).toBe(
      "Save the file as UTF-8 (the editor's encoding setting): Latin-1 and Windows-1252 write a character such as é, ü or – as one byte that UTF-8 does not allow (`iconv -f WINDOWS-1252 -t UTF-8` converts it).",
    );
    // The excerpt shows the line, the bad byte as U+FFFD, with the caret under it.
    expect(e.format()).toContain(`  2 | scales: [1B, 7B, 13B\uFFFD]\n${" ".repeat(2 + "2 | ".length + 20)}^`);
  });

  it("counts columns in characters after valid multi-byte ones; an incomplete sequence is reported at its first byte", () => {
    expect(errorOf(bytes("# é ü", [0xff], "\n")).where).toMatchObject({ line: 1, column: 6 });
    // 0xE2 0x82 starts a 3-byte character; "x" cannot finish it.
    const cut = errorOf(bytes("a\nb: ", [0xe2, 0x82], "x\n"));
    expect(cut.where).toMatchObject({ line: 2, column: 4 });
    expect(cut.message).toBe("the test file is not valid UTF-8: bytes 0xE2 0x82 at byte offset 5 cannot start or continue a character (shown as \uFFFD)");
    // Cut off at the end of the file.
    expect(errorOf(bytes("a: ", [0xe2, 0x82])).where).toMatchObject({ line: 1, column: 4 });
  });

  it("says when the file is UTF-16", () => {
    expect(errorOf(bytes([0xff, 0xfe], "a")).hint).toBe("The file is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8.");
    expect(errorOf(bytes([0xfe, 0xff], "a")).hint).toBe("The file is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8.");
  });

  it("only both bytes of a UTF-16 byte-order mark make it UTF-16", () => {
    for (const start of [[0xff, 0x41], [0x41, 0xfe], [0xfe, 0x41], [0x41, 0xff]]) {
      expect(errorOf(bytes(start, "a")).hint, start.join(" ")).toMatch(/^Save the file as UTF-8 \(the editor's encoding setting\)/);
    }
  });
});

describe("readInputText and readInputBytes", () => {
  it("read a file's text and bytes", () => {
    writeFileSync(join(dir, "ok.md"), "Café\n");
    expect(readInputText(join(dir, "ok.md"), role)).toBe("Café\n");
    expect([...readInputBytes(join(dir, "ok.md"), role)]).toEqual([...Buffer.from("Café\n")]);
  });

  it("a missing file: the role, the reason and where the file is described", () => {
    const e = safetyGapErrorOf(() => readInputText(join(dir, "none.yaml"), role, "report/none.yaml"));
    expect(e.format()).toBe(
      "report/none.yaml: cannot read the test file: it does not exist (ENOENT)\n  fix: Create it, or pass --report with the folder that holds it (docs/test.md describes it).",
    );
  });

  it("a folder where the file should be", () => {
    mkdirSync(join(dir, "x.md"));
    const e = safetyGapErrorOf(() => readInputText(join(dir, "x.md"), role, "x.md"));
    expect(e.format()).toBe("x.md: cannot read the test file: it is a folder (EISDIR)\n  fix: Replace the folder with the file (docs/test.md describes it), or pass --report with another folder.");
  });

  it("a dangling symbolic link and a link loop", () => {
    symlinkSync("nowhere.md", join(dir, "dangling.md"));
    symlinkSync("loop.md", join(dir, "loop.md"));
    const dangling = safetyGapErrorOf(() => readInputText(join(dir, "dangling.md"), role));
    expect(dangling.message).toBe('cannot read the test file: it is a symbolic link to "nowhere.md", which does not exist');
    expect(dangling.hint).toBe("Point the symbolic link at an existing file, or replace the link with the file.");
    expect(dangling.where).toEqual({ file: join(dir, "dangling.md") });
    const loop = safetyGapErrorOf(() => readInputText(join(dir, "loop.md"), role));
    expect(loop.message).toBe("cannot read the test file: it is a symbolic link that leads back to itself (ELOOP)");
    expect(loop.hint).toBe(dangling.hint);
  });

  it.skipIf(process.getuid?.() === 0)("a file without read permission", () => {
    writeFileSync(join(dir, "secret.md"), "x");
    chmodSync(join(dir, "secret.md"), 0o000);
    const e = safetyGapErrorOf(() => readInputText(join(dir, "secret.md"), role));
    expect(e.message).toBe("cannot read the test file: permission denied (EACCES)");
  });

  it("a file larger than an input may be, refused before it is read", () => {
    writeFileSync(join(dir, "huge.yaml"), "");
    truncateSync(join(dir, "huge.yaml"), MAX_INPUT_BYTES + 1);
    const e = safetyGapErrorOf(() => readInputText(join(dir, "huge.yaml"), role, "huge.yaml"));
    expect(e.format()).toBe(
      "huge.yaml: cannot read the test file: it is 64.0 MiB, more than the 64 MiB an input file may have\n  fix: Input files are text you write (parameters, Markdown, YAML, JSON): check that this is the right file.",
    );
  });

  it("a file of exactly the largest size is read", () => {
    writeFileSync(join(dir, "max.yaml"), "");
    truncateSync(join(dir, "max.yaml"), MAX_INPUT_BYTES);
    expect(readInputBytes(join(dir, "max.yaml"), role).length).toBe(MAX_INPUT_BYTES);
    rmSync(join(dir, "max.yaml"));
  });

  // A /sys file says 4096 bytes and holds fewer: reading stops at its real end.
  const short = "/sys/kernel/mm/transparent_hugepage/enabled";
  it.skipIf(!existsSync(short))("a file shorter than its size says: its bytes up to where it ends", () => {
    const expected = readFileSync(short);
    expect(expected.length).toBeLessThan(statSync(short).size);
    expect(Buffer.from(readInputBytes(short, role))).toEqual(expected);
  });

  it.skipIf(!existsSync("/proc/self/fd"))("closes the file, read or refused", () => {
    writeFileSync(join(dir, "closed.md"), "x");
    const open = readdirSync("/proc/self/fd").length;
    readInputBytes(join(dir, "closed.md"), role);
    safetyGapErrorOf(() => readInputBytes(dir, role));
    expect(readdirSync("/proc/self/fd").length).toBe(open);
  });

  it("a path Node refuses (a NUL byte) is our bug, not the user's: its own error", () => {
    expect(() => readInputBytes("a\0b.md", role)).toThrowError(expect.objectContaining({ name: "TypeError", code: "ERR_INVALID_ARG_VALUE" }));
  });

  it("the role of a report file with no more specific one", () => {
    const e = safetyGapErrorOf(() => readInputText(join(dir, "none.md"), REPORT_FILE, "report/none.md"));
    expect(e.message).toBe("cannot read the file: it does not exist (ENOENT)");
    expect(e.hint).toBe("Create it, or pass --report with the folder that holds it (docs/writing.md describes it).");
  });

  it("loadParams reports a non-UTF-8 model.yaml as the parameter file, at its line", () => {
    const file = join(dir, "model.yaml");
    const text = readFileSync("report/model.yaml", "utf8");
    const at = text.indexOf("13B]");
    writeFileSync(file, bytes(text.slice(0, at + 3), [0xe9], text.slice(at + 3)));
    const e = safetyGapErrorOf(() => loadParams(file, dir));
    expect(e.message).toMatch(/^the parameter file is not valid UTF-8: byte 0xE9 at byte offset \d+ /);
    expect(e.where).toMatchObject({ file: "model.yaml", line: text.slice(0, at).split("\n").length });
  });
});
