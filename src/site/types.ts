/**
 * The input of buildSite. Shapes are structural (not imported from
 * src/render, src/render/figures or src/review) so the supplement builds and
 * is tested on its own; the build orchestration maps the other stages'
 * outputs onto these fields.
 */
import type { Results } from "../results/types.js";

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
  /** The bound Vega-Lite spec (inline data, same config as the static SVG) per scale. */
  specsByScale: Record<string, object>;
  /** The static SVG the paper shows (the paper's scale). */
  svg: string;
  /** The scale the paper fixes; the selector starts there. Default: "7B" when present. */
  paperScale?: string;
}

/** A table defined as data: rows × columns of keys, rendered at any scale. */
export interface TableSpec {
  id: string;
  number: number;
  /** Caption with `{scale}` where the scale goes. */
  caption: string;
  /** Column header groups above the column headers (Table 3: Safety / Capability). */
  groups?: { label: string; span: number }[];
  /** Header of the row-label column. */
  rowHeader: string;
  columns: { label: string; abbr?: string }[];
  rows: { label: string; id: string; cells: CellSpec[] }[];
}

/**
 * A cell is a key of results.numbers (with `{scale}` substituted), or the
 * difference of two keys (a per-benchmark robustness delta has no key of its
 * own), or a CI pair printed as `[low, high]`.
 */
export type CellSpec =
  | { key: string; decimals?: number }
  | { minus: [string, string]; decimals?: number }
  | { ci: [string, string]; decimals?: number };

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
  /** Tables 1-4; default: the paper's tables as defined in src/site/paperTables.ts. */
  tables?: TableSpec[];
  /** HTML of the reproduction check and claims checklist (src/review's renderCheckHtml), if available. */
  checkHtml?: string | null;
  params: { text: string; descriptions?: Record<string, string> };
  provenance: ProvenanceForSite;
  /** results.json, data/*.csv, samples.csv: written as given, linked from the provenance page. */
  downloads: Map<string, Uint8Array | string>;
  assets: SiteAssets;
}

export type SiteFiles = Map<string, Uint8Array | string>;
