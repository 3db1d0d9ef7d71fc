/**
 * One rebuild in watch mode, ordered for the reader's eyes rather than for
 * atomicity of the whole: the paper's HTML is committed (and the browser
 * reloaded) as soon as it is rendered; the supplement follows, then the PDF.
 * Each commit is still atomic, and a failure stops the rebuild with the
 * previous files in place.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext } from "../build/build.js";
import type { BuildOptions, StageRun } from "../build/context.js";
import type { BuildEffects } from "../build/effects.js";
import { computeStage } from "../build/stages/compute.js";
import { figuresStage } from "../build/stages/figures.js";
import { renderStage } from "../build/stages/render.js";
import { reviewStage } from "../build/stages/review.js";
import { siteStage } from "../build/stages/site.js";
import { pdfStage } from "../build/stages/pdf.js";
import type { PdfPrinter } from "../pdf/PdfPrinter.js";

export interface RebuildEvents {
  /** paper.html is in out/: time to reload the browser. */
  onHtml(msSinceStart: number): void;
  onPdf(msSinceStart: number): void;
}

export interface RebuildReport {
  runs: StageRun[];
  warnings: string[];
}

export async function rebuild(options: BuildOptions, effects: BuildEffects, printer: PdfPrinter | undefined, events: RebuildEvents): Promise<RebuildReport> {
  const t0 = performance.now();
  const ctx = createContext(options, effects);
  const computed = await computeStage(ctx);
  const resultsJson = typeof computed.files.get("results.json") === "string" ? (computed.files.get("results.json") as string) : new TextDecoder().decode(computed.files.get("results.json") as Uint8Array);
  const svgs = await figuresStage(ctx, computed.results, resultsJson);
  const rendered = await renderStage(ctx, computed.results, svgs);
  effects.commit(options.outDir, new Map([...computed.files, ...rendered.files]));
  events.onHtml(performance.now() - t0);

  const check = await reviewStage(ctx, computed.results);
  const later = new Map<string, Uint8Array | string>();
  if (check) later.set("check.json", `${JSON.stringify(check, null, 1)}\n`);
  if (options.site) {
    const site = await siteStage(ctx, {
      results: computed.results,
      paper: rendered.paper,
      svgs,
      captions: rendered.captions,
      check,
      paramsText: readFileSync(join(options.reportDir, "model.yaml"), "utf8"),
      downloads: computed.files,
    });
    for (const [p, d] of site) later.set(p, d);
  }
  if (later.size) effects.commit(options.outDir, later);

  if (options.pdf) {
    const page = new Map([...rendered.files].filter(([p]) => p === "paper.html" || p.startsWith("assets/")));
    const pdf = await pdfStage(ctx, { page, ...(printer ? { printer } : {}) });
    effects.commit(options.outDir, new Map([["paper.pdf", pdf]]));
    events.onPdf(performance.now() - t0);
  }
  return { runs: ctx.runs, warnings: ctx.warnings };
}
