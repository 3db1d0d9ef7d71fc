// Claims against a reproduction: they hold on consistent results, fail when a
// number breaks them (naming it), and syntax errors point at file:line:column.
import { describe, expect, it } from "vitest";
import { evaluateClaims } from "../../../src/review/claims/evaluateClaims.js";
import { loadClaims, parseClaims } from "../../../src/review/claims/loadClaims.js";
import { SafetyGapError } from "../../../src/errors.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";
import { syntheticResults } from "../syntheticResults.js";
import { CLAIMS_FILE } from "../doctor.js";

const claims = loadClaims(CLAIMS_FILE);
const byId = (id: string) => claims.filter((c) => c.id === id);

describe("evaluateClaims", () => {
  it("the committed claims parse, and the central ones hold on consistent results", () => {
    expect(claims.length).toBeGreaterThanOrEqual(15);
    const results = evaluateClaims(claims, syntheticResults());
    const status = Object.fromEntries(results.map((r) => [r.id, r.status]));
    for (const id of ["advanced-narrow-gap-every-scale", "retention-76-83-at-7B", "gap-grows-with-scale", "tax-below-1.1-percent", "gap-largest-on-toxigen", "cai-highest-safety", "reasoning-retains-most"]) {
      expect(status[id], id).toBe("pass");
    }
    expect(results.every((r) => r.status !== "error")).toBe(true);
  });

  it("fails when a number breaks a claim, and names that number", () => {
    const broken = syntheticResults({ "summary.1B.RLVR.delta": 0.0012 });
    const [r] = evaluateClaims(byId("advanced-narrow-gap-every-scale"), broken);
    expect(r!.status).toBe("fail");
    expect(r!.message).toContain("summary.1B.RLVR.delta = 0.0012");
    expect(r!.counterexamples).toEqual([expect.objectContaining({ bindings: { s: "1B", m: "RLVR" } })]);
  });

  it("the tax claim fails on the paper's own 13B Deliberative tax, naming it", () => {
    const [r] = evaluateClaims(byId("tax-below-1.1-percent"), syntheticResults({ "summary.13B.Deliberative.tax": -0.0112 }));
    expect(r!.status).toBe("fail");
    expect(r!.message).toMatch(/s=13B, m=Deliberative: 0\.0112 < 0\.011 is false \(summary\.13B\.Deliberative\.tax = -0\.0112\)/);
  });

  it("retention outside 0.76-0.83 and a non-ToxiGen maximum fail", () => {
    expect(evaluateClaims(byId("retention-76-83-at-7B"), syntheticResults({ "summary.7B.CAI.retention": 0.7 }))[0]!.message).toContain("summary.7B.CAI.retention = 0.7");
    const r = evaluateClaims(byId("gap-largest-on-toxigen"), syntheticResults({ "cmp.7B.CAI.BBQ.diff": 0.3 }))[0]!;
    expect(r.status).toBe("fail");
    expect(r.message).toContain("cmp.7B.CAI.BBQ.diff = 0.3");
  });

  it("a claim over a missing key is an error, not a pass", () => {
    const c = parseClaims("claims:\n  - id: x\n    claim: typo\n    assert: \"`summary.7B.CAI.retension` > 0\"\n", "c.yaml");
    expect(evaluateClaims(c, syntheticResults())[0]).toMatchObject({ status: "error", message: expect.stringContaining("retension") });
  });

  it("reports syntax errors at file:line:column", () => {
    const src = "claims:\n  - id: bad\n    claim: missing colon\n    assert: >-\n      all m in methods\n        `summary.7B.{m}.delta` < 0\n";
    try {
      parseClaims(src, "claims.yaml");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SafetyGapError);
      const err = e as SafetyGapError;
      expect(err.where).toMatchObject({ file: "claims.yaml", line: 6, column: 9 });
      expect(err.format()).toMatch(/^claims\.yaml:6:9 \(claims\[0\]\.assert\): expression: expected ':'/);
      expect(err.format()).toContain("^");
    }
  });

  it("rejects unknown fields and duplicate ids with locations", () => {
    const typo = safetyGapErrorOf(() => parseClaims("claims:\n  - id: a\n    claim: x\n    asert: \"1 < 2\"\n", "c.yaml"));
    expect(typo.format()).toBe(
      "c.yaml:4:5 (claims[0].asert): unknown field `asert` in `claims[0]`; allowed: `id`, `claim`, `where`, `assert`\n  4 |     asert: \"1 < 2\"\n          ^^^^^\n  fix: did you mean `assert`?",
    );
    const duplicate = safetyGapErrorOf(() => parseClaims("claims:\n  - {id: a, claim: x, assert: \"1 < 2\"}\n  - {id: a, claim: y, assert: \"1 < 2\"}\n", "c.yaml"));
    expect(duplicate.format()).toBe(
      "c.yaml:3:10 (claims[1].id): duplicate id 'a'\n  3 |   - {id: a, claim: y, assert: \"1 < 2\"}\n               ^\n  fix: every number, statement and claim needs its own id",
    );
  });
});
