/**
 * The build end to end on a small copy of the report (n = 40, 200
 * resamples, so it runs in seconds): reproducible bytes, stage caching with
 * reasons, and a failed build that leaves out/ as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { build } from "../../src/pipeline/build.js";
import { nodeEffects } from "../../src/pipeline/effects.js";
import { resolveOptions } from "../../src/pipeline/resolveOptions.js";
import { SafetyGapError } from "../../src/errors.js";
import { browserAvailable } from "../../src/pdf/findBrowser.js";
import { PdfPrinter } from "../../src/pdf/PdfPrinter.js";
import { sha256 } from "../../src/pipeline/hashing.js";
import { smallProject } from "./smallProject.js";

function snapshot(out: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(out, p), sha256(readFileSync(p)));
    }
  };
  walk(out);
  return files;
}

const effects = nodeEffects({ SOURCE_DATE_EPOCH: "1700000000" });
const withPdf = browserAvailable();

/**
 * One browser prints for every build of this file, handed to build() as watch
 * mode hands its own (a browser start costs about two CPU-seconds); the
 * build's own start-print-close is PdfPrinter.test's and the CLI tests' subject.
 */
let printer: PdfPrinter | undefined;
beforeAll(async () => {
  if (withPdf) printer = await PdfPrinter.launch({ env: process.env });
});
afterAll(async () => printer?.close());

async function run(project: string, out = "out", extra: { pdf?: boolean } = {}) {
  const options = resolveOptions({ cwd: project, out, workers: 2, pdf: extra.pdf ?? withPdf });
  return build(options, effects, printer);
}

/** Project folders this file made, removed after its tests. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the built project (report, templates, .cache, out), so each test edits its own and none sees another's edits. */
function copyOf(built: string): string {
  const dir = mkdtempSync(join(tmpdir(), "sg-build-copy-"));
  cpSync(built, dir, { recursive: true });
  made.push(dir);
  return dir;
}

describe("build(options, effects)", () => {
  let built: string;
  beforeAll(async () => {
    built = smallProject();
    made.push(built);
    await run(built, "out");
  });

  it("writes the paper, results, provenance and supplement", () => {
    const files = snapshot(join(built, "out"));
    for (const f of ["paper.html", "results.json", "provenance.json", "check.json", "data/samples.csv", "site/index.html"]) expect(files.has(f), f).toBe(true);
    if (withPdf) expect(files.has("paper.pdf")).toBe(true);
  });

  it("gives byte-identical files on a second build into another folder (PDF included)", async () => {
    const project = copyOf(built);
    const report = await run(project, "out2");
    expect(report.runs.find((r) => r.stage === "compute")?.ran).toBe(false);
    const a = snapshot(join(project, "out"));
    const b = snapshot(join(project, "out2"));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [f, h] of a) expect(b.get(f), f).toBe(h);
  });

  it("after a text edit re-renders without re-running compute or figures", async () => {
    const project = copyOf(built);
    const intro = join(project, "report", "paper", "01-introduction.md");
    writeFileSync(intro, readFileSync(intro, "utf8").replace(/\n\n/, "\n\nAn added sentence for the test.\n\n"));
    const report = await run(project, "out3");
    const byStage = Object.fromEntries(report.runs.map((r) => [r.stage, r]));
    expect(byStage.compute?.ran).toBe(false);
    expect(byStage.figures?.ran).toBe(false);
    expect(byStage.render?.ran).toBe(true);
    expect(readFileSync(join(project, "out3", "paper.html"), "utf8")).toContain("An added sentence for the test.");
    if (withPdf) expect(byStage.pdf).toMatchObject({ ran: true, reason: "page changed" });
  });

  it("re-runs compute after a parameter change, and the figures because the results changed, and says why", async () => {
    const project = copyOf(built);
    const model = join(project, "report", "model.yaml");
    writeFileSync(model, readFileSync(model, "utf8").replace(/^seed: 42/m, "seed: 43"));
    const report = await run(project, "out4", { pdf: false });
    const byStage = Object.fromEntries(report.runs.map((r) => [r.stage, r]));
    expect(byStage.compute).toMatchObject({ ran: true, reason: "params changed" });
    expect(byStage.figures).toMatchObject({ ran: true, reason: "results changed" });
    // The SVGs drawn from the new results, not the cached ones of seed 42.
    const svgs = (out: string) => readFileSync(join(project, out, "site", "figures.html"), "utf8").match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs("out4")).toHaveLength(svgs("out").length);
    expect(svgs("out4")).not.toEqual(svgs("out"));
  });

  it("leaves out/ as it was when a template has an unknown key", async () => {
    const project = copyOf(built);
    const before = snapshot(join(project, "out"));
    const intro = join(project, "report", "paper", "01-introduction.md");
    const text = readFileSync(intro, "utf8");
    writeFileSync(intro, text.replace(/\n\n/, "\n\nBroken {{ summary.7B.CAI.retension | f4 }} here.\n\n"));
    const error = await run(project, "out").catch((e: unknown) => e);
    writeFileSync(intro, text);
    expect(error).toBeInstanceOf(SafetyGapError);
    const formatted = (error as SafetyGapError).format();
    expect(formatted).toMatch(/01-introduction\.md:\d+:\d+/);
    expect(formatted).toContain("retension");
    expect(snapshot(join(project, "out"))).toEqual(before);
  });

  it("removes the previous check.json when report/published.yaml is gone (review wrote none)", async () => {
    const project = copyOf(built);
    expect(existsSync(join(project, "out", "check.json"))).toBe(true);
    rmSync(join(project, "report", "published.yaml"));
    const report = await run(project, "out", { pdf: false });
    expect(report.runs.find((r) => r.stage === "review")).toMatchObject({ ran: false, reason: "no published.yaml" });
    expect(existsSync(join(project, "out", "check.json"))).toBe(false);
  });
});

describe("build(options, effects): out/ depends on the sources only", () => {
  it("gives byte-identical out/ from two checkouts in different folders, whatever folder the build starts from", async () => {
    const [a, b] = [smallProject(), smallProject()] as [string, string];
    made.push(a, b);
    // a from its own root (as `safety-gap build` is usually run), b from this test's working folder.
    const cwd = process.cwd();
    process.chdir(a);
    try {
      await run(a, "out", { pdf: false });
    } finally {
      process.chdir(cwd);
    }
    await run(b, "out", { pdf: false });
    const check = JSON.parse(readFileSync(join(a, "out", "check.json"), "utf8")) as { publishedFile: string; claimsFile: string; findings: { at?: { file: string } }[] };
    expect(check.publishedFile).toBe("report/published.yaml");
    expect(check.claimsFile).toBe("report/claims.yaml");
    expect(new Set(check.findings.map((f) => f.at?.file))).toEqual(new Set(["report/published.yaml"]));
    const [sa, sb] = [snapshot(join(a, "out")), snapshot(join(b, "out"))];
    expect([...sb.keys()].sort()).toEqual([...sa.keys()].sort());
    for (const [f, h] of sa) expect(sb.get(f), f).toBe(h);
  });
});
