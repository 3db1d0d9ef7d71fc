// buildCheckReport on a small paper: what --strict counts as a problem, the
// defaults (not strict, no notes), the counts, and the sweep section.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCheckReport } from "../../../src/review/checkPublished.js";
import { parseClaims } from "../../../src/review/claims/loadClaims.js";
import { parsePublished } from "../../../src/review/published/loadPublished.js";
import type { Results } from "../../../src/results/types.js";
import type { SweepFile } from "../../../src/sweep/sweepFile.js";
import { smallSource } from "../consistency/smallPublished.js";

const ROOT = join("/", "checkout");
const PUBLISHED_FILE = join(ROOT, "report", "published.yaml");

// t2 contradicts t1 (an inconsistency); against the results t2 is off and s.b missing.
const published = parsePublished(
  smallSource(`
tables:
  - id: t1
    where: Table 1
    columns:
      - { id: a, name: A, key: k.a }
    rows:
      X: [0.5000]
  - id: t2
    where: Table 2
    columns:
      - { id: a, name: A, key: k.a }
    rows:
      X: [0.6000]
text:
  - { id: s.a, where: Section 1, quote: "A is 0.50", value: 0.50, key: k.a }
  - { id: s.b, where: Section 2, quote: "B is 3", value: 3, key: k.b }
`),
  PUBLISHED_FILE,
);
const results: Results = { schemaVersion: 1, tool: { name: "t", version: "1" }, numbers: { "k.a": 0.5 }, sets: {} };
const claims = parseClaims('claims:\n  - id: holds\n    claim: A is half\n    assert: "`k.a` < 1"\n  - id: fails\n    claim: A is more\n    assert: "`k.a` > 1"\n', join(ROOT, "report", "claims.yaml"));

const sweep = (fragileRate: number): SweepFile => ({
  format: "safety-gap sweep",
  schemaVersion: 1,
  tool: { name: "t", version: "1" },
  paramsHash: "h",
  paperSeed: 1,
  seeds: [1, 2, 3],
  bootstrapped: [],
  numbers: {},
  published: {},
  claims: { holds: { holds: 2, of: 3, rate: fragileRate, low: 0.2, high: 0.9, kind: "claim", text: "A is half", paper: true } },
  rankings: [],
});

describe("buildCheckReport", () => {
  it("counts off and missing numbers, inconsistencies and failing claims as problems, and is not strict by default", () => {
    const report = buildCheckReport({ published, results, claims });
    expect(report.comparisons.map((c) => [c.id, c.verdict])).toStrictEqual([
      ["t1.X.a", "within rounding"],
      ["t2.X.a", "off"],
      ["s.a", "within rounding"],
      ["s.b", "missing"],
    ]);
    expect([report.problems, report.strict, report.exitCode, report.notes]).toStrictEqual([{ numbers: 2, inconsistencies: 1, claims: 1 }, false, 0, []]);
    expect(report.counts).toStrictEqual({ numbers: 4, statements: 0, claims: 2 });
  });

  it("fails with --strict when there is a problem", () => {
    expect(buildCheckReport({ published, results, strict: true })).toMatchObject({ strict: true, exitCode: 1, problems: { numbers: 2, inconsistencies: 1, claims: 0 } });
  });

  it("keeps each finding's line and column when it writes the file relative to the given folder", () => {
    expect(buildCheckReport({ published, pathsRelativeTo: ROOT }).findings).toStrictEqual([
      {
        rule: "same-key-same-value",
        severity: "inconsistent",
        where: "Table 2, row X, column A",
        message: "Table 2, row X, column A prints 0.6000 for k.a, but Table 1, row X, column A prints 0.5000",
        ids: ["t2.X.a", "t1.X.a"],
        at: { file: "report/published.yaml", line: 13, column: 11 },
      },
    ]);
  });

  it("counts no claims without a claims file", () => {
    expect(buildCheckReport({ published, results }).counts).toStrictEqual({ numbers: 4, statements: 0, claims: 0 });
  });

  it("reports a sweep's file, seed count, threshold (0.95 by default) and fragile claims", () => {
    const report = buildCheckReport({ published, results, claims, sweep: { file: join(ROOT, "out", "sweep.json"), data: sweep(0.6) }, pathsRelativeTo: ROOT });
    expect(report.sweep).toStrictEqual({
      file: "out/sweep.json",
      seeds: 3,
      fragileBelow: 0.95,
      fragile: [{ id: "holds", holds: 2, of: 3, rate: 0.6, low: 0.2, high: 0.9, kind: "claim", text: "A is half", paper: true }],
    });
  });

  it("uses the given threshold for fragile claims", () => {
    const report = buildCheckReport({ published, results, sweep: { file: "sweep.json", data: sweep(0.6) }, fragileBelow: 0.5 });
    expect(report.sweep).toStrictEqual({ file: "sweep.json", seeds: 3, fragileBelow: 0.5, fragile: [] });
  });

  it("has no sweep section without a sweep", () => {
    expect("sweep" in buildCheckReport({ published, results })).toBe(false);
  });
});
