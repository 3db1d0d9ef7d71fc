/**
 * compute, check and diff run in this process on the starter paper
 * (test/pipeline/stages/starterProject.ts): its results command replaced by
 * writeResults (vi.mock), so compute writes out/results.json without a child
 * process, and check and diff read it. Exact output, exit codes, refusals.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { cli, untimed } from "./runCli.js";
import { removeProjects, starterProject } from "../../pipeline/stages/starterProject.js";

vi.mock("../../../src/source/runResultsCommand.js", async () => ({ runResultsCommand: (await import("../../pipeline/stages/starterProject.js")).writeResults }));

afterAll(removeProjects);

let dir = "";
beforeAll(async () => {
  dir = await starterProject();
  const r = await cli(["compute", "--workers", "1"], dir);
  expect(r).toEqual({ code: 0, out: expect.any(String) as string, err: "" });
  expect(untimed(r.out)).toBe("safety-gap compute: wrote out/data/samples.csv, out/results.json (9 numbers, T s, 1 worker)\n");
});

describe("compute", () => {
  it("writes the command's results into out/", () => {
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["data", "results.json"]);
    expect(readFileSync(join(dir, "out", "data", "samples.csv"), "utf8")).toBe("arm,sample,score\ntreated,0,51.5\ncontrol,0,49.1\n");
  });

  it("prints nothing with --quiet, and writes into --out relative to the working folder", async () => {
    const r = await cli(["compute", "--quiet", "--out", "elsewhere", "--workers", "2"], dir);
    expect(r).toEqual({ code: 0, out: "", err: "" });
    expect(readFileSync(join(dir, "elsewhere", "results.json"), "utf8")).toBe(readFileSync(join(dir, "out", "results.json"), "utf8"));
  });

  it("says 2 workers in the plural, and on a terminal passes the command's lines to stderr", async () => {
    const r = await cli(["compute", "--out", "tty", "--workers", "2"], dir, true);
    expect(r.code).toBe(0);
    expect(untimed(r.out)).toBe("safety-gap compute: wrote tty/data/samples.csv, tty/results.json (9 numbers, T s, 2 workers)\n");
    expect(r.err).toBe("running node study.mjs …\n");
    expect(await cli(["compute", "--out", "tty", "--quiet"], dir, true)).toEqual({ code: 0, out: "", err: "" });
  });

  it("refuses a link in the report folder to a file outside it", async () => {
    const outside = resolve(dir, "..", "secret.md");
    writeFileSync(outside, "secret\n");
    symlinkSync(outside, join(dir, "report", "link.md"));
    try {
      const r = await cli(["compute", "--quiet"], dir);
      expect(r).toEqual({
        code: 2,
        out: "",
        err: `safety-gap compute: report/link.md: a symbolic link to ${outside}, outside the report and templates folders: a build reads no file outside the report, the templates and the package\n  fix: Replace the link by a copy of the file, or point it at a file inside report/ or templates/.\n`,
      });
    } finally {
      rmSync(join(dir, "report", "link.md"));
    }
  });

  it("refuses --seed for a results command (exit 2), naming the config's results field", async () => {
    const r = await cli(["compute", "--seed", "3"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "safety-gap compute: safety-gap.config.yaml (results): --seed overrides the built-in study's seed, but this paper's results come from `node study.mjs`\n  fix: set the seed in the inputs your command reads (e.g. its parameter file), then run compute again\n",
    );
  });
});

describe("check", () => {
  const report = (results: string): string => `Published numbers vs reproduction (${results})
  3 numbers: 3 within rounding   z = (reproduced - published) / (sqrt(2)·SE)
  where                              key or formula    published  reproduced     diff    SE     z  verdict
  Table 1, row treated, column Mean  arm.treated.mean      51.68     51.6812  +0.0012   0.7  0.00  within rounding
  Table 1, row control, column Mean  arm.control.mean      49.20     49.2003  +0.0003  0.69  0.00  within rounding
  Section 1                          effect.diff            2.48      2.4809  +0.0009  0.98  0.00  within rounding

Internal consistency of the published paper (${dir}/report/published.yaml, 7 rules)
  0 inconsistencies, 0 understated bounds, 0 rounding notes

Claims (${dir}/report/claims.yaml) against the reproduction
  1/1 hold
  ✓ the treated arm scores higher than the control arm

✓ no number off, no inconsistency, no failing claim
`;

  it("compares the published paper with out/results.json by default (exit 0)", async () => {
    expect(await cli(["check"], dir)).toEqual({ code: 0, out: report(`${dir}/out/results.json`), err: "" });
    expect(await cli(["check", "--strict", "--results", "elsewhere"], dir)).toEqual({ code: 0, out: report(`${dir}/elsewhere/results.json`), err: "" });
  });

  it("prints the report as JSON or HTML with --format", async () => {
    const json = await cli(["check", "--format", "json"], dir);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out) as { exitCode: number; resultsFile: string; claimsFile: string };
    expect([parsed.exitCode, parsed.resultsFile, parsed.claimsFile]).toEqual([0, `${dir}/out/results.json`, `${dir}/report/claims.yaml`]);
    expect(json.out.endsWith("}\n")).toBe(true);
    const html = await cli(["check", "--format", "html"], dir);
    expect(html.code).toBe(0);
    expect(html.out.slice(0, 1)).toBe("<");
  });

  it("exits 1 with --strict when a number is off, 0 without", async () => {
    const off = join(dir, "off");
    mkdirSync(off, { recursive: true });
    writeFileSync(join(off, "results.json"), readFileSync(join(dir, "out", "results.json"), "utf8").replace("51.6812", "58.6812"));
    const strict = await cli(["check", "--strict", "--results", "off/results.json"], dir);
    expect(strict.code).toBe(1);
    expect(strict.out).toContain("arm.treated.mean      51.68     58.6812");
    const loose = await cli(["check", "--results", "off"], dir);
    expect(loose.code).toBe(0);
    expect(loose.out.split("\n").slice(-2)[0]).toBe("! 1 number off or missing, 0 inconsistencies, 0 failing claims: reported as warnings (exit 0; --strict makes them errors, exit 1)");
  });

  it("notes a missing claims file and missing results, and checks only the paper itself", async () => {
    const other = join(dir, "bare");
    mkdirSync(join(other, "report"), { recursive: true });
    writeFileSync(join(other, "report", "published.yaml"), readFileSync(join(dir, "report", "published.yaml")));
    const r = await cli(["check"], other);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toContain(`no claims at ${other}/report/claims.yaml: the paper's claims are not evaluated. add claims.yaml to the report folder to evaluate them (see docs/review.md, 'The claims')`);
    expect(r.out).toContain(`no reproduction at ${other}/out/results.json: only the published paper's internal consistency is checked. run \`safety-gap compute\` (or pass --results FILE) to compare with the reproduction and evaluate the claims`);
  });

  it("refuses bad input with exit 2 and says what to pass", async () => {
    const refusals: [string[], string][] = [
      [["check", "extra"], "safety-gap check: (command line): expected no positional arguments, got 1 argument (see `safety-gap check --help`)\n"],
      [["check", "--report", "nowhere"], `safety-gap check: (command line): report folder ${dir}/nowhere does not exist\n  fix: pass --report with the folder that holds published.yaml and claims.yaml (default: report)\n`],
      [["check", "--report", "report/paper.yaml"], `safety-gap check: (command line): --report ${dir}/report/paper.yaml is not a folder\n  fix: pass --report with the folder that holds published.yaml and claims.yaml (default: report)\n`],
      [["check", "--report", "out"], `safety-gap check: ${dir}/out: no published.yaml in ${dir}/out\n  fix: pass --report with the folder that holds published.yaml and claims.yaml (default: report)\n`],
      [["check", "--results", "none.json"], `safety-gap check: none.json: no results at ${dir}/none.json\n  fix: run \`safety-gap compute\` first, or pass --results with a results.json or an output folder containing one\n`],
      [["check", "--fragile", "1.5"], `safety-gap check: (command line): --fragile "1.5" is not a rate between 0 and 1\n  fix: Give the hold rate below which a claim is fragile as a fraction, e.g. --fragile 0.95.\n`],
      [["check", "--fragile", "0x1"], `safety-gap check: (command line): --fragile "0x1" is not a rate between 0 and 1\n  fix: Give the hold rate below which a claim is fragile as a fraction, e.g. --fragile 0.95.\n`],
    ];
    for (const [argv, err] of refusals) expect(await cli(argv, dir), argv.join(" ")).toEqual({ code: 2, out: "", err });
  });

  it("reads --sweep even where it is missing (an error), but a sweep.json beside the results only if there is one", async () => {
    expect(await cli(["check", "--sweep", "none.json"], dir)).toEqual({ code: 2, out: "", err: "safety-gap check: none.json: not a sweep.json written by safety-gap sweep (ENOENT)\n  fix: Run safety-gap sweep --seeds 1..100 again, or pass another file with --sweep.\n" });
  });

  it("takes --fragile rates 0, 1, 1.00 and .5", async () => {
    for (const rate of ["0", "1", "1.00", ".5", "0.95"]) expect((await cli(["check", "--fragile", rate], dir)).code, rate).toBe(0);
  });
});

describe("diff", () => {
  beforeAll(() => {
    writeFileSync(join(dir, "b.json"), readFileSync(join(dir, "out", "results.json"), "utf8").replace("51.6812", "53.6812"));
  });

  const TABLE = `safety-gap diff out/results.json -> b.json
1 number differs (1 beyond 1σ Monte-Carlo noise), grouped by key family.

arm treated
  key                   old      new  delta       ±SE  verdict
  arm.treated.mean  51.6812  53.6812     +2  0.989949  significant (>1σ)
`;

  it("lists the numbers that differ (exit 1), and says two identical results are (exit 0)", async () => {
    expect(await cli(["diff", "out/results.json", "b.json"], dir)).toEqual({ code: 1, out: TABLE, err: "" });
    expect(await cli(["diff", "out", "out"], dir)).toEqual({ code: 0, out: "safety-gap diff out -> out\nidentical: no number or sentence differs.\n", err: "" });
  });

  it("takes --sigmas K: a change within K combined SEs is noise", async () => {
    const r = await cli(["diff", "out/results.json", "b.json", "--sigmas", "3"], dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe(TABLE.replace("(1 beyond 1σ", "(0 beyond 3σ").replace("significant (>1σ)", "within MC noise"));
    expect((await cli(["diff", "out/results.json", "b.json", "--sigmas", ".5"], dir)).out).toBe(TABLE.replace(/1σ/g, "0.5σ"));
  });

  it("prints Markdown or JSON with --format, and writes the whole Markdown to --full", async () => {
    const md = await cli(["diff", "out/results.json", "b.json", "--format", "md", "--full", "full.md"], dir);
    expect(md.code).toBe(1);
    expect(readFileSync(join(dir, "full.md"), "utf8")).toBe(md.out);
    expect(md.out).toContain("arm.treated.mean");
    const summary = await cli(["diff", "out/results.json", "b.json", "--format", "md", "--max-chars", "65000"], dir);
    expect(summary.code).toBe(1);
    expect(summary.out).not.toBe(md.out);
    expect(summary.out).toContain("arm.treated.mean");
    expect((await cli(["diff", "out/results.json", "b.json", "--format", "md", "--max-chars", "2000"], dir)).out).toBe(summary.out);
    const json = await cli(["diff", "out/results.json", "b.json", "--format", "json"], dir);
    expect(json.code).toBe(1);
    expect((JSON.parse(json.out) as { identical: boolean }).identical).toBe(false);
    expect(json.out.endsWith("}\n")).toBe(true);
  });

  it("refuses bad arguments with exit 2", async () => {
    const refusals: [string[], string][] = [
      [["diff", "b.json"], "expected two inputs <A> <B>, got 1 argument (see `safety-gap diff --help`)"],
      [["diff", "b.json", "b.json", "b.json"], "expected two inputs <A> <B>, got 3 arguments (see `safety-gap diff --help`)"],
      [["diff", "b.json", "b.json", "--sigmas", "0"], "--sigmas must be a decimal number greater than 0, got '0' (see `safety-gap diff --help`)"],
      [["diff", "b.json", "b.json", "--sigmas", "Infinity"], "--sigmas must be a decimal number greater than 0, got 'Infinity' (see `safety-gap diff --help`)"],
      [["diff", "b.json", "b.json", "--sigmas", "1".repeat(400)], `--sigmas must be a decimal number greater than 0, got '${"1".repeat(400)}' (see \`safety-gap diff --help\`)`],
      [["diff", "b.json", "b.json", "--sigmas", " 2"], "--sigmas must be a decimal number greater than 0, got ' 2' (see `safety-gap diff --help`)"],
      [["diff", "b.json", "b.json", "--format", "md", "--max-chars", "99"], "--max-chars must be a whole number of at least 2000, got '99' (see `safety-gap diff --help`)"],
      [["diff", "b.json", "b.json", "--format", "md", "--max-chars", "1999"], "--max-chars must be a whole number of at least 2000, got '1999' (see `safety-gap diff --help`)"],
      [["diff", "b.json", "b.json", "--format", "md", "--max-chars", "2e4"], "--max-chars must be a whole number of at least 2000, got '2e4' (see `safety-gap diff --help`)"],
      [["diff", "b.json", "b.json", "--max-chars", "65000"], "--max-chars shortens the Markdown of --format md, not --format table (see `safety-gap diff --help`)"],
      [["diff", "b.json", "b.json", "--format", "json", "--max-chars", "65000"], "--max-chars shortens the Markdown of --format md, not --format json (see `safety-gap diff --help`)"],
    ];
    for (const [argv, err] of refusals) expect(await cli(argv, dir), argv.join(" ")).toEqual({ code: 2, out: "", err: `safety-gap diff: (command line): ${err}\n` });
  });

  it("refuses a --full file it cannot write, before printing anything", async () => {
    const r = await cli(["diff", "b.json", "out", "--full", "missing/full.md"], dir);
    expect(r).toEqual({ code: 2, out: "", err: `safety-gap diff: ${dir}/missing/full.md: cannot write the full diff to ${dir}/missing/full.md (ENOENT)\n  fix: Pass --full a path in a folder that exists and that you can write to.\n` });
  });
});
