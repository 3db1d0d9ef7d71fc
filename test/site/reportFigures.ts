/**
 * The paper's real figures (report/figures, bound and rendered by
 * src/render/figures at every scale) and reproduction check
 * (report/published.yaml and claims.yaml through src/review), for building
 * the site as the build will: same specs, theme, static SVGs and check HTML.
 * Captions here are stand-ins; the build takes them from the paper's Markdown.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Results } from "../../src/results/types.js";
import type { FigureForSite } from "../../src/site/types.js";
import { bindFigure, listFigures, renderFigure } from "../../src/render/figures/index.js";

export function hasReportFigures(repo: string): boolean {
  return existsSync(join(repo, "report", "figures", "fig1.vl.json"));
}

export async function reportFigures(repo: string, results: Results): Promise<FigureForSite[]> {
  const report = join(repo, "report");
  const theme = join(report, "figures", "theme.json");
  const config = existsSync(theme) ? (JSON.parse(readFileSync(theme, "utf8")) as { config?: Record<string, unknown> }).config : undefined;
  const out: FigureForSite[] = [];
  for (const id of listFigures(report)) {
    const file = join(report, "figures", `${id}.vl.json`);
    const text = readFileSync(file, "utf8");
    const specsByScale: Record<string, object> = {};
    for (const scale of results.sets.scales!) specsByScale[scale] = bindFigure(text, file, results, { scale, ...(config ? { config } : {}) });
    const description = (JSON.parse(text) as { description?: string }).description ?? id;
    out.push({ id, caption: description, specsByScale, svg: await renderFigure(report, id, results), paperScale: "7B" });
  }
  return out;
}

/** The reproduction check of report/published.yaml and report/claims.yaml against `results`, as src/review renders it for the site. */
export async function reportCheckHtml(repo: string, results: Results): Promise<string | null> {
  const published = join(repo, "report", "published.yaml");
  if (!existsSync(published)) return null;
  const review = await import("../../src/review/index.js");
  const claimsFile = join(repo, "report", "claims.yaml");
  const claims = existsSync(claimsFile) ? review.loadClaims(claimsFile) : undefined;
  return review.renderCheckHtml(review.buildCheckReport({ published: review.loadPublished(published), results, ...(claims ? { claims, claimsFile } : {}) }));
}
