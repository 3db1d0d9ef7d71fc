/**
 * The input of buildSite. Shapes are structural (not imported from
 * src/render, src/render/figures or src/review) so the supplement builds and
 * is tested on its own; the build orchestration maps the other stages'
 * outputs onto these fields.
 */
import type { ResultsProvenance } from "../results/loadResults.js";
import type { Results } from "../results/types.js";
import type { RobustnessForSite } from "./robustnessPage.js";

/** What src/render's renderPaper returns, as far as the site uses it. */
export interface PaperForSite {
  /** The paper as HTML; every number is `<span class="num" data-key="KEY">…</span>`. */
  html: string;
  /** Files the paper HTML refers to by relative path (CSS, fonts, images). */
  assets?: Map<string, Uint8Array | string>;
  /** Where each key is used (table, figure, section), for the "used in" line of a popup. */
  usage?: { key: string; where: string }[];
}

export interface FigureForSite {
  /** Stable id, e.g. `fig1` or the spec file's base name. */
  id: string;
  /** Caption as plain text (what the paper prints below the figure). */
  caption: string;
  /** The caption at each scale (its `$scale` and the numbers that follow it); default: `caption` at every scale. */
  captionByScale?: Record<string, string>;
  /** The bound Vega-Lite spec (inline data, same config as the static SVG) per scale. */
  specsByScale: Record<string, object>;
  /** The static SVG the paper shows (the paper's scale). */
  svg: string;
  /** The scale the paper fixes; the selector starts there (else at the first scale). */
  paperScale?: string;
  /** The paper's figure number; default: position in the list, from 1. */
  number?: number;
}

/**
 * A table at every scale, as rendered text with the keys behind each cell.
 * src/render's renderTable (report/tables.yaml) gives exactly this per scale
 * (see fromRenderedTable and reportTables).
 */
export interface SiteTable {
  /** Stable id, e.g. `table1`; row anchors are `<id>-<scale>-<row>`. */
  id: string;
  number: number;
  /** Caption text; `{scale}` is replaced by the scale. */
  caption: string;
  /** Header of the row-label column. */
  stub: string;
  /** Consecutive columns with the same group get one group header above them. */
  columns: { header: string; group?: string }[];
  byScale: Record<string, SiteTableRow[]>;
  /** The scale the paper prints the table at (tables.yaml's `scale:`), when it fixes one. */
  paperScale?: string;
}

export interface SiteTableRow {
  label: string;
  cells: SiteTableCell[];
}

export interface SiteTableCell {
  /** As printed (4 decimals, typographic minus, "[low, high]"). */
  text: string;
  /** The keys of results.numbers the cell is computed from. */
  keys: string[];
  /**
   * Full-precision values for the CSV (two for a CI). Optional: when absent
   * they are the keys' values if the text prints one number per key, else
   * the printed numbers (see cellValues).
   */
  values?: number[];
}

export interface ProvenanceForSite {
  gitCommit: string | null;
  toolVersion: string;
  dependencies: Record<string, string>;
  /** Seconds since the epoch (SOURCE_DATE_EPOCH); the only date the site prints. */
  sourceDateEpoch: number;
}

/** Files read from disk (templates, vendor bundles, fonts); see loadSiteAssets. */
export interface SiteAssets {
  css: string;
  js: string;
  /** Paths relative to out/site/ (e.g. `static/vendor/vega.min.js`) to contents. */
  files: Map<string, Uint8Array | string>;
}

export interface SiteInput {
  results: Results;
  paper: PaperForSite;
  figures: FigureForSite[];
  /** The paper's tables at every scale, from report/tables.yaml (see reportTables). */
  tables: SiteTable[];
  /** HTML of the reproduction check and claims checklist (src/review's renderCheckHtml), if available. */
  checkHtml?: string | null;
  /** What produced the results, as their source describes it. */
  source: ResultsProvenance;
  provenance: ProvenanceForSite;
  /** results.json, data/*.csv, samples.csv: written as given, linked from the provenance page. */
  downloads: Map<string, Uint8Array | string>;
  assets: SiteAssets;
  /** A sweep of the same parameters (safety-gap sweep): adds robustness.html, "Robustness to the seed". */
  robustness?: RobustnessForSite;
}

export type SiteFiles = Map<string, Uint8Array | string>;
