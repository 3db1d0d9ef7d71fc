/**
 * The supplement site, as a map of paths (relative to out/site/) to
 * contents. Pure: everything read from disk (templates, vendor bundles,
 * fonts) arrives in `input.assets` (see loadSiteAssets) and the build
 * orchestration writes the map atomically, so the same input gives the same
 * bytes.
 */
import type { SiteFiles, SiteInput } from "./types.js";
import { keyHrefs } from "./keyIndex.js";
import { paperPage } from "./paperPage.js";
import { tablesPage } from "./tablesPage.js";
import { figuresPage } from "./figuresPage.js";
import { numbersPage } from "./numbersPage.js";
import { checkPage } from "./checkPage.js";
import { provenancePage } from "./provenancePage.js";
import { renderTableCsv } from "./tableCsv.js";
import { csvPath } from "./tableHtml.js";
import { withCitableNumbers } from "./citableNumbers.js";
import { siteFileCollision } from "../messages/site.js";
import { ROBUSTNESS_PAGE, robustnessPage, spreadHref } from "./robustnessPage.js";
import { withNavEntry } from "./layout.js";
import { ascending } from "../text/ascending.js";

export function buildSite(input: SiteInput): SiteFiles {
  const { results } = input;
  // Popups and the numbers page also know the design sizes the paper cites by key.
  const citable = withCitableNumbers(results);
  const tables = input.tables;
  const hrefFor = keyHrefs(tables);
  const files: SiteFiles = new Map();
  const put = (path: string, data: Uint8Array | string, from: string): void => {
    if (files.has(path)) throw new Error(siteFileCollision(path, from));
    files.set(path, data);
  };

  const tableCsvs: { path: string; label: string; bytes: number }[] = [];
  for (const scale of results.sets.scales ?? []) {
    for (const t of tables) {
      const p = csvPath(t, scale);
      const csv = renderTableCsv(t, scale, results);
      put(p, csv, "the supplement tables");
      tableCsvs.push({ path: p, label: `Table ${t.number}, ${scale} (CSV)`, bytes: Buffer.byteLength(csv) });
    }
  }
  const downloads = [...input.downloads.entries()]
    .sort(([a], [b]) => ascending(a, b))
    .map(([path, data]) => {
      put(path, data, "the downloads");
      return { path, label: downloadLabel(path), bytes: Buffer.byteLength(data) };
    });

  // With a sweep, numbers link to their spread over the seeds (robustness.html).
  const swept = input.robustness?.sweep.numbers;
  const spread = swept ? (key: string) => (Object.hasOwn(swept, key) ? { ...swept[key]!, href: spreadHref(key) } : undefined) : undefined;
  put("index.html", paperPage(input.paper, citable, hrefFor, spread), "the paper page");
  put("tables.html", tablesPage(tables, results), "the tables page");
  put("figures.html", figuresPage(input.figures), "the figures page");
  put("numbers.html", numbersPage(citable, spread, results.keyFamilies), "the numbers page");
  put("check.html", checkPage(input.checkHtml), "the check page");
  put("provenance.html", provenancePage(results, input.source, input.provenance, [...downloads, ...tableCsvs]), "the provenance page");
  if (input.robustness) {
    put(ROBUSTNESS_PAGE.file, robustnessPage(input.robustness, tables, results), "the robustness page");
    for (const [p, data] of files) if (p.endsWith(".html") && typeof data === "string") files.set(p, withNavEntry(data, ROBUSTNESS_PAGE, p));
  }

  put("static/site.css", input.assets.css, "the site assets");
  put("static/site.js", input.assets.js, "the site assets");
  for (const [p, data] of input.assets.files) put(p, data, "the site assets");
  // The paper's own assets keep the relative paths its HTML uses.
  for (const [p, data] of input.paper.assets ?? new Map<string, Uint8Array | string>()) put(p, data, "the paper's assets");
  return files;
}

/** What a download holds, for the provenance page; the file name stays visible. */
function downloadLabel(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (name === "results.json") return `${path}: every number of the paper, keyed (JSON)`;
  if (name === "samples.csv") return `${path}: every simulated sample score (CSV)`;
  const scale = /(?:^|[-_])(\d+B)\.csv$/.exec(name)?.[1];
  if (scale) return `${path}: per-configuration statistics at ${scale} (CSV)`;
  return path;
}
