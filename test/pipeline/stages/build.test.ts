/**
 * build() in this process on the starter paper (starterProject.ts), with
 * recording effects and a fake printer: what is committed where, which
 * entries are stale, which stages ran and why, the warnings, and a failed
 * stage that commits nothing. The first build loads the figure and maths
 * code (a few seconds); the later ones take a fraction of a second.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build, staleOutputs } from "../../../src/pipeline/build.js";
import type { BuildOptions } from "../../../src/pipeline/context.js";
import { resolveOptions } from "../../../src/pipeline/resolveOptions.js";
import type { PdfPrinter } from "../../../src/pdf/PdfPrinter.js";
import { textOf } from "../../../src/text/textOf.js";
import { safetyGapErrorOfAsync } from "../../helpers/safetyGapError.js";
import { commandRuns, fakePdf, fakePrinter, recordingEffects, removeProjects, starterProject } from "./starterProject.js";

vi.mock("../../../src/source/runResultsCommand.js", async () => ({ runResultsCommand: (await import("./starterProject.js")).writeResults }));

afterAll(removeProjects);

/** The committed paths but the fonts, stylesheets and scripts the paper and the site load. */
const outline = (paths: string[]): string[] => paths.filter((p) => !/(^|\/)(assets|static)\//.test(p));

const PAPER = ["check.json", "data/samples.csv", "paper.html", "paper.pdf", "provenance.json", "results.json"];
const SITE = ["site/check.html", "site/data/samples.csv", "site/figures.html", "site/index.html", "site/numbers.html", "site/provenance.html", "site/results.json", "site/tables.html"];

const latin1 = (data: Uint8Array | string | undefined): string => Buffer.from(data as Uint8Array).toString("latin1");

const runsOf = (report: { runs: { stage: string; ran: boolean; reason: string }[] }): string[] => report.runs.map((r) => `${r.stage}: ${r.ran ? "ran" : "skipped"} (${r.reason})`);

async function project(edit?: (dir: string) => void, flags: { pdf?: boolean; site?: boolean; strict?: boolean } = {}): Promise<BuildOptions> {
  const dir = await starterProject();
  edit?.(dir);
  return resolveOptions({ cwd: dir, workers: 1, ...flags });
}

describe("build(options, effects, printer)", () => {
  let options: BuildOptions;
  const effects = recordingEffects();
  const printer = fakePrinter(fakePdf(1));
  let first: Awaited<ReturnType<typeof build>>;
  let second: Awaited<ReturnType<typeof build>>;
  let firstWall = 0;
  beforeAll(async () => {
    options = await project();
    const stages: string[] = [];
    options.onStage = (run) => stages.push(run.stage);
    const t0 = performance.now();
    first = await build(options, effects, printer);
    firstWall = performance.now() - t0;
    second = await build(options, effects, printer);
    expect(stages).toEqual([...first.runs, ...second.runs].map((r) => r.stage));
  });

  it("commits the paper, its PDF, check.json and the site into the output folder at once, nothing stale", () => {
    expect(effects.commits.map((c) => [c.outDir, c.stale])).toEqual([
      [options.outDir, []],
      [options.outDir, []],
    ]);
    const paths = [...effects.commits[0]!.files.keys()].sort();
    expect(outline(paths)).toEqual([...PAPER, ...SITE]);
    expect(paths.filter((p) => p.startsWith("assets/paper/"))).toEqual(["assets/paper/paper.css", "assets/paper/print.css", "assets/paper/screen.css"]);
    expect(first.files).toEqual(paths);
    expect(second.files).toEqual(paths);
    expect(first.ms).toBeGreaterThan(0);
    expect(first.ms).toBeLessThanOrEqual(firstWall);
  });

  it("runs every stage the first time and reuses compute, figures and the PDF the second", () => {
    expect(runsOf(first)).toEqual([
      "params: ran (always runs)",
      "compute: ran (no cache)",
      "figures: ran (no cache)",
      "render: ran (always runs)",
      "pdf: ran (no cache)",
      "review: ran (always runs)",
      "site: ran (always runs)",
    ]);
    expect(runsOf(second)).toEqual([
      "params: ran (always runs)",
      "compute: skipped (cached)",
      "figures: skipped (cached)",
      "render: ran (always runs)",
      "pdf: skipped (cached)",
      "review: ran (always runs)",
      "site: ran (always runs)",
    ]);
    expect(commandRuns.filter((c) => c === "node study.mjs")).toHaveLength(1);
  });

  it("prints paper.html and its assets once, at the config's page size, with the build's date, and leaves the given printer open", () => {
    expect(printer.jobs).toHaveLength(1);
    const job = printer.jobs[0]!;
    const committed = effects.commits[0]!.files;
    expect(job.entry).toBe("paper.html");
    expect(job.sourceDateEpoch).toBe(1_700_000_000);
    expect(job.draft).toBeUndefined();
    expect([...job.files!.keys()].sort()).toEqual([...committed.keys()].filter((p) => p === "paper.html" || p.startsWith("assets/")).sort());
    const html = textOf(committed.get("paper.html"));
    expect(html).not.toContain("@page { size");
    expect(textOf(job.files!.get("paper.html"))).toBe(html.replace("</head>", "<style>@page { size: Letter; }</style>\n</head>"));
    expect(job.files!.get("assets/paper/print.css")).toBe(committed.get("assets/paper/print.css"));
    expect(printer.closeCalls).toBe(0);
    expect(latin1(committed.get("paper.pdf"))).toBe(latin1(fakePdf(1)));
    expect(latin1(effects.commits[1]!.files.get("paper.pdf"))).toBe(latin1(fakePdf(1)));
  });

  it("warns of nothing when the PDF has the pages paper.yaml states", () => {
    expect(first.warnings).toEqual([]);
    expect(second.warnings).toEqual([]);
  });

  it("writes check.json: the claims and published numbers against these results", () => {
    const check = JSON.parse(textOf(effects.commits[0]!.files.get("check.json"))) as { claims: { id: string; status: string }[] };
    expect(check.claims.map((c) => [c.id, c.status])).toEqual([["treated-higher", "pass"]]);
    // Paths as in the project, so out/ does not depend on where it is checked out.
    expect(check).toMatchObject({ publishedFile: "report/published.yaml", claimsFile: "report/claims.yaml" });
    expect(textOf(effects.commits[0]!.files.get("check.json"))).toBe(`${JSON.stringify(check, null, 1)}\n`);
    expect(textOf(effects.commits[0]!.files.get("site/check.html"))).toContain('<h2 id="review-check-title">Checking the published paper</h2>');
  });
});

describe("build: what it leaves out", () => {
  it("with --no-pdf --no-site: no PDF, no site/, both stale, no print", async () => {
    const options = await project(undefined, { pdf: false, site: false });
    const effects = recordingEffects();
    const printer = fakePrinter(fakePdf(1));
    const report = await build(options, effects, printer);
    expect(effects.commits).toHaveLength(1);
    expect(effects.commits[0]!.stale).toEqual(["paper.pdf", "site"]);
    expect(outline(report.files)).toEqual(["check.json", "data/samples.csv", "paper.html", "provenance.json", "results.json"]);
    expect(report.runs.map((r) => r.stage)).toEqual(["params", "compute", "figures", "render", "review"]);
    expect(printer.jobs).toEqual([]);
  });

  it("without report/published.yaml: no check.json, which is stale, and review says why it did not run", async () => {
    const options = await project((dir) => rmSync(join(dir, "report", "published.yaml")), { pdf: false });
    const effects = recordingEffects();
    const report = await build(options, effects);
    expect(effects.commits[0]!.stale).toEqual(["paper.pdf", "check.json"]);
    expect(outline(report.files)).toEqual(["data/samples.csv", "paper.html", "provenance.json", "results.json", ...SITE]);
    expect(textOf(effects.commits[0]!.files.get("site/check.html"))).toContain('<p class="not-available" role="status">');
    expect(runsOf(report)).toContain("review: skipped (no published.yaml)");
  });
});

describe("build: the review", () => {
  it("without report/claims.yaml: check.json with the published numbers and no claims", async () => {
    const options = await project((dir) => rmSync(join(dir, "report", "claims.yaml")), { pdf: false, site: false });
    const effects = recordingEffects();
    const report = await build(options, effects);
    const check = JSON.parse(textOf(effects.commits[0]!.files.get("check.json"))) as { claims: unknown[] };
    expect(check.claims).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it("with --strict and every claim holding: commits, without warnings, check.json saying strict", async () => {
    const options = await project(undefined, { pdf: false, site: false, strict: true });
    const effects = recordingEffects();
    expect((await build(options, effects)).warnings).toEqual([]);
    expect(effects.commits).toHaveLength(1);
    expect(JSON.parse(textOf(effects.commits[0]!.files.get("check.json")))).toMatchObject({ strict: true, exitCode: 0 });
  });

  it("with --strict, a published number that is off fails check.json's exit code, not the build", async () => {
    const options = await project((dir) => {
      const file = join(dir, "report", "published.yaml");
      writeFileSync(file, readFileSync(file, "utf8").replace("treated: [51.68]", "treated: [71.68]"));
    }, { pdf: false, site: false, strict: true });
    const effects = recordingEffects();
    await build(options, effects);
    expect(JSON.parse(textOf(effects.commits[0]!.files.get("check.json")))).toMatchObject({ strict: true, exitCode: 1 });
  });

  it("reports a claim that cannot be evaluated as broken", async () => {
    const options = await project((dir) => {
      const file = join(dir, "report", "claims.yaml");
      writeFileSync(file, readFileSync(file, "utf8").replace("`effect.diff` > 0", "`effect.diff` > `effect.nope`"));
    }, { pdf: false, site: false });
    expect((await build(options, recordingEffects())).warnings).toEqual(["claim treated-higher is broken: cannot evaluate: no number named 'effect.nope'; did you mean 'effect.d'?"]);
  });
});

describe("build: warnings", () => {
  it("says when the PDF's page count differs from the one paper.yaml states", async () => {
    const options = await project(undefined, { site: false });
    const report = await build(options, recordingEffects(), fakePrinter(fakePdf(3)));
    expect(report.warnings).toEqual(["report/paper.yaml states 1 pages (the ACM reference line), but the PDF has 3: set `pages: 3`"]);
  });

  it("reports a failing claim as a warning, and commits", async () => {
    const options = await project(failingClaim, { pdf: false, site: false });
    const effects = recordingEffects();
    const report = await build(options, effects);
    expect(report.warnings).toEqual(["claim treated-higher fails: broken by 2.481 < 0 is false (effect.diff = 2.4809)"]);
    expect(effects.commits).toHaveLength(1);
  });
});

function failingClaim(dir: string): void {
  const file = join(dir, "report", "claims.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace("`effect.diff` > 0", "`effect.diff` < 0"));
}

describe("build: a failed stage commits nothing", () => {
  it("--strict with a failing claim", async () => {
    const options = await project(failingClaim, { pdf: false, site: false, strict: true });
    const effects = recordingEffects();
    const e = await safetyGapErrorOfAsync(() => build(options, effects));
    expect(e.message).toBe(`1 claim(s) of ${join(options.reportDir, "claims.yaml")} fail against the reproduction (--strict)`);
    expect(e.where).toEqual({ file: join(options.reportDir, "claims.yaml") });
    expect(e.hint).toBe("Fix the parameters or the claim, or build without --strict to see them as warnings.");
    expect(effects.commits).toEqual([]);
  });

  it("a figure the text places without its spec", async () => {
    const options = await project((dir) => rmSync(join(dir, "report", "figures", "arms.vl.json")), { site: false });
    const effects = recordingEffects();
    const printer = fakePrinter(fakePdf(1));
    const e = await safetyGapErrorOfAsync(() => build(options, effects, printer));
    expect(e.message).toBe("the text places figure 'arms', but report/figures/arms.vl.json does not exist");
    expect(e.where?.file).toBe(join(options.reportDir, "paper", "01-results.md"));
    expect(e.hint).toBe("Create report/figures/arms.vl.json or correct the figure id.");
    expect(effects.commits).toEqual([]);
    expect(printer.jobs).toEqual([]);
  });

  it("a print that fails: its error, after the page stages finished", async () => {
    const options = await project();
    const effects = recordingEffects();
    const stages: string[] = [];
    options.onStage = (run) => stages.push(run.stage);
    const failing = { print: () => Promise.reject(new Error("the browser crashed")), close: () => Promise.resolve() } as unknown as PdfPrinter;
    await expect(build(options, effects, failing)).rejects.toThrow(/^the browser crashed$/);
    expect(effects.commits).toEqual([]);
    expect(stages).toEqual(["params", "compute", "figures", "render", "review", "site"]);
  });

  it("a page stage that fails while the PDF prints: that stage's error, once the print is over", async () => {
    const options = await project((dir) => writeFileSync(join(dir, "report", "published.yaml"), "design: [\n"));
    const effects = recordingEffects();
    let printed = false;
    const slow = {
      print: () => new Promise<Buffer>((resolve) => setImmediate(() => {
        printed = true;
        resolve(Buffer.from(fakePdf(1)));
      })),
      close: () => Promise.resolve(),
    } as unknown as PdfPrinter;
    const e = await safetyGapErrorOfAsync(() => build(options, effects, slow));
    expect(e.where?.file).toBe(join(options.reportDir, "published.yaml"));
    expect(printed).toBe(true);
    expect(effects.commits).toEqual([]);
  });
});

describe("staleOutputs(options, files)", () => {
  const files = (...paths: string[]) => new Map(paths.map((p) => [p, ""]));
  it("names what a skipped stage would have made", () => {
    expect(staleOutputs({ pdf: true, site: true }, files("check.json"))).toEqual([]);
    expect(staleOutputs({ pdf: false, site: true }, files("check.json"))).toEqual(["paper.pdf"]);
    expect(staleOutputs({ pdf: true, site: false }, files("check.json"))).toEqual(["site"]);
    expect(staleOutputs({ pdf: true, site: true }, files("paper.html"))).toEqual(["check.json"]);
    expect(staleOutputs({ pdf: false, site: false }, files())).toEqual(["paper.pdf", "site", "check.json"]);
  });
});
