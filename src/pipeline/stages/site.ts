/**
 * Stage 7: the HTML supplement (out/site/): the paper with traceable
 * numbers, every table at every scale, interactive figures, the check, and
 * the provenance of the build.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { bindFigureAtScales, listFigures, loadTheme, renderFigureSvg } from "../../render/figures/index.js";
import { DEFAULT_FRAGILE_BELOW } from "../../sweep/fragile.js";
import { sweepFor } from "../../sweep/loadSweep.js";
import type { SweepCapability } from "../../sweep/sweepSource.js";
import type { RobustnessForSite } from "../../site/robustnessPage.js";
import type { RenderedPaper } from "../../render/index.js";
import { fsReader } from "../../render/reader.js";
import type { CheckReport } from "../../review/checkPublished.js";
import { renderCheckHtml } from "../../review/renderCheckHtml.js";
import type { ResultsProvenance } from "../../results/loadResults.js";
import type { Results } from "../../results/types.js";
import { buildSite, loadSiteAssets, reportTables, tableCaptions, type FigureForSite } from "../../site/index.js";
import { timed, type BuildContext } from "../context.js";
import { configuredSource } from "./compute.js";
import { installedVersion } from "../hashing.js";

/** Packages whose versions the provenance page lists. */
const LISTED_PACKAGES = ["vega", "vega-lite", "vega-embed", "markdown-it", "katex", "puppeteer-core", "yaml", "fontkit"];

export interface SiteStageInput {
  results: Results;
  paper: RenderedPaper;
  svgs: Map<string, string>;
  captions: Map<string, string>;
  captionsByScale: Map<string, Record<string, string>>;
  check: CheckReport | undefined;
  /** What produced the results (from their source). */
  provenance: ResultsProvenance;
  downloads: Map<string, Uint8Array | string>;
}

export async function siteStage(ctx: BuildContext, input: SiteStageInput): Promise<Map<string, Uint8Array | string>> {
  return timed(ctx, "site", true, "always runs", async () => {
    const { reportDir, packageRoot } = ctx.options;
    // The same checked theme the figures stage binds with (a broken one is bad input, not a crash here).
    const config = loadTheme(reportDir);
    const robustness = await robustnessOf(configuredSource(ctx).sweep, join(ctx.options.outDir, "sweep.json"), input.results, config);
    const bound = listFigures(reportDir).map((id) => {
      const file = join(reportDir, "figures", `${id}.vl.json`);
      return { id, ...bindFigureAtScales(fsReader.text(file), file, input.results, input.results.sets.scales ?? [], config) };
    });
    // A figure that fixes no scale (one across all scales) starts at the scale the others fix: the paper's.
    const usualScale = bound.find((f) => f.fixedScale !== undefined)?.fixedScale;
    const figures: FigureForSite[] = bound.map(({ id, specsByScale, fixedScale }) => {
      const captionByScale = input.captionsByScale.get(id);
      const paperScale = fixedScale ?? usualScale;
      return { id, caption: input.captions.get(id) ?? id, ...(captionByScale ? { captionByScale } : {}), specsByScale, svg: input.svgs.get(id) ?? "", ...(paperScale !== undefined ? { paperScale } : {}) };
    });
    // Tables 1-4 at every scale, from the same definitions (report/tables.yaml) and captions as the paper.
    const tablesFile = join(reportDir, "tables.yaml");
    const paperDir = join(reportDir, "paper");
    const markdown = readdirSync(paperDir)
      .filter((f) => f.endsWith(".md"))
      .sort()
      .map((f) => fsReader.text(join(paperDir, f)));
    const tables = reportTables(fsReader.text(tablesFile), tablesFile, input.results, tableCaptions(markdown));
    const siteFiles = buildSite({
      results: input.results,
      tables,
      paper: { html: input.paper.html, assets: input.paper.assets, usage: input.paper.usage },
      figures,
      checkHtml: input.check ? renderCheckHtml(input.check) : null,
      source: input.provenance,
      provenance: {
        gitCommit: gitCommit(packageRoot),
        toolVersion: packageVersion(packageRoot, "."),
        dependencies: Object.fromEntries(LISTED_PACKAGES.map((p) => [p, packageVersion(packageRoot, p)])),
        sourceDateEpoch: ctx.effects.sourceDateEpoch(),
      },
      downloads: input.downloads,
      assets: loadSiteAssets(packageRoot),
      ...(robustness ? { robustness } : {}),
    });
    return new Map([...siteFiles].map(([p, data]) => [`site/${p}`, data]));
  });
}

/** "Robustness to the seed" when the source sweeps and the output folder holds a sweep of these parameters (safety-gap sweep). */
async function robustnessOf(source: SweepCapability | undefined, file: string, results: Results, config: object | undefined): Promise<RobustnessForSite | undefined> {
  if (!source) return undefined;
  const sweep = sweepFor(file, "sweep.json", results, false).data;
  if (!sweep) return undefined;
  const fragileBelow = DEFAULT_FRAGILE_BELOW;
  const figures = [];
  for (const f of source.figures(sweep, results.sets, fragileBelow, config)) figures.push({ id: f.id, caption: f.caption, svg: await renderFigureSvg(f.spec, { idPrefix: `rob-${f.id}-` }) });
  return { sweep, fragileBelow, figures };
}

function packageVersion(root: string, name: string): string {
  if (name !== ".") return installedVersion(root, name);
  const file = join(root, "package.json");
  return existsSync(file) ? ((JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version ?? "unknown") : "absent";
}

/**
 * The commit the tool's sources come from, or null outside a git checkout of
 * them (an installed package has no .git of its own, and git would otherwise
 * name the commit of the project that installed it).
 */
function gitCommit(root: string): string | null {
  if (!existsSync(join(root, ".git"))) return null;
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, stdio: ["ignore", "pipe", "ignore"] }).toString().trim() || null;
    // Stryker disable next-line BlockStatement: an emptied catch returns undefined, which the provenance page's only use (`gitCommit ?? "unknown …"`) shows as it shows null
  } catch {
    return null;
  }
}
