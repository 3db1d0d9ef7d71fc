import { describe, expect, it } from "vitest";
import { closest, editDistance } from "../../src/text/closest.js";

describe("editDistance(a, b)", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("", "")).toBe(0);
    expect(editDistance("abc", "")).toBe(3);
    expect(editDistance("retension", "retention")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

describe("closest(word, candidates)", () => {
  it("suggests the nearest name, ignoring case", () => {
    expect(closest("retension", ["retention", "delta", "tax"])).toBe("retention");
    expect(closest("sft+dpo", ["SFT+DPO", "RLVR"])).toBe("SFT+DPO");
  });

  it("suggests nothing when no candidate is close, or there are none", () => {
    expect(closest("banana", ["retention", "delta"])).toBeUndefined();
    expect(closest("x", [])).toBeUndefined();
  });

  it("breaks ties by name, so the suggestion is stable", () => {
    expect(closest("ab", ["ac", "aa"])).toBe("aa");
    expect(closest("ab", ["aa", "ac"])).toBe("aa");
  });

  it("allows a third of a long word's length in edits, and 2 for a short one", () => {
    expect(closest("abcdefghi", ["abcdefxyz"])).toBe("abcdefxyz");
    expect(closest("abcdefghi", ["abcdewxyz"])).toBeUndefined();
    expect(closest("ab", ["abcd"])).toBe("abcd");
    expect(closest("ab", ["abcde"])).toBeUndefined();
  });

  it("takes a nearer candidate of another length after a farther one", () => {
    expect(closest("abcdef", ["abcxyz", "abcdefg"])).toBe("abcdefg");
  });
});
