// `safety-gap check` end to end, and its HTML fragment.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCheckReport } from "../../src/review/checkPublished.js";
import { loadClaims } from "../../src/review/claims/loadClaims.js";
import { loadPublished } from "../../src/review/published/loadPublished.js";
import { renderCheckHtml } from "../../src/review/renderCheckHtml.js";
import { runCli } from "./cliHarness.js";
import { CLAIMS_FILE, PUBLISHED_FILE } from "./doctor.js";
import { syntheticResults } from "./syntheticResults.js";

const root = new URL("../..", import.meta.url).pathname;
let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "safety-gap-review-check-"));
  writeFileSync(join(dir, "good.json"), JSON.stringify(syntheticResults()));
  writeFileSync(join(dir, "broken.json"), JSON.stringify(syntheticResults({ "summary.1B.CAI.delta": 0.01 })));
  mkdirSync(join(dir, "outdir"));
  writeFileSync(join(dir, "outdir", "results.json"), JSON.stringify(syntheticResults()));
  mkdirSync(join(dir, "empty"));
  writeFileSync(join(dir, "v99.json"), JSON.stringify({ ...syntheticResults(), schemaVersion: 99 }));
  // Report folders with one published number (right, then off) and no claims.yaml, and one with one claim.
  for (const [name, value] of [["clean", "0.7601"], ["one-off", "0.5000"], ["claims-only", "0.7601"]] as const) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, "published.yaml"), onePublishedNumber(value));
  }
  // The paper's first claim, which the synthetic results keep and broken.json breaks.
  writeFileSync(join(dir, "claims-only", "claims.yaml"), readFileSync(join(root, "report", "claims.yaml"), "utf8").split("\n\n  - id: gap-never-closes")[0] + "\n");
  // A report folder with published.yaml but no claims.yaml.
  mkdirSync(join(dir, "no-claims"));
  copyFileSync(join(root, "report", "published.yaml"), join(dir, "no-claims", "published.yaml"));
});

/** A published.yaml with the paper's design and one text number, summary.7B.CAI.retention as printed. */
function onePublishedNumber(printed: string): string {
  return `design:
  methods: [SFT+DPO, RLVR, Reasoning-PT, Deliberative, CAI]
  baseline: SFT+DPO
  scales: [1B, 7B, 13B]
  conditions: [AP, NoAP]
  safetyBenchmarks: [ToxiGen, TruthfulQA, BBQ]
  capabilityBenchmarks: [MMLU, HumanEval, GSM8K]
tables: []
text:
  - { id: abstract.retentionMin, where: Abstract, quote: "retention ratios range from ${printed} (CAI)", value: ${printed}, key: summary.7B.CAI.retention }
statements: []
`;
}

describe("safety-gap check's exit status", () => {
  const lastLine = (stdout: string): string => stdout.trimEnd().split("\n").at(-1) as string;
  const check = (report: string, results: string | undefined, strict: boolean) =>
    runCli(["check", "--report", join(report), ...(results ? ["--results", join(dir, results)] : []), ...(strict ? ["--strict"] : [])], dir);

  it("0 when nothing is off, inconsistent or failing, with and without --strict", async () => {
    for (const strict of [false, true]) {
      const r = await check(join(dir, "clean"), "good.json", strict);
      expect(r.code).toBe(0);
      expect(lastLine(r.stdout)).toBe("✓ no number off, no inconsistency, no failing claim");
    }
  });

  it("a number off: 0, a warning; 1 with --strict", async () => {
    const r = await check(join(dir, "one-off"), "good.json", false);
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe("! 1 number off or missing, 0 inconsistencies, 0 failing claims: reported as warnings (exit 0; --strict makes them errors, exit 1)");
    const strict = await check(join(dir, "one-off"), "good.json", true);
    expect(strict.code).toBe(1);
    expect(lastLine(strict.stdout)).toBe("✗ 1 number off or missing, 0 inconsistencies, 0 failing claims: errors with --strict (exit 1)");
  });

  it("the published paper's inconsistencies alone (no reproduction): 0, warnings; 1 with --strict", async () => {
    const r = await check(join(root, "report"), undefined, false);
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe("! 0 numbers off or missing, 5 inconsistencies, 0 failing claims: reported as warnings (exit 0; --strict makes them errors, exit 1)");
    const strict = await check(join(root, "report"), undefined, true);
    expect(strict.code).toBe(1);
    expect(lastLine(strict.stdout)).toBe("✗ 0 numbers off or missing, 5 inconsistencies, 0 failing claims: errors with --strict (exit 1)");
  });

  it("a failing claim alone: 0, a warning; 1 with --strict", async () => {
    expect((await check(join(dir, "claims-only"), "good.json", true)).code).toBe(0);
    const r = await check(join(dir, "claims-only"), "broken.json", false);
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe("! 0 numbers off or missing, 0 inconsistencies, 1 failing claim: reported as warnings (exit 0; --strict makes them errors, exit 1)");
    const strict = await check(join(dir, "claims-only"), "broken.json", true);
    expect(strict.code).toBe(1);
    expect(lastLine(strict.stdout)).toBe("✗ 0 numbers off or missing, 0 inconsistencies, 1 failing claim: errors with --strict (exit 1)");
  });

  it("2 on bad input, with or without --strict", async () => {
    for (const strict of [false, true]) expect((await check(join(dir, "clean"), "v99.json", strict)).code).toBe(2);
  });
});

describe("safety-gap check", () => {
  it("without a reproduction, checks the paper against itself and says so", async () => {
    const r = await runCli(["check", "--report", join(root, "report"), "--results", join(dir, "none.json")], dir);
    expect(r.code).toBe(2);
    const r2 = await runCli(["check", "--report", join(root, "report")], dir);
    expect(r2.code).toBe(0);
    expect(r2.stdout).toContain("note: no reproduction");
    expect(r2.stdout).toContain("5 inconsistencies");
  });

  it("compares with a reproduction; claims are warnings, errors with --strict", async () => {
    const args = ["check", "--report", join(root, "report"), "--results", join(dir, "broken.json")];
    const r = await runCli(args, dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Published numbers vs reproduction/);
    expect(r.stdout).toMatch(/! every advanced method narrows the safety gap at every scale — broken by s=1B, m=CAI: 0\.01 < 0 is false \(summary\.1B\.CAI\.delta = 0\.01\)/);
    const strict = await runCli([...args, "--strict"], dir);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain("✗ every advanced method narrows");
  });

  it("--format json carries comparisons, findings and claims", async () => {
    const r = await runCli(["check", "--report", join(root, "report"), "--results", join(dir, "good.json"), "--format", "json"], dir);
    const j = JSON.parse(r.stdout);
    expect(j.comparisons.length).toBe(j.counts.numbers);
    const ret = j.comparisons.find((c: { id: string }) => c.id === "t1.SFT+DPO.retention");
    expect(ret).toMatchObject({ published: 0.81, value: 1, verdict: "off" });
    const cai = j.comparisons.find((c: { id: string }) => c.id === "t1.CAI.retention");
    expect(cai.verdict).toBe("within rounding");
    expect(j.findings.filter((f: { severity: string }) => f.severity === "inconsistent")).toHaveLength(5);
    expect(j.claims.length).toBeGreaterThan(10);
  });

  it("z is the difference over sqrt(2)·SE and drives the verdict", () => {
    const bumped = syntheticResults({ "summary.7B.CAI.retention": 0.7601 + 0.02, "summary.7B.RLVR.retention": 0.7934 + 0.05 });
    const report = buildCheckReport({ published: loadPublished(PUBLISHED_FILE), results: bumped });
    const c = report.comparisons.find((x) => x.id === "t1.CAI.retention")!;
    expect(c.z).toBeCloseTo(0.02 / (Math.SQRT2 * 0.01), 9);
    expect(c.verdict).toBe("reproduced");
    expect(report.comparisons.find((x) => x.id === "t1.RLVR.retention")!.verdict).toBe("off");
    // A formula's SE is propagated from its inputs: 1 - retention has the retention's SE.
    const f = report.comparisons.find((x) => x.id === "intro.narrowMax")!;
    expect(f.se).toBeCloseTo(0.01, 9);
  });

  it("renders an accessible HTML fragment", () => {
    const report = buildCheckReport({ published: loadPublished(PUBLISHED_FILE), results: syntheticResults(), claims: loadClaims(CLAIMS_FILE) });
    const html = renderCheckHtml(report);
    expect(html).toMatch(/^<section class="review-check" aria-labelledby="review-check-title">/);
    expect(html.match(/<caption>/g)).toHaveLength(3);
    expect(html).toContain('<th scope="col">Verdict</th>');
    expect(html).toContain('<th scope="row">Table 1, row SFT+DPO, column Ret. Ratio</th>');
    expect(html).toContain("Eq. 2, Safety Gap / baseline Safety Gap (0.2009 / 0.2009) = 1.0000");
    expect(html).toContain("<td>understated bound</td>");
    expect(html).not.toMatch(/<script/);
  });

  it("rejects unknown options and formats", async () => {
    expect((await runCli(["check", "--stric"], dir)).code).toBe(2);
    expect((await runCli(["check", "--format", "yaml"], dir)).stderr).toContain("unknown format 'yaml'");
  });

  it("--results takes an output folder (its results.json), like diff", async () => {
    const r = await runCli(["check", "--report", join(root, "report"), "--results", join(dir, "outdir"), "--format", "json"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).comparisons.find((c: { id: string }) => c.id === "t1.SFT+DPO.retention")).toMatchObject({ value: 1 });
    const empty = await runCli(["check", "--report", join(root, "report"), "--results", join(dir, "empty")], dir);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("has no results.json");
  });

  it("--results naming nothing is bad input that says so, suggesting only what check accepts", async () => {
    const r = await runCli(["check", "--report", join(root, "report"), "--results", join(dir, "none.json")], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`no results at ${join(dir, "none.json")}`);
    expect(r.stderr).not.toContain("internal consistency");
    expect(r.stderr).not.toContain("revision");
    const bad = await runCli(["check", "--report", join(root, "report"), "--results", join(dir, "v99.json")], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toContain("revision");
  });

  it("refuses a results file of another schemaVersion, naming the supported one", async () => {
    const r = await runCli(["check", "--report", join(root, "report"), "--results", join(dir, "v99.json")], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("schemaVersion 99 is not supported (this safety-gap reads version 1)");
  });

  it("a missing or wrong --report folder is bad input, not a crash", async () => {
    for (const report of [join(dir, "nonexistent"), join(dir, "good.json"), join(dir, "empty")]) {
      const r = await runCli(["check", "--report", report], dir);
      expect(r.code, report).toBe(2);
      expect(r.stderr).not.toMatch(/internal error|ENOENT|EISDIR|ENOTDIR/);
    }
    expect((await runCli(["check", "--report", join(dir, "nonexistent")], dir)).stderr).toContain(`report folder ${join(dir, "nonexistent")} does not exist`);
    expect((await runCli(["check", "--report", join(dir, "empty")], dir)).stderr).toContain(`no published.yaml in ${join(dir, "empty")}`);
  });

  it("says when there is no claims.yaml, also with --strict", async () => {
    const args = ["check", "--report", join(dir, "no-claims"), "--results", join(dir, "good.json")];
    const r = await runCli(args, dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`note: no claims at ${join(dir, "no-claims", "claims.yaml")}`);
    const strict = await runCli([...args, "--strict"], dir);
    expect(strict.stdout).toContain("note: no claims at");
  });
});
