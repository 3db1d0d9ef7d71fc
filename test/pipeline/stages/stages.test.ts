/**
 * The stages one by one on the starter paper (starterProject.ts), as
 * buildPage runs them: what each returns, what it caches, and the site's
 * provenance facts from the package root (a folder of links to this
 * package's parts, with its own package.json and .git).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import * as childProcess from "node:child_process";
import { dirname, join } from "node:path";
import { tmpdir } from "node:os";
import { createContext, startPrint } from "../../../src/pipeline/build.js";
import type { PdfPrinter } from "../../../src/pdf/PdfPrinter.js";
import type { BuildContext, BuildOptions } from "../../../src/pipeline/context.js";
import { packageRoot } from "../../../src/pipeline/packageRoot.js";
import { resolveOptions } from "../../../src/pipeline/resolveOptions.js";
import { computeStage, configuredSource } from "../../../src/pipeline/stages/compute.js";
import { figuresStage } from "../../../src/pipeline/stages/figures.js";
import { renderStage, type RenderOutput } from "../../../src/pipeline/stages/render.js";
import { reviewStage } from "../../../src/pipeline/stages/review.js";
import { siteStage, type SiteStageInput } from "../../../src/pipeline/stages/site.js";
import { pdfStage, withPageSize } from "../../../src/pipeline/stages/pdf.js";
import { builtinSource } from "../../../src/sources.js";
import { SWEEP_FORMAT, SWEEP_SCHEMA_VERSION } from "../../../src/sweep/sweepFile.js";
import { textOf } from "../../../src/text/textOf.js";
import type { ComputeOutput } from "../../../src/pipeline/stages/compute.js";
import { fakePdf, fakePrinter, recordingEffects, removeProjects, starterProject } from "./starterProject.js";

vi.mock("../../../src/source/runResultsCommand.js", async () => ({ runResultsCommand: (await import("./starterProject.js")).writeResults }));
vi.mock("node:child_process", async (importOriginal) => ({ ...(await importOriginal<typeof import("node:child_process")>()), execFileSync: vi.fn() }));

const git = vi.mocked(childProcess.execFileSync);
const roots = mkdtempSync(join(tmpdir(), "sg-stage-roots-"));
afterAll(() => {
  removeProjects();
  rmSync(roots, { recursive: true, force: true });
});

/** The node_modules the package's imports resolve to, above its folder as Node looks: Stryker's sandbox copy of the package has none of its own. */
function nodeModules(dir = packageRoot()): string {
  const here = join(dir, "node_modules");
  return existsSync(join(here, "vega", "package.json")) || dirname(dir) === dir ? here : nodeModules(dirname(dir));
}

/** A package root of links to this package's code, templates and node_modules, with `packageJson` and a .git folder if asked. */
function fakeRoot(packageJson: string | undefined, withGit: boolean): string {
  const dir = mkdtempSync(join(roots, "pkg-"));
  for (const part of ["src", "templates"]) symlinkSync(join(packageRoot(), part), join(dir, part));
  symlinkSync(nodeModules(), join(dir, "node_modules"));
  if (packageJson !== undefined) writeFileSync(join(dir, "package.json"), packageJson);
  if (withGit) mkdirSync(join(dir, ".git"));
  return dir;
}

/**
 * A package root for the stage cache's code and package inputs: copies of the
 * source folders the figures and references are keyed on, `files` (path ->
 * text) besides, and a node_modules of only `packages` (name -> version), each
 * a bare package.json.
 */
function versionsRoot(packages: Record<string, string>, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(roots, "versions-"));
  for (const folder of ["render/figures", "render/bib"]) cpSync(join(packageRoot(), "src", folder), join(dir, "src", folder), { recursive: true });
  for (const [name, version] of Object.entries(packages)) {
    mkdirSync(join(dir, "node_modules", name), { recursive: true });
    writeFileSync(join(dir, "node_modules", name, "package.json"), JSON.stringify({ name, version }));
  }
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

let options: BuildOptions;
let ctx: BuildContext;
let computed: ComputeOutput;
let svgs: Map<string, string>;
let rendered: RenderOutput;
beforeAll(async () => {
  const dir = await starterProject();
  // The table's id differs from the figure's, so a caption of one cannot pass for the other's.
  const text = join(dir, "report", "paper", "01-results.md");
  writeFileSync(text, readFileSync(text, "utf8").replaceAll("tbl:arms", "tbl:summary"));
  const tables = join(dir, "report", "tables.yaml");
  writeFileSync(tables, readFileSync(tables, "utf8").replace(/^arms:/m, "summary:"));
  options = resolveOptions({ cwd: dir, workers: 1 });
  ctx = createContext(options, recordingEffects(1_600_000_000));
  computed = await computeStage(ctx);
  svgs = await figuresStage(ctx, computed.results, textOf(computed.files.get("results.json")));
  rendered = await renderStage(ctx, computed.results, svgs, textOf(computed.files.get("results.json")));
});

describe("computeStage, figuresStage, renderStage", () => {
  it("takes the results from the configured source: the config's command, else the built-in study", () => {
    expect(configuredSource(ctx).name).toBe("command");
    expect(configuredSource(createContext({ ...options, source: { kind: "builtin" } }, ctx.effects))).toBe(builtinSource);
    expect([...computed.files.keys()].sort()).toEqual(["data/samples.csv", "results.json"]);
    expect(computed.results.numbers["effect.diff"]).toBe(2.4809);
  });

  it("renders one SVG per figure spec, and reuses them for the same results", async () => {
    expect([...svgs.keys()]).toEqual(["arms"]);
    expect(svgs.get("arms")).toMatch(/^<svg /);
    const again = createContext(options, ctx.effects);
    expect(await figuresStage(again, computed.results, textOf(computed.files.get("results.json")))).toEqual(svgs);
    expect(again.runs.map((r) => [r.stage, r.ran, r.reason])).toEqual([["figures", false, "cached"]]);
    const other = createContext(options, ctx.effects);
    await figuresStage(other, computed.results, `${textOf(computed.files.get("results.json"))} `);
    expect(other.runs.map((r) => [r.stage, r.ran, r.reason])).toEqual([["figures", true, "results changed"]]);
    const spec = join(options.reportDir, "figures", "arms.vl.json");
    writeFileSync(spec, `${readFileSync(spec, "utf8")}\n`);
    const edited = createContext(options, ctx.effects);
    await figuresStage(edited, computed.results, textOf(computed.files.get("results.json")));
    expect(edited.runs.map((r) => [r.stage, r.ran, r.reason])).toEqual([["figures", true, "specs, results changed"]]);
  });

  it("renders the figures again when the figure code or a package that draws them changes, not for other code or report files", async () => {
    const cacheDir = mkdtempSync(join(roots, "cache-"));
    const json = textOf(computed.files.get("results.json"));
    const packages = ["vega", "vega-lite", "fontkit", "@fontsource/libertinus-sans"];
    const versions = (changed?: string) => Object.fromEntries(packages.map((p) => [p, p === changed ? "2.0.0" : "1.0.0"]));
    const reason = async (root: string): Promise<string> => {
      const c = createContext({ ...options, packageRoot: root, cacheDir }, ctx.effects);
      await figuresStage(c, computed.results, json);
      return c.runs.map((r) => r.reason).join();
    };
    expect(await reason(versionsRoot(versions()))).toBe("no cache");
    const notes = join(options.reportDir, "notes.txt");
    writeFileSync(notes, "not a figure");
    try {
      expect(await reason(versionsRoot(versions(), { "src/other.ts": "export {};\n" }))).toBe("cached");
    } finally {
      rmSync(notes);
    }
    for (const changed of packages) expect(await reason(versionsRoot(versions(changed))), changed).toBe("deps changed");
    // Against the last stored run's inputs: the last package's change.
    expect(await reason(versionsRoot(versions(packages.at(-1)), { "src/render/figures/extra.ts": "export {};\n" }))).toBe("code changed");
  });

  it("renders the page, its assets and provenance.json, with each figure's caption", () => {
    expect([...rendered.files.keys()].filter((p) => !p.startsWith("assets/"))).toEqual(["paper.html", "provenance.json"]);
    expect(rendered.files.get("paper.html")).toBe(rendered.paper.html);
    expect(textOf(rendered.files.get("provenance.json"))).toBe(`${JSON.stringify({ usage: rendered.paper.usage, sentences: rendered.paper.sentences }, null, 1)}\n`);
    expect([...rendered.captions]).toEqual([["arms", expect.stringMatching(/^Mean score of each arm, with a 95% interval/) as string]]);
    expect([...rendered.captionsByScale]).toEqual([["arms", {}]]);
    expect(rendered.paper.statedPages).toBe(1);
  });

  it("takes the formatted references from the stage cache, keyed also by the bib code and the versions of citation-js", async () => {
    const cacheDir = mkdtempSync(join(roots, "cache-"));
    const json = textOf(computed.files.get("results.json"));
    const citation = ["@citation-js/core", "@citation-js/plugin-bibtex", "@citation-js/plugin-csl", "citeproc"];
    const versions = (changed?: string) => Object.fromEntries(citation.map((p) => [p, p === changed ? "2.0.0" : "1.0.0"]));
    const bib = join(options.reportDir, "references.bib");
    const text = readFileSync(bib, "utf8");
    // The render keeps the last bibliography in memory: another text first, so the next render asks the cache.
    // Each render starts from a copy of the cache, whose few kept entries a miss would push out.
    const render = async (root: string): Promise<string> => {
      const at = createContext({ ...options, packageRoot: root, cacheDir: mkdtempSync(join(roots, "cache-")) }, ctx.effects);
      cpSync(cacheDir, at.options.cacheDir, { recursive: true });
      writeFileSync(bib, `${text}\n`);
      try {
        await renderStage(at, computed.results, svgs, json);
      } finally {
        writeFileSync(bib, text);
      }
      return textOf((await renderStage(at, computed.results, svgs, json)).files.get("paper.html"));
    };
    const first = createContext({ ...options, packageRoot: versionsRoot(versions()), cacheDir }, ctx.effects);
    writeFileSync(bib, `${text}\n`);
    try {
      await renderStage(first, computed.results, svgs, json);
    } finally {
      writeFileSync(bib, text);
    }
    await renderStage(first, computed.results, svgs, json);
    // Both texts' entries (the .bib and the one with a newline more), so a render finds the mark in either.
    const dir = join(cacheDir, "references");
    const stored = readdirSync(dir).filter((e) => /^[0-9a-f]{64}$/.test(e)).map((e) => join(dir, e, "files", "references.json"));
    expect(stored).toHaveLength(2);
    for (const file of stored) {
      const entries = JSON.parse(readFileSync(file, "utf8")) as { html: string }[];
      writeFileSync(file, JSON.stringify(entries.map((e) => ({ ...e, html: "Formatted in the cache." }))));
    }
    expect(await render(versionsRoot(versions()))).toContain("Formatted in the cache.");
    expect(await render(versionsRoot(versions(), { "src/other.ts": "export {};\n" }))).toContain("Formatted in the cache.");
    expect(await render(versionsRoot(versions(), { "src/render/bib/extra.ts": "export {};\n" }))).not.toContain("Formatted in the cache.");
    for (const changed of citation) expect(await render(versionsRoot(versions(changed))), changed).not.toContain("Formatted in the cache.");
  });

  it("keeps the results' scope in the build's memory while the results stay the same", async () => {
    const json = textOf(computed.files.get("results.json"));
    const scope = ctx.memory.scope;
    expect(scope?.scope.printed?.size).toBeGreaterThan(0);
    await renderStage(ctx, computed.results, svgs, json);
    expect(ctx.memory.scope).toBe(scope);
    await renderStage(ctx, computed.results, svgs, `${json} `);
    expect(ctx.memory.scope).not.toBe(scope);
    expect(ctx.memory.scope?.results).not.toBe(scope?.results);
  });

  it("keeps the formatted references in the stage cache", () => {
    const entries = readdirSync(join(options.cacheDir, "references")).filter((e) => /^[0-9a-f]{64}$/.test(e));
    expect(entries).toHaveLength(1);
    const stored = JSON.parse(readFileSync(join(options.cacheDir, "references", entries[0]!, "files", "references.json"), "utf8")) as { key: string }[];
    expect(stored.map((e) => e.key)).toEqual(["cohen1988statistical"]);
  });
});

describe("reviewStage", () => {
  it("warns of a sweep.json in the output folder made for other parameters, and does not use it", async () => {
    const outDir = mkdtempSync(join(roots, "out-"));
    const stale = { format: SWEEP_FORMAT, schemaVersion: SWEEP_SCHEMA_VERSION, tool: { name: "safety-gap", version: "0" }, paramsHash: "other", paperSeed: 7, seeds: [], bootstrapped: [], numbers: {}, published: {}, claims: {}, rankings: [] };
    writeFileSync(join(outDir, "sweep.json"), JSON.stringify(stale));
    const c = createContext({ ...options, outDir }, ctx.effects);
    const report = await reviewStage(c, computed.results);
    expect(c.warnings).toEqual([
      "sweep.json is a sweep of other parameters than the results (its paramsHash differs): not used; run safety-gap sweep again for fragile claims and the seeds' yardstick",
    ]);
    expect(report?.sweep).toBeUndefined();
  });
});

describe("siteStage: the provenance page", () => {
  let input: SiteStageInput;
  beforeAll(async () => {
    const check = await reviewStage(ctx, computed.results);
    input = {
      results: computed.results,
      paper: rendered.paper,
      svgs,
      captions: rendered.captions,
      captionsByScale: rendered.captionsByScale,
      check,
      provenance: computed.provenance,
      downloads: computed.files,
    };
  });
  beforeEach(() => git.mockReset());

  const provenance = async (root: string): Promise<string> => {
    const site = await siteStage(createContext({ ...options, packageRoot: root }, ctx.effects), input);
    return textOf(site.get("site/provenance.html"));
  };
  const fact = (name: string, value: string): string => `<tr><th scope="row">${name}</th><td><code>${value}</code></td></tr>`;

  it("names the tool's version and git commit in a git checkout", async () => {
    git.mockReturnValue(Buffer.from("c0ffee\n"));
    const root = fakeRoot('{"version":"1.2.3"}', true);
    const page = await provenance(root);
    expect(page).toContain(fact("Git commit", "c0ffee"));
    expect(page).toContain(fact("Tool", "safety-gap 1.2.3"));
    expect(git.mock.calls).toEqual([["git", ["rev-parse", "HEAD"], { cwd: root, stdio: ["ignore", "pipe", "ignore"] }]]);
    expect(page).toContain(fact("Build date (SOURCE_DATE_EPOCH)", "2020-09-13T12:26:40Z (1600000000)"));
  });

  it("says the commit is unknown outside a git checkout, or when git fails or prints nothing", async () => {
    const unknown = fact("Git commit", "unknown (not built from a git checkout)");
    expect(await provenance(fakeRoot("{}", false))).toContain(unknown);
    expect(git.mock.calls).toEqual([]);
    git.mockImplementation(() => {
      throw new Error("not a repository");
    });
    expect(await provenance(fakeRoot("{}", true))).toContain(unknown);
    git.mockReturnValue(Buffer.from("\n"));
    expect(await provenance(fakeRoot("{}", true))).toContain(unknown);
  });

  it("says the version is unknown without one in package.json, absent without package.json", async () => {
    expect(await provenance(fakeRoot("{}", false))).toContain(fact("Tool", "safety-gap unknown"));
    expect(await provenance(fakeRoot(undefined, false))).toContain(fact("Tool", "safety-gap absent"));
  });

  it("lists the versions of the packages it uses", async () => {
    const page = await provenance(fakeRoot("{}", false));
    for (const name of ["vega", "vega-lite", "vega-embed", "markdown-it", "katex", "puppeteer-core", "yaml", "fontkit"]) expect(page).toMatch(new RegExp(`<tr><th scope="row"><code>${name}</code></th><td><code>\\d+\\.\\d+\\.\\d+`));
  });

  it("adds the robustness page for a source that sweeps, from a sweep.json of these parameters in the output folder", async () => {
    const outDir = mkdtempSync(join(roots, "out-"));
    const sweep = { format: SWEEP_FORMAT, schemaVersion: SWEEP_SCHEMA_VERSION, tool: { name: "safety-gap", version: "0" }, paramsHash: computed.results.paramsHash, paperSeed: 7, seeds: [1, 2], bootstrapped: [], numbers: {}, published: {}, claims: {}, rankings: [] };
    const builtin = { ...options, outDir, source: { kind: "builtin" } as const };
    // Without sweep.json, and for the command source (no sweep), no page.
    expect([...(await siteStage(createContext(builtin, ctx.effects), input)).keys()]).not.toContain("site/robustness.html");
    writeFileSync(join(outDir, "sweep.json"), JSON.stringify(sweep));
    expect([...(await siteStage(createContext({ ...options, outDir }, ctx.effects), input)).keys()]).not.toContain("site/robustness.html");
    const site = await siteStage(createContext(builtin, ctx.effects), input);
    const page = textOf(site.get("site/robustness.html"));
    expect(page).toContain("<h1>Robustness to the seed</h1>");
    expect(page).toContain("for 2 seeds (1, 2)");
    // The built-in study's robustness figures, each SVG's ids prefixed to stay unique on the page.
    expect(page.match(/<figure class="fig" id="[^"]*"/g)).toEqual(['<figure class="fig" id="fig-hold-rates"', '<figure class="fig" id="fig-spread-retention"', '<figure class="fig" id="fig-spread-safetyGap"']);
    expect(page).toContain('<figcaption id="fig-hold-rates-cap">Hold rate of each claim and statement over 2 seeds, with Wilson 95% intervals;');
    expect(page).toContain('id="rob-hold-rates-title"');
    writeFileSync(join(outDir, "sweep.json"), "[]");
    await expect(siteStage(createContext(builtin, ctx.effects), input)).rejects.toMatchObject({
      message: "not a sweep.json written by safety-gap sweep (the file: Invalid input: expected object, received array)",
      where: { file: "sweep.json" },
    });
  });

  it("shows each figure with its caption and SVG, and the check", async () => {
    const site = await siteStage(ctx, input);
    const figures = textOf(site.get("site/figures.html"));
    expect(figures).toContain("Mean score of each arm, with a 95% interval");
    expect(figures).toContain(svgs.get("arms")!.slice(0, 200));
    expect(textOf(site.get("site/check.html"))).toContain("Checking the published paper");
    expect(textOf(site.get("site/check.html"))).not.toContain("not-available");
    expect(ctx.runs.at(-1)).toMatchObject({ stage: "site", ran: true, reason: "always runs" });
  });
  // The site shows tables (and a figure's scale selector) only for results with scales.
  const atScales = (): SiteStageInput => ({ ...input, results: { ...computed.results, sets: { ...computed.results.sets, scales: ["small", "large"] } } });

  it("reads the tables' captions from the .md files in paper/ only (a folder or other file there is no text)", async () => {
    const paperDir = join(options.reportDir, "paper");
    mkdirSync(join(paperDir, "drafts"));
    writeFileSync(join(paperDir, "notes.txt"), "::: table tbl:summary\nNot the caption.\n:::\n");
    try {
      const tables = textOf((await siteStage(ctx, atScales())).get("site/tables.html"));
      expect(tables).toContain("Mean score of each arm, with its standard error.");
      expect(tables).not.toContain("Not the caption.");
    } finally {
      rmSync(join(paperDir, "drafts"), { recursive: true });
      rmSync(join(paperDir, "notes.txt"));
    }
  });

  it("starts a figure that fixes no scale at the scale another figure fixes (the paper's)", async () => {
    const spec = join(options.reportDir, "figures", "fixed.vl.json");
    const arms = JSON.parse(readFileSync(join(options.reportDir, "figures", "arms.vl.json"), "utf8")) as { usermeta: { results: Record<string, unknown> } };
    arms.usermeta.results.params = { scale: "large" };
    writeFileSync(spec, JSON.stringify(arms));
    try {
      const figures = textOf((await siteStage(ctx, atScales())).get("site/figures.html"));
      expect(figures.match(/<figure class="fig" id="fig-\w+"|data-start="\w*"/g)).toEqual(['<figure class="fig" id="fig-arms"', 'data-start="large"', '<figure class="fig" id="fig-fixed"', 'data-start="large"']);
    } finally {
      rmSync(spec);
    }
  });

  it("captions a figure at each scale from captionsByScale, and leaves its box empty without an SVG", async () => {
    const scaled: SiteStageInput = {
      ...atScales(),
      svgs: new Map(),
      captionsByScale: new Map([["arms", { small: "Arms at the small scale.", large: "Arms at the large scale." }]]),
    };
    const figures = textOf((await siteStage(ctx, scaled)).get("site/figures.html"));
    expect(figures).toContain('<figcaption id="fig-arms-cap">Figure 1: Arms at the small scale.</figcaption>');
    expect(figures).toContain('<div class="fig-host" id="fig-arms-host" role="img" aria-label="Figure 1: Arms at the small scale."></div>');
  });
});

describe("startPrint(ctx, files, printer)", () => {
  it("prints paper.html and its assets only, and keeps a failed print from being an unhandled rejection until awaited", async () => {
    const c = createContext({ ...options, cacheDir: mkdtempSync(join(roots, "cache-")) }, recordingEffects());
    const printer = fakePrinter(fakePdf(1));
    const files = new Map<string, Uint8Array | string>([
      ["paper.html", "<p>x</p>"],
      ["assets/a.css", "a"],
      ["provenance.json", "{}"],
      ["site/index.html", "<p>site</p>"],
    ]);
    await startPrint(c, files, printer);
    expect([...printer.jobs[0]!.files!.keys()].sort()).toEqual(["assets/a.css", "paper.html"]);
    const failing = { print: () => Promise.reject(new Error("the browser crashed")), close: () => Promise.resolve() } as unknown as PdfPrinter;
    const printing = startPrint(createContext({ ...options, cacheDir: mkdtempSync(join(roots, "cache-")) }, recordingEffects()), files, failing);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(printing).rejects.toThrow(/^the browser crashed$/);
  });
});

describe("pdfStage", () => {
  const page = (): Map<string, Uint8Array | string> =>
    new Map<string, Uint8Array | string>([
      ["paper.html", '<html><head><link rel="stylesheet" href="assets/paper/paper.css"></head><body><img src="gone.png"></body></html>'],
      ["assets/paper/paper.css", "body {}"],
    ]);

  it("prints the page at the config's size, with the build's date, and locates what it could not load", async () => {
    const c = createContext({ ...options, cacheDir: mkdtempSync(join(roots, "cache-")) }, recordingEffects(1_600_000_000));
    const printer = fakePrinter(fakePdf(2));
    const draft = (): void => undefined;
    const pdf = await pdfStage(c, { page: page(), printer, draft });
    expect(Buffer.from(pdf).equals(Buffer.from(fakePdf(2)))).toBe(true);
    expect(pdf).toBeInstanceOf(Uint8Array);
    const job = printer.jobs[0]!;
    expect(job.entry).toBe("paper.html");
    expect(job.sourceDateEpoch).toBe(1_600_000_000);
    expect(job.draft).toBe(draft);
    expect(textOf(job.files!.get("paper.html"))).toBe('<html><head><link rel="stylesheet" href="assets/paper/paper.css"><style>@page { size: Letter; }</style>\n</head><body><img src="gone.png"></body></html>');
    expect(job.locate?.({ url: "http://paper.invalid/gone.png", kind: "missing" })).toEqual({ where: { file: join(options.templatesDir, "paper.html").replace(`${process.cwd()}/`, "") }, ref: "gone.png" });
    expect(printer.closeCalls).toBe(0);
    expect(c.runs.map((r) => [r.stage, r.ran, r.reason])).toEqual([["pdf", true, "no cache"]]);

    // The same page again: from the cache, without a print; another date prints again.
    const again = createContext(c.options, recordingEffects(1_600_000_000));
    expect(Buffer.from(await pdfStage(again, { page: page(), printer })).equals(Buffer.from(fakePdf(2)))).toBe(true);
    expect(again.runs.map((r) => [r.stage, r.ran, r.reason])).toEqual([["pdf", false, "cached"]]);
    expect(printer.jobs).toHaveLength(1);
    const later = createContext(c.options, recordingEffects(1_600_000_001));
    await pdfStage(later, { page: page(), printer });
    expect(later.runs.map((r) => [r.stage, r.ran, r.reason])).toEqual([["pdf", true, "sourceDate changed"]]);
    expect(printer.jobs[1]!.draft).toBeUndefined();
    expect("draft" in printer.jobs[1]!).toBe(false);
  });

  it("prints the page as it is without a configured size, and prints again when a file of it changes", async () => {
    const { pageSize: _size, ...unsized } = options;
    const c = createContext({ ...unsized, cacheDir: mkdtempSync(join(roots, "cache-")) }, recordingEffects());
    const printer = fakePrinter(fakePdf(1));
    const given = page();
    await pdfStage(c, { page: given, printer });
    expect(printer.jobs[0]!.files).toBe(given);
    given.set("assets/paper/paper.css", "body { color: red }");
    await pdfStage(c, { page: given, printer });
    expect(c.runs.map((r) => [r.stage, r.ran, r.reason])).toEqual([
      ["pdf", true, "no cache"],
      ["pdf", true, "page changed"],
    ]);
  });
});

describe("withPageSize(page, size)", () => {
  it("adds an @page size rule before the last </head>, or at the end without one, and leaves the given page alone", () => {
    const page = new Map<string, Uint8Array | string>([
      ["paper.html", "<head></head><p>x</p><template><head></head></template>"],
      ["assets/a.css", "a"],
    ]);
    const sized = withPageSize(page, "A4");
    expect(sized.get("paper.html")).toBe("<head></head><p>x</p><template><head><style>@page { size: A4; }</style>\n</head></template>");
    expect(sized.get("assets/a.css")).toBe("a");
    expect(page.get("paper.html")).toBe("<head></head><p>x</p><template><head></head></template>");
    expect(withPageSize(new Map([["paper.html", new TextEncoder().encode("<p>x</p>")]]), "Letter").get("paper.html")).toBe("<p>x</p><style>@page { size: Letter; }</style>\n");
  });
});
