import { describe, expect, it } from "vitest";
import { crc32 } from "../../../src/study/params/crc32.js";

describe("crc32(name)", () => {
  it("is zlib's CRC-32 of the UTF-8 bytes (values from Python's zlib.crc32)", () => {
    expect(crc32("samples")).toBe(429021047);
    expect(crc32("SFT+DPO")).toBe(3350962264);
    expect(crc32("")).toBe(0);
    expect(crc32("The quick brown fox jumps over the lazy dog")).toBe(0x414fa339);
  });
});
