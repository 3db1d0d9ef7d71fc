/**
 * Prepares a bound Vega-Lite spec for the browser: every mark without a
 * tooltip gets one showing its datum (value, CI bounds and labels, as bound
 * by src/render/figures), and the caption becomes the spec's description,
 * which Vega puts on the SVG as its accessible label. Nothing else changes,
 * so the interactive chart keeps the look (config, sizes) of the static SVG.
 */
type Json = Record<string, unknown>;

const isObj = (x: unknown): x is Json => typeof x === "object" && x !== null && !Array.isArray(x);

export function interactiveSpec(spec: object, description: string): object {
  const copy = structuredClone(spec) as Json;
  addTooltips(copy);
  if (typeof copy.description !== "string") copy.description = description;
  return copy;
}

function addTooltips(node: Json): void {
  const mark = node.mark;
  if (mark !== undefined) {
    const enc = isObj(node.encoding) ? node.encoding : undefined;
    if (!enc || enc.tooltip === undefined) {
      if (typeof mark === "string") node.mark = { type: mark, tooltip: { content: "data" } };
      else if (isObj(mark) && mark.tooltip === undefined) mark.tooltip = { content: "data" };
    }
  }
  for (const k of ["layer", "hconcat", "vconcat", "concat"]) {
    const list = node[k];
    if (Array.isArray(list)) for (const child of list) if (isObj(child)) addTooltips(child);
  }
  if (isObj(node.spec)) addTooltips(node.spec);
}
