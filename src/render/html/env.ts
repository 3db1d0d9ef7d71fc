/**
 * What the HTML rules need while rendering: the results scope, resolved
 * labels and citations, the tables and pre-rendered figure SVGs, and sinks
 * for the usage list and the numbered spans.
 */
import type { Resolved } from "../resolve.js";
import type { Scope } from "../template/scope.js";
import type { TableSet } from "../tables.js";
import { escapeHtml } from "../../text/escapeHtml.js";

export interface Usage {
  key: string;
  where: string;
}

export interface RenderEnv {
  scope: Scope;
  resolved: Resolved;
  tables: TableSet;
  /** Figure label ("fig:<id>") -> SVG markup. */
  figures: Map<string, string>;
  /** "Abstract", "Section 3.2", "Table 1": for usage and sentences. */
  where: string;
  usage: Usage[];
  /** Sequential counter for span ids: deterministic across builds. */
  spans: number;
  /** Every table and figure placed, in page order, with its caption as text. */
  floats: Float[];
}

export interface Float {
  /** The label without its prefix: "fig1" for `fig:fig1`, "summary" for `tbl:summary`. */
  id: string;
  kind: "table" | "figure";
  number: string;
  /** Caption as plain text, without the "Figure 2:" label. */
  caption: string;
  /**
   * The caption as plain text with `$scale` set to each scale (the site lets
   * a reader switch a figure's scale, and a caption such as "retain 76-83%
   * ... at 7B scale" must follow). Figures only.
   */
  captionByScale?: Record<string, string>;
}

/**
 * A traceable value: `<span class="num" id="v12" data-key="k1 k2">0.7601</span>`;
 * class "derived" for words chosen from the results (a method name, "negative").
 */
export function numberSpan(env: RenderEnv, inner: string, keys: string[], where = env.where, cls = "num"): string {
  const uniq = [...new Set(keys)];
  for (const key of uniq) env.usage.push({ key, where });
  env.spans++;
  return `<span class="${cls}" id="v${env.spans}" data-key="${escapeHtml(uniq.join(" "))}">${inner}</span>`;
}
