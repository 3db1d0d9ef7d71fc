import { describe, expect, it } from "vitest";
import { decodeUtf8, firstInvalidUtf8 } from "../../src/input/utf8.js";

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

describe("firstInvalidUtf8(bytes)", () => {
  it("accepts valid UTF-8, including 2-, 3- and 4-byte characters", () => {
    expect(firstInvalidUtf8(bytes("Café – 𝛼 ok"))).toBeUndefined();
  });
  it("blames the lead byte of a broken sequence, a stray continuation byte, an overlong form, a surrogate and a truncated end", () => {
    expect(firstInvalidUtf8(bytes("Caf", [0xe9], " ok"))).toEqual({ byte: 3, length: 1 });
    expect(firstInvalidUtf8(bytes("a", [0x80]))).toEqual({ byte: 1, length: 1 });
    expect(firstInvalidUtf8(bytes("a", [0xc0, 0xaf]))).toEqual({ byte: 1, length: 1 });
    expect(firstInvalidUtf8(bytes([0xed, 0xa0, 0x80]))).toEqual({ byte: 0, length: 1 });
    expect(firstInvalidUtf8(bytes("ab", [0xe2, 0x80]))).toEqual({ byte: 2, length: 2 });
  });
});

describe("firstInvalidUtf8 at the edges of each byte range, agreeing with TextDecoder", () => {
  const fatal = new TextDecoder("utf-8", { fatal: true });
  const agrees = (b: Uint8Array): boolean => {
    try {
      fatal.decode(b);
      return true;
    } catch {
      return false;
    }
  };
  // The first and last lead byte of each length, the least and greatest continuation byte, and the limits of E0, ED, F0 and F4.
  const valid: number[][] = [
    [0x7f],
    [0xc2, 0x80],
    [0xc2, 0xbf],
    [0xdf, 0xbf],
    [0xe0, 0xa0, 0x80],
    [0xe1, 0x80, 0x80],
    [0xed, 0x9f, 0xbf],
    [0xef, 0xbc, 0x81],
    [0xf0, 0x90, 0x80, 0x80],
    [0xf1, 0x80, 0x80, 0x80],
    [0xf4, 0x8f, 0xbf, 0xbf],
  ];
  it.each(valid.map((b) => [b.map((x) => x.toString(16)).join(" "), b]))("%s is valid", (_name, b) => {
    expect(agrees(bytes("a", b as number[], "z"))).toBe(true);
    expect(firstInvalidUtf8(bytes("a", b as number[], "z"))).toBeUndefined();
  });

  const invalid: [number[], { byte: number; length: number }][] = [
    [[0xc1, 0xbf], { byte: 1, length: 1 }],
    [[0xe0, 0x9f, 0x80], { byte: 1, length: 1 }],
    [[0xed, 0xa0, 0x80], { byte: 1, length: 1 }],
    [[0xf0, 0x8f, 0x80, 0x80], { byte: 1, length: 1 }],
    [[0xf4, 0x90, 0x80, 0x80], { byte: 1, length: 1 }],
    [[0xf5, 0x80, 0x80, 0x80], { byte: 1, length: 1 }],
    [[0xc2, 0xc0], { byte: 1, length: 1 }],
    [[0xe1, 0x80, 0x7f], { byte: 1, length: 2 }],
  ];
  it.each(invalid.map(([b, at]) => [b.map((x) => x.toString(16)).join(" "), b, at] as const))("%s is invalid", (_name, b, at) => {
    expect(agrees(bytes("a", b, "z"))).toBe(false);
    expect(firstInvalidUtf8(bytes("a", b, "z"))).toEqual(at);
  });
});

describe("decodeUtf8(bytes)", () => {
  it("decodes valid text and drops a leading BOM", () => {
    expect(decodeUtf8(bytes("x – y"))).toEqual({ ok: true, text: "x – y" });
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], "x"))).toEqual({ ok: true, text: "x" });
  });
  it("locates the first invalid byte by line and column, with the text as a lenient decoder shows it", () => {
    const d = decodeUtf8(bytes("---\nrole: x\n---\n\nÀ la Caf", [0xe9], " here.\n"));
    expect(d).toMatchObject({ ok: false, byte: 26, bytes: [0xe9], line: 5, column: 9 });
    if (!d.ok) expect(d.replaced.split("\n")[4]).toBe("À la Caf\uFFFD here.");
  });
});
