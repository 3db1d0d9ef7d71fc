/** The HTML supplement: see docs/site.md. */
export { buildSite } from "./buildSite.js";
export { loadSiteAssets } from "./loadSiteAssets.js";
export { fromRenderedTable, type RenderedRows } from "./fromRenderedTable.js";
export { reportTables, tableCaptions } from "./reportTables.js";
export type { SiteInput, SiteFiles, SiteAssets, FigureForSite, PaperForSite, ProvenanceForSite, SiteTable, SiteTableRow, SiteTableCell } from "./types.js";
