// A failing claim's one-line message, status and fields, from small results files: exact text for each shape of failure.
import { describe, expect, it } from "vitest";
import { describeFailure, evaluateClaims } from "../../../src/review/claims/evaluateClaims.js";
import { parseClaims } from "../../../src/review/claims/loadClaims.js";
import type { Results } from "../../../src/results/types.js";

const results: Results = {
  schemaVersion: 1,
  tool: { name: "t", version: "1" },
  seed: 7,
  numbers: { "x.A": 1.234567, "x.B": 2, "x.C": 3, "x.D": 4, "x.E": 5, "x.F": 6, "x.G": 7 },
  sets: { m: ["A", "B", "C"], all: ["A", "B", "C", "D", "E", "F", "G"] },
  design: { n: 500 },
};
const claim = (assert: string, where?: string) =>
  parseClaims(`claims:\n  - id: c1\n    claim: the words\n${where ? `    where: ${where}\n` : ""}    assert: ${JSON.stringify(assert)}\n`, "claims.yaml");
const one = (assert: string, where?: string) => evaluateClaims(claim(assert, where), results)[0]!;
const pt = (x: number) => ({ lo: x, hi: x });

describe("evaluateClaims", () => {
  it("a passing claim: status pass, no message, its where and location kept", () => {
    expect(one("`x.B` > 1", "Section 4")).toEqual({ id: "c1", claim: "the words", where: "Section 4", status: "pass", counterexamples: [], message: "", at: { file: "claims.yaml", line: 5, column: 13 } });
    expect(one("`sizes.n` == 500 and `seed` == 7")).toMatchObject({ status: "pass" });
    expect(Object.keys(one("`x.B` > 1"))).toEqual(["id", "claim", "at", "status", "counterexamples", "message"]);
  });

  it("a failing claim names its first broken instance and how many more there are", () => {
    expect(one("all k in m: `x.{k}` > 2.5").message).toBe("broken by k=A: 1.235 > 2.5 is false (x.A = 1.2346) (and 1 more)");
    expect(one("all k in m: `x.{k}` > 1.5").message).toBe("broken by k=A: 1.235 > 1.5 is false (x.A = 1.2346)");
    expect(one("all k in m: `x.{k}` > 1.5")).toMatchObject({ status: "fail", counterexamples: [{ bindings: { k: "A" }, numbers: [{ name: "x.A", value: pt(1.234567) }], reason: "1.235 > 1.5" }] });
  });

  it("a binding that is itself a number read is not repeated; no reason, just the numbers", () => {
    expect(one("all v in `x.{A,B}`: v > 1.5").message).toBe("broken by 1.235 > 1.5 is false (x.A = 1.2346)");
    expect(one("none k in m: `x.{k}` > 2.5").message).toBe("broken by k=C: x.C = 3");
  });

  it("shows at most 6 of the numbers read", () => {
    expect(one("sum(`x.*`) < 0").message).toBe("broken by 28.23 < 0 is false (x.A = 1.2346, x.B = 2, x.C = 3, x.D = 4, x.E = 5, x.F = 6, ...)");
    expect(one("sum(`x.{A,B,C,D,E,F}`) < 0").message).toBe("broken by 21.23 < 0 is false (x.A = 1.2346, x.B = 2, x.C = 3, x.D = 4, x.E = 5, x.F = 6)");
  });

  it("an undecided claim does not hold, without an instance; an evaluation error is reported as such", () => {
    expect(one("`x.B` / 0 > 1")).toMatchObject({ status: "fail", counterexamples: [], message: "does not hold" });
    expect(one("`x.Q` > 1")).toMatchObject({ status: "error", counterexamples: [], message: "cannot evaluate: no number named 'x.Q'; did you mean 'x.A'?" });
  });
});

describe("describeFailure", () => {
  it("writes the bindings, the reason and the numbers, numbers at 5 significant digits", () => {
    expect(describeFailure({ bindings: { s: "7B", m: "CAI" }, numbers: [{ name: "k", value: pt(-0.000123456) }], reason: "a < b" })).toBe("s=7B, m=CAI: a < b is false (k = -0.00012346)");
    expect(describeFailure({ bindings: {}, numbers: [{ name: "k", value: pt(123456) }] })).toBe("k = 123460");
    expect(describeFailure({ bindings: { v: "k" }, numbers: [{ name: "k", value: pt(1) }] })).toBe("k = 1");
    // A binding is left out when it names any one of the numbers read, not only when it names them all.
    expect(describeFailure({ bindings: { v: "k", m: "CAI" }, numbers: [{ name: "k", value: pt(1) }, { name: "j", value: pt(2) }] })).toBe("m=CAI: k = 1, j = 2");
  });
});
