/**
 * One rebuild in watch mode, ordered for the reader's eyes rather than for
 * atomicity of the whole: the paper's HTML is committed (and the browser
 * reloaded) as soon as it is rendered; the supplement follows, then the PDF.
 * Each commit is still atomic, and a failure stops the rebuild with the
 * previous files in place.
 */
import { buildPage, createContext, staleOutputs, startPrint } from "../pipeline/build.js";
import type { BuildOptions, StageRun } from "../pipeline/context.js";
import type { BuildEffects } from "../pipeline/effects.js";
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
  let printing: Promise<Uint8Array> | undefined;
  try {
    const built = await buildPage(ctx, {
      afterRender: (files) => {
        effects.commit(options.outDir, files);
        events.onHtml(performance.now() - t0);
        if (options.pdf) printing = startPrint(ctx, files, printer);
      },
    });
    // paper.pdf, when printed, is committed just after: it is not stale.
    effects.commit(options.outDir, built.files, staleOutputs(options, built.files));
    if (printing) {
      effects.commit(options.outDir, new Map([["paper.pdf", await printing]]));
      events.onPdf(performance.now() - t0);
    }
  } finally {
    await printing?.catch(() => undefined);
  }
  return { runs: ctx.runs, warnings: ctx.warnings };
}
