// The scopes expressions are evaluated in: the reproduction (keys, seed and
// design pseudo-keys), the paper as printed (intervals, tables before text),
// and the paper's ids read on the reproduction.
import { describe, expect, it } from "vitest";
import { parseExpr } from "../../../src/lang/parser.js";
import type { Published, PublishedNumber } from "../../../src/review/published/types.js";
import { publishedScope, pseudoKeys, reproducedScope, resultsScope } from "../../../src/review/scopes.js";
import type { Results } from "../../../src/results/types.js";

const AT = { file: "p.yaml", line: 1, column: 1 };
const results = (more: Partial<Results> = {}): Results => ({ schemaVersion: 1, tool: { name: "t", version: "1" }, numbers: { a: 1, b: 2 }, sets: { arms: ["x"] }, ...more });
const num = (id: string, origin: "table" | "text", over: Partial<PublishedNumber> = {}): PublishedNumber => ({ id, where: id, value: 0.5, decimals: 1, origin, at: AT, ...over });
const published = (...numbers: PublishedNumber[]): Published => ({ file: "p.yaml", design: { methods: ["m"] }, numbers, statements: [], relations: [] });

describe("pseudoKeys", () => {
  it("gives the seed and each design number as sizes.<name>", () => {
    expect(pseudoKeys(results({ seed: 7, design: { samplesPerCell: 500, methods: 5 } }))).toStrictEqual({ seed: 7, "sizes.samplesPerCell": 500, "sizes.methods": 5 });
  });

  it("gives nothing for a source without a seed or design", () => {
    expect(pseudoKeys(results())).toStrictEqual({});
  });
});

describe("resultsScope", () => {
  const scope = resultsScope(results({ seed: 7, design: { n: 10 } }), new Map([["b", 20]]));

  it("finds keys, overrides and pseudo-keys as exact points", () => {
    expect([scope.lookup("a"), scope.lookup("b"), scope.lookup("seed"), scope.lookup("sizes.n")]).toStrictEqual([
      { lo: 1, hi: 1 },
      { lo: 20, hi: 20 },
      { lo: 7, hi: 7 },
      { lo: 10, hi: 10 },
    ]);
  });

  it("finds nothing for an unknown name", () => {
    expect(scope.lookup("nope")).toBeUndefined();
  });

  it("names the keys, then the pseudo-keys, and carries the sets", () => {
    expect(scope.names()).toStrictEqual(["a", "b", "seed", "sizes.n"]);
    expect(scope.sets).toStrictEqual({ arms: ["x"] });
  });
});

describe("publishedScope", () => {
  // The text number comes first in the file, yet the table's value is what its key means.
  const p = published(num("s1", "text", { key: "k", value: 0.3 }), num("t1", "table", { key: "k", value: 0.25, decimals: 2 }), num("t2", "table"));

  it("gives each printed number the interval its digits allow, by id and by key, tables first", () => {
    const scope = publishedScope(p);
    expect(scope.names()).toStrictEqual(["t1", "k", "t2", "s1"]);
    expect(scope.lookup("k")).toStrictEqual({ lo: 0.245, hi: 0.255 });
    expect(scope.lookup("s1")).toStrictEqual({ lo: 0.25, hi: 0.35 });
    expect(scope.sets).toStrictEqual({ methods: ["m"] });
  });

  it("leaves out the excluded id, so its key falls to the next number printing it", () => {
    const scope = publishedScope(p, "t1");
    expect(scope.names()).toStrictEqual(["t2", "s1", "k"]);
    expect(scope.lookup("t1")).toBeUndefined();
    expect(scope.lookup("k")).toStrictEqual({ lo: 0.25, hi: 0.35 });
  });

  it("uses the printed digits as exact points when asked", () => {
    expect(publishedScope(p, undefined, true).lookup("k")).toStrictEqual({ lo: 0.25, hi: 0.25 });
  });
});

describe("reproducedScope", () => {
  const p = published(
    num("s1", "text", { formula: parseExpr("`a` + `b`"), formulaText: "`a` + `b`" }),
    num("t1", "table", { key: "b" }),
    num("t2", "table", { key: "zz" }),
    num("s2", "text", { formula: parseExpr("`a` + `zz`"), formulaText: "`a` + `zz`" }),
  );
  const scope = reproducedScope(p, results());

  it("reads each id as its key's or formula's reproduced value, and every key as itself", () => {
    expect([scope.lookup("t1"), scope.lookup("s1"), scope.lookup("a")]).toStrictEqual([
      { lo: 2, hi: 2 },
      { lo: 3, hi: 3 },
      { lo: 1, hi: 1 },
    ]);
    expect(scope.sets).toStrictEqual({ methods: ["m"] });
  });

  it("leaves out an id whose key or formula the reproduction lacks", () => {
    expect([scope.lookup("t2"), scope.lookup("s2")]).toStrictEqual([undefined, undefined]);
  });

  it("names the table ids, then the text ids, then the results' keys", () => {
    expect(scope.names()).toStrictEqual(["t1", "s1", "a", "b"]);
  });

  it("lets an error that is not about the expression through (a bug, not a missing number)", () => {
    const r = results();
    r.numbers = new Proxy(r.numbers, {
      get: (t, key) => {
        if (key === "boom") throw new Error("boom");
        return Reflect.get(t, key) as unknown;
      },
    });
    expect(() => reproducedScope(published(num("t1", "table", { key: "boom" })), r)).toThrowError(/^boom$/);
  });
});
