/**
 * Prepares a bound Vega-Lite spec for the browser: marks without a tooltip
 * get one listing the fields the mark encodes (method, scale, value, ...)
 * and, where the figure carries them, the CI bounds; the caption becomes
 * the spec's description, which Vega puts on the SVG as its accessible
 * label. Nothing else changes, so the chart keeps the look (config, sizes)
 * of the static SVG.
 *
 * Why not `tooltip: { content: "data" }`: it lists every column of the
 * datum, including transform intermediates (variance sums, stack offsets),
 * which reads as noise. Why never add CI fields to an aggregating encoding:
 * an extra non-aggregated field there becomes a group-by and would change
 * the chart itself.
 */
type Json = Record<string, unknown>;

const isObj = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);

/** Channels whose field a reader wants to see; position offsets and details included. */
const CHANNELS = ["row", "column", "facet", "x", "xOffset", "y", "yOffset", "color", "fill", "shape", "size", "text", "x2", "y2", "detail"];

export function interactiveSpec(spec: object, description: string): object {
  const copy = structuredClone(spec) as Json;
  const text = JSON.stringify(copy);
  const ci = ["ciLow", "ciHigh"].filter((f) => text.includes(`"${f}"`));
  addTooltips(copy, {}, false, ci);
  if (typeof copy.description !== "string") copy.description = description;
  return copy;
}

function addTooltips(node: Json, inherited: Json, hasTooltip: boolean, ci: string[]): void {
  const own = isObj(node.encoding) ? node.encoding : {};
  const enc: Json = { ...inherited, ...own };
  const covered = hasTooltip || enc.tooltip !== undefined || (isObj(node.mark) && node.mark.tooltip !== undefined);
  if (node.mark !== undefined && !covered) {
    const defs = tooltipDefs(enc, ci);
    if (defs.length > 0) node.encoding = { ...own, tooltip: defs };
  }
  for (const k of ["layer", "hconcat", "vconcat", "concat"]) {
    const list = node[k];
    if (Array.isArray(list)) for (const child of list) if (isObj(child)) addTooltips(child, enc, covered, ci);
  }
  if (isObj(node.spec)) addTooltips(node.spec, enc, covered, ci);
}

function tooltipDefs(enc: Json, ci: string[]): Json[] {
  const defs: Json[] = [];
  const fields = new Set<string>();
  let aggregated = false;
  for (const ch of CHANNELS) {
    const list = Array.isArray(enc[ch]) ? (enc[ch] as unknown[]) : [enc[ch]];
    for (const d of list) {
      if (!isObj(d) || typeof d.field !== "string" || fields.has(d.field + String(d.aggregate ?? ""))) continue;
      fields.add(d.field + String(d.aggregate ?? ""));
      if (d.aggregate !== undefined) aggregated = true;
      const def: Json = { field: d.field };
      for (const p of ["type", "aggregate", "bin", "timeUnit", "title", "format"]) if (d[p] !== undefined) def[p] = d[p];
      if (def.type === "quantitative" && def.format === undefined && def.bin === undefined) def.format = ".4f";
      defs.push(def);
    }
  }
  if (!aggregated && defs.length > 0) {
    for (const f of ci) if (!fields.has(f)) defs.push({ field: f, type: "quantitative", format: ".4f", title: f === "ciLow" ? "95% CI low" : "95% CI high" });
  }
  return defs;
}
