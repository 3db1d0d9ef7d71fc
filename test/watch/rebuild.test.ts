/**
 * Watch mode's rebuild on a small copy of the report: the page is handed
 * over before it is committed, the HTML before the PDF (an untagged draft, then the tagged PDF), a text edit reuses
 * the simulation and the figures, and outputs not rebuilt are kept.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeEffects } from "../../src/pipeline/effects.js";
import { newBuildMemory } from "../../src/pipeline/context.js";
import { sha256 } from "../../src/pipeline/hashing.js";
import { resolveOptions } from "../../src/pipeline/resolveOptions.js";
import { PdfPrinter } from "../../src/pdf/PdfPrinter.js";
import { browserAvailable } from "../../src/pdf/findBrowser.js";
import { rebuild } from "../../src/watch/rebuild.js";

const repo = join(import.meta.dirname, "..", "..");
const withPdf = browserAvailable();
let project: string;
let printer: PdfPrinter | undefined;

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), "sg-watch-"));
  for (const d of ["report", "templates"]) cpSync(join(repo, d), join(project, d), { recursive: true });
  const model = join(project, "report", "model.yaml");
  writeFileSync(model, readFileSync(model, "utf8").replace(/^samplesPerCell: \d+/m, "samplesPerCell: 40").replace(/^ {2}resamples: \d+/m, "  resamples: 200"));
  if (withPdf) printer = await PdfPrinter.launch();
});
afterAll(async () => printer?.close());

describe("rebuild(options, effects, printer, events)", () => {
  it("hands over the page before committing it, then commits the PDF; a text edit skips compute and figures", async () => {
    const options = { ...resolveOptions({ cwd: project, workers: 1, pdf: withPdf }), site: false };
    const effects = nodeEffects({});
    const order: string[] = [];
    const marker = "A sentence typed while watching.";
    const onDisk = (): boolean => existsSync(join(options.outDir, "paper.html")) && readFileSync(join(options.outDir, "paper.html"), "utf8").includes(marker);
    const tagged = (): boolean => readFileSync(join(options.outDir, "paper.pdf"), "latin1").includes("/StructTreeRoot");
    const events = {
      onHtml: (_ms: number, files: ReadonlyMap<string, Uint8Array | string>) => order.push(`html:${String(files.get("paper.html")).includes(marker)}:${onDisk()}`),
      onDraftPdf: () => order.push(`draft:${onDisk()}:tagged=${tagged()}`),
      onPdf: () => order.push(`pdf:${onDisk()}:tagged=${tagged()}`),
    };
    const memory = newBuildMemory();
    const first = await rebuild(options, effects, printer, events, memory);
    expect(first.runs.find((r) => r.stage === "compute")?.ran).toBe(true);
    // The session's memory: the scope of these results (by results.json's hash), nothing read from the cache yet.
    const resultsHash = sha256(readFileSync(join(options.outDir, "results.json")));
    expect(memory.scope?.results).toBe(resultsHash);
    const printed = memory.scope?.scope.printed;
    expect(printed).toBeInstanceOf(Map);
    expect(memory.stageEntries.size).toBe(0);

    const intro = join(project, "report", "paper", "01-introduction.md");
    writeFileSync(intro, readFileSync(intro, "utf8").replace(/\n\n/, `\n\n${marker}\n\n`));
    order.length = 0;
    const second = await rebuild(options, effects, printer, events, memory);
    const ran = Object.fromEntries(second.runs.map((r) => [r.stage, r.ran]));
    expect(ran).toMatchObject({ compute: false, figures: false, render: true });
    // The same results: the same scope object, with what it printed; compute's and figures' entries now in memory.
    expect(memory.scope?.results).toBe(resultsHash);
    expect(memory.scope?.scope.printed).toBe(printed);
    expect([...memory.stageEntries.keys()].map((k) => k.slice(options.cacheDir.length + 1)).sort()).toEqual(["compute", "figures"]);
    // The page, then an untagged draft of the PDF, then the tagged PDF in its place.
    expect(order).toEqual(withPdf ? ["html:true:false", "draft:true:tagged=false", "pdf:true:tagged=true"] : ["html:true:false"]);
    expect(onDisk()).toBe(true);
    expect(second.superseded).toBe(false);
    if (printer) {
      // The edit is printed in the tab kept from the first print, and gives the bytes a fresh tab prints from out/.
      expect(printer.swaps).toBe(1);
      const fresh = await printer.print({ htmlFile: join(options.outDir, "paper.html"), sourceDateEpoch: 0 });
      expect(Buffer.compare(readFileSync(join(options.outDir, "paper.pdf")), fresh)).toBe(0);
    }
  });

  it("leaves review and the supplement to the next rebuild when a newer change is waiting", async () => {
    const options = { ...resolveOptions({ cwd: project, workers: 1, pdf: false }), site: true };
    rmSync(join(options.outDir, "site"), { recursive: true, force: true });
    const report = await rebuild(options, nodeEffects({}), undefined, { onHtml: () => undefined, onPdf: () => undefined, superseded: () => true });
    expect(report.superseded).toBe(true);
    expect(report.runs.map((r) => r.stage)).toEqual(["params", "compute", "figures", "render"]);
    expect(existsSync(join(options.outDir, "site"))).toBe(false);
    const next = await rebuild(options, nodeEffects({}), undefined, { onHtml: () => undefined, onPdf: () => undefined, superseded: () => false });
    expect(next.superseded).toBe(false);
    expect(existsSync(join(options.outDir, "site", "index.html"))).toBe(true);
  });

  it("keeps the paper.pdf and site/ of an earlier build with --no-pdf and --no-site, and removes check.json without published.yaml", async () => {
    const options = { ...resolveOptions({ cwd: project, workers: 1, pdf: false }), site: false };
    const events = { onHtml: () => undefined, onPdf: () => undefined };
    writeFileSync(join(options.outDir, "paper.pdf"), "an older build's PDF");
    mkdirSync(join(options.outDir, "site"), { recursive: true });
    writeFileSync(join(options.outDir, "site", "index.html"), "an older build's supplement");
    await rebuild(options, nodeEffects({}), undefined, events);
    expect(existsSync(join(options.outDir, "check.json"))).toBe(true);
    expect(readFileSync(join(options.outDir, "paper.pdf"), "utf8")).toBe("an older build's PDF");
    expect(readFileSync(join(options.outDir, "site", "index.html"), "utf8")).toBe("an older build's supplement");
    rmSync(join(project, "report", "published.yaml"));
    await rebuild(options, nodeEffects({}), undefined, events);
    expect(existsSync(join(options.outDir, "check.json"))).toBe(false);
    expect(existsSync(join(options.outDir, "paper.html"))).toBe(true);
    expect(readFileSync(join(options.outDir, "paper.pdf"), "utf8")).toBe("an older build's PDF");
  });
});
