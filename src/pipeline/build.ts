/**
 * build(): report/ -> out/. The stages, in order:
 *
 *   1-3 compute  report/model.yaml -> Params -> samples -> Results      cached: params, code
 *   4   figures  report/figures/*.vl.json + Results -> SVG per figure    cached: specs, results, code
 *   5   render   report/paper/*.md + templates + Results + SVGs -> HTML
 *   6   review   report/published.yaml, claims.yaml + Results -> check   (warnings; errors with --strict)
 *   7   site     all of the above -> site/**
 *   8   pdf      paper.html + assets -> paper.pdf (Chromium)             cached: the page's bytes
 *   9   commit   every file into out/ at once
 *
 * A stage that fails throws a SafetyGapError and nothing is committed, so
 * the previous out/ stays whole. `buildPage` runs 1-7 (what the browser
 * shows). The PDF (8) starts as soon as the HTML exists and prints in
 * Chromium while 6-7 run in Node: the two overlap on a 2-core machine.
 */
import { checkLinks } from "./checkLinks.js";
import type { BuildEffects } from "./effects.js";
import { StageCache } from "./stageCache.js";
import { newBuildMemory, type BuildContext, type BuildMemory, type BuildOptions, type StageRun } from "./context.js";
import { computeStage } from "./stages/compute.js";
import { figuresStage } from "./stages/figures.js";
import { renderStage } from "./stages/render.js";
import { reviewStage } from "./stages/review.js";
import { siteStage } from "./stages/site.js";
import { pdfStage } from "./stages/pdf.js";
import type { PdfPrinter } from "../pdf/PdfPrinter.js";
import { countPages } from "../pdf/countPages.js";
import * as msg from "../messages/build.js";
import type { Results } from "../results/types.js";
import { textOf } from "../text/textOf.js";

export type { BuildOptions, StageRun } from "./context.js";

export interface BuiltPage {
  results: Results;
  /** Everything but the PDF, by path relative to out/. */
  files: Map<string, Uint8Array | string>;
  /** Pages the text says the paper has (checked against the PDF). */
  statedPages: number;
}

export interface BuildReport {
  runs: StageRun[];
  warnings: string[];
  files: string[];
  ms: number;
}

/** `memory`: what a watch session kept from its earlier builds (a new one for a single build). */
export function createContext(options: BuildOptions, effects: BuildEffects, memory: BuildMemory = newBuildMemory()): BuildContext {
  return { options, effects, cache: new StageCache(options.cacheDir, memory.stageEntries), memory, runs: [], warnings: [] };
}

export interface PageHooks {
  /**
   * Called as soon as the paper's HTML exists (results + paper.html + assets), and
   * awaited before review and the supplement: watch mode shows the page at once
   * and prints the PDF before the supplement's work takes the thread.
   */
  afterRender?(files: Map<string, Uint8Array | string>): void | Promise<void>;
}

/** Stages 1-7: everything a reader of out/ sees except the PDF. */
export async function buildPage(ctx: BuildContext, hooks: PageHooks = {}): Promise<BuiltPage> {
  checkLinks(process.cwd(), [ctx.options.reportDir, ctx.options.templatesDir]);
  const computed = await computeStage(ctx); // 1-3
  const resultsJson = textOf(computed.files.get("results.json"));
  const svgs = await figuresStage(ctx, computed.results, resultsJson); // 4
  const rendered = await renderStage(ctx, computed.results, svgs, resultsJson); // 5
  await hooks.afterRender?.(new Map([...computed.files, ...rendered.files]));
  const check = await reviewStage(ctx, computed.results); // 6

  const files = new Map<string, Uint8Array | string>([...computed.files, ...rendered.files]);
  if (check) files.set("check.json", `${JSON.stringify(check, null, 1)}\n`);
  if (ctx.options.site) {
    // 7
    const site = await siteStage(ctx, {
      results: computed.results,
      paper: rendered.paper,
      svgs,
      captions: rendered.captions,
      captionsByScale: rendered.captionsByScale,
      check,
      provenance: computed.provenance,
      downloads: computed.files,
    });
    for (const [p, d] of site) files.set(p, d);
  }
  return { results: computed.results, files, statedPages: rendered.paper.statedPages };
}

/** paper.html and the assets it loads: what Chromium prints. */
const pageOf = (files: Map<string, Uint8Array | string>): Map<string, Uint8Array | string> =>
  new Map([...files].filter(([p]) => p === "paper.html" || p.startsWith("assets/")));

/**
 * Stage 8, started in the background. A handler is attached at once so a
 * failed print is reported where it is awaited, not as an unhandled rejection.
 */
export function startPrint(ctx: BuildContext, files: Map<string, Uint8Array | string>, printer?: PdfPrinter, draft?: (pdf: Uint8Array) => void): Promise<Uint8Array> {
  const printing = pdfStage(ctx, { page: pageOf(files), ...(printer ? { printer } : {}), ...(draft ? { draft } : {}) });
  printing.catch(() => undefined);
  return printing;
}

/** The whole build, committed at once at the end. */
export async function build(options: BuildOptions, effects: BuildEffects, printer?: PdfPrinter): Promise<BuildReport> {
  const t0 = performance.now();
  const ctx = createContext(options, effects);
  let printing: Promise<Uint8Array> | undefined;
  let built: BuiltPage;
  try {
    built = await buildPage(ctx, {
      afterRender: (files) => {
        if (options.pdf) printing = startPrint(ctx, files, printer);
      },
    });
    if (printing) {
      const pdf = await printing;
      built.files.set("paper.pdf", pdf);
      // The ACM reference line prints a page count, which only the PDF knows: say when they disagree.
      const pages = countPages(pdf);
      if (pages !== built.statedPages) ctx.warnings.push(msg.pageCountDiffers(built.statedPages, pages));
    }
  } finally {
    // A failed page stage must not leave a browser printing behind it.
    await printing?.catch(() => undefined);
  }
  // 9. Commit, removing what an older build left that this one did not make.
  effects.commit(options.outDir, built.files, staleOutputs(options, built.files));
  return { runs: ctx.runs, warnings: ctx.warnings, files: [...built.files.keys()].sort(), ms: performance.now() - t0 };
}

/**
 * Entries of out/ that a skipped stage would have made and that must not
 * survive from an older build: paper.pdf with --no-pdf, site/ with
 * --no-site, and check.json, which review does not write without
 * report/published.yaml. Shared by build and watch's rebuild, which keeps
 * paper.pdf and site/ when it does not rebuild them (see src/watch/rebuild.ts).
 */
export function staleOutputs(options: Pick<BuildOptions, "pdf" | "site">, files: ReadonlyMap<string, unknown>): string[] {
  return [...(options.pdf ? [] : ["paper.pdf"]), ...(options.site ? [] : ["site"]), ...(files.has("check.json") ? [] : ["check.json"])];
}
