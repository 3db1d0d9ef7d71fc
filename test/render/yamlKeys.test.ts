import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { checkKeys, nodeSpan } from "../../src/render/yamlKeys.js";
import { SafetyGapError } from "../../src/errors.js";

describe("checkKeys", () => {
  const source = "---\nrole: abstract\nrol: x\n";
  const place = { file: "a.md", source, base: 4 };
  const root = parseDocument(source.slice(4)).contents!;
  it("passes known keys and refuses the first unknown one at its position, with the closest known key", () => {
    expect(() => checkKeys(root, ["role", "rol"], "key", place, "hint")).not.toThrow();
    try {
      checkKeys(root, ["role", "numbered"], "front matter key", place, "see the docs");
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(SafetyGapError);
      expect((e as SafetyGapError).format()).toBe('a.md:3:1: unknown front matter key "rol"; did you mean "role"?\n  3 | rol: x\n      ^^^\n  fix: see the docs');
    }
  });
  it("nodeSpan: offset in the file (after base) and length of a node", () => {
    const value = (root as unknown as { get(k: string, keep: true): Parameters<typeof nodeSpan>[0] }).get("role", true);
    expect(nodeSpan(value, place)).toEqual({ at: source.indexOf("abstract"), len: "abstract".length });
  });
});
