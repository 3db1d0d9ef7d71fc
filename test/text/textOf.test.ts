import { describe, expect, it } from "vitest";
import { textOf } from "../../src/text/textOf.js";

describe("textOf", () => {
  it("returns a string as it is", () => {
    expect(textOf("a\u0000é")).toBe("a\u0000é");
  });
  it("decodes UTF-8 bytes, a character of two bytes included", () => {
    expect(textOf(new Uint8Array([0x61, 0xc3, 0xa9, 0x0a]))).toBe("aé\n");
  });
  it("gives the empty text for an absent file", () => {
    expect(textOf(undefined)).toBe("");
  });
  it("decodes leniently: a stray byte becomes U+FFFD (the bytes are the tool's own, not input)", () => {
    expect(textOf(new Uint8Array([0x61, 0xff, 0x62]))).toBe("a\uFFFDb");
  });
  it("strips a leading byte-order mark, as TextDecoder does", () => {
    expect(textOf(new Uint8Array([0xef, 0xbb, 0xbf, 0x78]))).toBe("x");
  });
});
