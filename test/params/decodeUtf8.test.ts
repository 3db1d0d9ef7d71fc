import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../src/errors.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";
import { decodeUtf8 } from "../../src/params/decodeUtf8.js";
import { loadParams } from "../../src/params/load.js";

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

const errorOf = (b: Uint8Array): SafetyGapError => safetyGapErrorOf(() => decodeUtf8(b, "m.yaml"));

describe("decodeUtf8(bytes, file)", () => {
  it("decodes UTF-8 (a leading byte-order mark dropped)", () => {
    expect(decodeUtf8(bytes("a: é ü €\n"), "m.yaml")).toBe("a: é ü €\n");
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], "a: 1\n"), "m.yaml")).toBe("a: 1\n");
  });

  it("names the line and column of the first invalid byte (a Latin-1 é), never replacing it with U+FFFD", () => {
    const e = errorOf(bytes("seed: 42\nscales: [1B, 7B, 13B", [0xe9], "]\n"));
    expect(e.message).toBe("not valid UTF-8: byte 0xE9 cannot start or continue a character here");
    expect(e.where).toMatchObject({ file: "m.yaml", line: 2, column: 21 });
    expect(e.hint).toMatch(/Save the file as UTF-8/);
    // The excerpt shows the line, the bad byte as U+FFFD, with the caret under it.
    expect(e.format()).toContain(`  2 | scales: [1B, 7B, 13B\uFFFD]\n${" ".repeat(2 + "2 | ".length + 20)}^`);
  });

  it("counts columns in characters after valid multi-byte ones; an incomplete sequence is reported at its first byte", () => {
    expect(errorOf(bytes("# é ü", [0xff], "\n")).where).toMatchObject({ line: 1, column: 6 });
    // 0xE2 0x82 starts a 3-byte character; "x" cannot finish it.
    expect(errorOf(bytes("a\nb: ", [0xe2, 0x82], "x\n")).where).toMatchObject({ line: 2, column: 4 });
    // Cut off at the end of the file.
    expect(errorOf(bytes("a: ", [0xe2, 0x82])).where).toMatchObject({ line: 1, column: 4 });
  });

  it("says when the file is UTF-16", () => {
    expect(errorOf(bytes([0xff, 0xfe], "a")).hint).toMatch(/UTF-16/);
  });

  it("loadParams reports a non-UTF-8 model.yaml (was: a scale name with U+FFFD and a file summary-13B\uFFFD.csv)", () => {
    const dir = mkdtempSync(join(tmpdir(), "safety-gap-utf8-"));
    const file = join(dir, "model.yaml");
    const text = readFileSync("report/model.yaml", "utf8");
    const at = text.indexOf("13B]");
    writeFileSync(file, bytes(text.slice(0, at + 3), [0xe9], text.slice(at + 3)));
    expect(() => loadParams(file, dir)).toThrow(SafetyGapError);
    try {
      loadParams(file, dir);
    } catch (e) {
      expect((e as SafetyGapError).where).toMatchObject({ file: "model.yaml", line: text.slice(0, at).split("\n").length });
    }
  });
});
