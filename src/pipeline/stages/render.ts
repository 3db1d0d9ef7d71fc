/**
 * Stage 5: Markdown templates + results + SVGs -> paper.html, its assets,
 * and provenance.json (where each number is used; each sentence with
 * numbers, for `safety-gap diff`). Fast enough to run on every build; the
 * result is still cached so that the PDF stage can tell it is unchanged.
 */
import { renderPaper, type RenderedPaper } from "../../render/index.js";
import type { Results } from "../../results/types.js";
import { SafetyGapError } from "../../errors.js";
import { codeInputs, timed, type BuildContext } from "../context.js";
import * as msg from "../../messages/build.js";
import { hashPackageVersions } from "../hashing.js";
import type { BibliographyCache } from "../../render/bib/references.js";
import { scopeOfResults, type Scope } from "../../render/template/scope.js";
import { sha256 } from "../hashing.js";

export interface RenderOutput {
  paper: RenderedPaper;
  /** paper.html, assets/**, provenance.json */
  files: Map<string, Uint8Array | string>;
  /** Caption text per figure id, from the rendered page. */
  captions: Map<string, string>;
  /** Each figure's caption text at every scale (for the site's scale selector). */
  captionsByScale: Map<string, Record<string, string>>;
}

/** `resultsJson`: the bytes `results` were read from (or written to), which identify them. */
export async function renderStage(ctx: BuildContext, results: Results, svgs: Map<string, string>, resultsJson: string): Promise<RenderOutput> {
  return timed(ctx, "render", true, "always runs", async () => {
    const paper = await renderPaper({
      scope: scopeOf(ctx, results, resultsJson),
      reportDir: ctx.options.reportDir,
      templatesDir: ctx.options.templatesDir,
      results,
      sourceDateEpoch: ctx.effects.sourceDateEpoch(),
      bibliographyCache: bibliographyCache(ctx),
      renderFigure: async (id) => {
        const svg = svgs.get(id);
        if (svg === undefined) throw new SafetyGapError(msg.figureSpecMissing(id), { file: ctx.options.reportDir }, msg.figureSpecMissingHint(id));
        return svg;
      },
    });
    const files = new Map<string, Uint8Array | string>(paper.assets);
    files.set("paper.html", paper.html);
    files.set("provenance.json", `${JSON.stringify({ usage: paper.usage, sentences: paper.sentences }, null, 1)}\n`);
    const figures = paper.floats.filter((f) => f.kind === "figure");
    const captions = new Map(figures.map((f) => [f.id, f.caption]));
    const captionsByScale = new Map(figures.map((f) => [f.id, f.captionByScale ?? {}]));
    return { paper, files, captions, captionsByScale };
  });
}

/** The results' scope with the placeholders it has printed, kept in the build's memory while the results stay the same. */
function scopeOf(ctx: BuildContext, results: Results, resultsJson: string): Scope {
  const key = sha256(resultsJson);
  if (ctx.memory.scope?.results !== key) ctx.memory.scope = { results: key, scope: { ...scopeOfResults(results), printed: new Map() } };
  return ctx.memory.scope.scope;
}

/** The formatted references.bib in the stage cache, keyed also by the versions of citation-js that formatted it. */
function bibliographyCache(ctx: BuildContext): BibliographyCache {
  const deps = hashPackageVersions(ctx.options.packageRoot, ["@citation-js/core", "@citation-js/plugin-bibtex", "@citation-js/plugin-csl", "citeproc"]);
  const inputs = (bib: string) => ({ bib, deps, ...codeInputs(ctx, ["render/bib"]) });
  return {
    get(key) {
      const found = ctx.cache.lookup("references", inputs(key));
      const file = found.hit ? found.files.get("references.json") : undefined;
      return file ? Buffer.from(file).toString("utf8") : undefined;
    },
    set(key, value) {
      ctx.cache.store("references", inputs(key), new Map([["references.json", value]]));
    },
  };
}
