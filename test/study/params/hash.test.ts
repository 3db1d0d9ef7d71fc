/**
 * The parameters' hash is over canonical JSON: the same parameters hash the
 * same whatever order their keys were written in.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, hashParams } from "../../../src/study/params/hash.js";
import type { Params } from "../../../src/study/params/types.js";

describe("canonicalJson", () => {
  it("sorts keys at every level, keeps array order, and writes scalars as JSON", () => {
    expect(canonicalJson({ b: 1, a: [3, { d: null, c: "x\n" }, [true]] })).toBe('{"a":[3,{"c":"x\\n","d":null},[true]],"b":1}');
    expect(canonicalJson([])).toBe("[]");
    expect(canonicalJson({})).toBe("{}");
    expect(canonicalJson(null)).toBe("null");
    expect(canonicalJson("s")).toBe('"s"');
    expect(canonicalJson({ "a\"b": 0.5 })).toBe('{"a\\"b":0.5}');
  });
});

describe("hashParams", () => {
  it("is the hex SHA-256 of the canonical JSON, independent of key order", () => {
    const p = { seed: 1, methods: ["B", "A"], noise: { sd: 0.1 } } as unknown as Params;
    const q = { noise: { sd: 0.1 }, methods: ["B", "A"], seed: 1 } as unknown as Params;
    const expected = createHash("sha256").update('{"methods":["B","A"],"noise":{"sd":0.1},"seed":1}').digest("hex");
    expect(hashParams(p)).toBe(expected);
    expect(hashParams(q)).toBe(expected);
  });
});
