/**
 * One rebuild in watch mode, ordered for the reader's eyes rather than for
 * atomicity of the whole: the paper's page is handed to the server (served
 * from memory, the browser reloaded) as soon as it is rendered, then
 * committed to out/; the PDF is printed next, before review and the
 * supplement take the thread; the supplement follows, unless a newer change
 * is already waiting (typing goes on: its page comes first). Each commit is still
 * atomic, and a failure stops the rebuild with the previous files in place.
 *
 * Outputs this session does not rebuild are kept: with --no-pdf or
 * --no-site, the paper.pdf and site/ of an earlier build stay in out/
 * (a one-shot `build` removes them instead, see staleOutputs).
 */
import { buildPage, createContext, staleOutputs, startPrint } from "../pipeline/build.js";
import type { BuildMemory, BuildOptions, StageRun } from "../pipeline/context.js";
import type { BuildEffects } from "../pipeline/effects.js";
import type { PdfPrinter } from "../pdf/PdfPrinter.js";

export interface RebuildEvents {
  /** The page is rendered (results, paper.html, assets), not yet on disk: serve it and reload the browser. */
  onHtml(msSinceStart: number, files: ReadonlyMap<string, Uint8Array | string>): void;
  /** An untagged draft of paper.pdf is in out/ (printed when the PDF was not cached); the tagged PDF follows. */
  onDraftPdf?(msSinceStart: number): void;
  /** paper.pdf (tagged) is in out/. */
  onPdf(msSinceStart: number): void;
  /**
   * Asked once the page is out and again after the PDF: true when a newer
   * change is waiting, so the PDF (if not started), review and the supplement
   * are left to the rebuild that follows.
   */
  superseded?(): boolean;
}

export interface RebuildReport {
  runs: StageRun[];
  warnings: string[];
  /** Stopped after the page (and the PDF, if it had started) because a newer change was waiting. */
  superseded: boolean;
}

/** Thrown out of the page hook to leave review and the supplement to the next rebuild. */
class Superseded extends Error {}

/** `memory`: what the session kept from its earlier rebuilds (see BuildMemory). */
export async function rebuild(options: BuildOptions, effects: BuildEffects, printer: PdfPrinter | undefined, events: RebuildEvents, memory?: BuildMemory): Promise<RebuildReport> {
  const t0 = performance.now();
  const ctx = createContext(options, effects, memory);
  let printing: Promise<Uint8Array> | undefined;
  try {
    const built = await buildPage(ctx, {
      afterRender: async (files) => {
        events.onHtml(performance.now() - t0, files);
        // The untagged draft is served as soon as it is printed (after the page), and the tagged PDF replaces it.
        let pageCommitted = false;
        let draft: Uint8Array | undefined;
        const showDraft = (pdf: Uint8Array): void => {
          effects.commit(options.outDir, new Map([["paper.pdf", pdf]]));
          events.onDraftPdf?.(performance.now() - t0);
        };
        // A change made while this page rendered: its own page comes sooner without this one's PDF.
        if (options.pdf && !events.superseded?.()) printing = startPrint(ctx, files, printer, (pdf) => (pageCommitted ? showDraft(pdf) : (draft = pdf)));
        // Written while Chromium prints: the disk never holds up the browser's reload. The print's
        // first request to Chromium goes out before this synchronous write takes the thread.
        if (printing) await new Promise<void>((ok) => setImmediate(ok));
        effects.commit(options.outDir, files);
        pageCommitted = true;
        if (draft) showDraft(draft);
        if (printing) {
          effects.commit(options.outDir, new Map([["paper.pdf", await printing]]));
          events.onPdf(performance.now() - t0);
        }
        if (events.superseded?.()) throw new Superseded();
      },
    });
    // Only check.json can be stale here: paper.pdf and site/ of an earlier build are kept when not rebuilt.
    effects.commit(options.outDir, built.files, staleOutputs({ pdf: true, site: true }, built.files));
  } catch (e) {
    if (!(e instanceof Superseded)) throw e;
    return { runs: ctx.runs, warnings: ctx.warnings, superseded: true };
  } finally {
    await printing?.catch(() => undefined);
  }
  return { runs: ctx.runs, warnings: ctx.warnings, superseded: false };
}
