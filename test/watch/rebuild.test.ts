/**
 * Watch mode's rebuild on a small copy of the report: the HTML is committed
 * before the PDF, and a text edit reuses the simulation and the figures.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeEffects } from "../../src/pipeline/effects.js";
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
  it("commits the HTML first, then the PDF; a text edit skips compute and figures", async () => {
    const options = { ...resolveOptions({ cwd: project, workers: 1, pdf: withPdf }), site: false };
    const effects = nodeEffects({});
    const order: string[] = [];
    const events = {
      onHtml: () => order.push(`html:${existsSync(join(options.outDir, "paper.html"))}`),
      onPdf: () => order.push(`pdf:${existsSync(join(options.outDir, "paper.pdf"))}`),
    };
    const first = await rebuild(options, effects, printer, events);
    expect(first.runs.find((r) => r.stage === "compute")?.ran).toBe(true);

    const intro = join(project, "report", "paper", "01-introduction.md");
    writeFileSync(intro, readFileSync(intro, "utf8").replace(/\n\n/, "\n\nA sentence typed while watching.\n\n"));
    order.length = 0;
    const second = await rebuild(options, effects, printer, events);
    const ran = Object.fromEntries(second.runs.map((r) => [r.stage, r.ran]));
    expect(ran).toMatchObject({ compute: false, figures: false, render: true });
    expect(order).toEqual(withPdf ? ["html:true", "pdf:true"] : ["html:true"]);
    expect(readFileSync(join(options.outDir, "paper.html"), "utf8")).toContain("A sentence typed while watching.");
  });

  it("removes what an older build left and this one does not make: check.json without published.yaml, paper.pdf with --no-pdf", async () => {
    const options = { ...resolveOptions({ cwd: project, workers: 1, pdf: false }), site: false };
    const events = { onHtml: () => undefined, onPdf: () => undefined };
    writeFileSync(join(options.outDir, "paper.pdf"), "an older build's PDF");
    await rebuild(options, nodeEffects({}), undefined, events);
    expect(existsSync(join(options.outDir, "check.json"))).toBe(true);
    expect(existsSync(join(options.outDir, "paper.pdf"))).toBe(false);
    rmSync(join(project, "report", "published.yaml"));
    await rebuild(options, nodeEffects({}), undefined, events);
    expect(existsSync(join(options.outDir, "check.json"))).toBe(false);
    expect(existsSync(join(options.outDir, "paper.html"))).toBe(true);
  });
});
