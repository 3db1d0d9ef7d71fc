/**
 * Tables and figures. Tables: numbered caption ABOVE, body from
 * report/tables.yaml. Figures: SVG, numbered caption BELOW (ACM style).
 * `wide=true` (or the table's `wide`) spans both columns in print.
 */
import type { DirectiveMeta } from "../markdown/rules/directive.js";
import { lookupTable, renderTable } from "../tables.js";
import { errorAt } from "../markdown/errors.js";
import { closest } from "../../text/closest.js";
import { numberSpan, type RenderEnv } from "./env.js";
import { escapeHtml, unescapeHtml } from "../../text/escapeHtml.js";
import * as msg from "../../messages/render.js";

export interface FloatOut {
  html: string;
  /** Table rows as plain text with their keys, for the sentence list. */
  rows: { text: string; keys: string[] }[];
}

/** Caption HTML as the text a reader sees (tags dropped, entities decoded, spaces folded). */
const plainText = (html: string): string =>
  unescapeHtml(html.replace(/<[^>]+>/g, ""))
    .replace(/\s+/g, " ")
    .trim();

/** `captionHtmlByScale`: a figure's caption rendered at each scale (see `Float.captionByScale`). */
export function floatHtml(meta: DirectiveMeta & { number: string }, captionHtml: string, env: RenderEnv, captionHtmlByScale?: Record<string, string>): FloatOut {
  const where = `${meta.kind === "table" ? "Table" : "Figure"} ${meta.number}`;
  const label = `<span class="caption-label">${where}:</span> `;
  env.floats.push({ id: meta.label.slice(4), kind: meta.kind, number: meta.number, caption: plainText(captionHtml),
    ...(captionHtmlByScale ? { captionByScale: Object.fromEntries(Object.entries(captionHtmlByScale).map(([s, h]) => [s, plainText(h)])) } : {}),
  });
  if (meta.kind === "table") {
    // scale=99B would fail in a cell of tables.yaml with "unknown results key": say so at the directive.
    const scale = meta.params.scale;
    const scales = env.scope.lang.sets.scales ?? [];
    if (scale !== undefined && !scales.includes(scale))
      throw errorAt(msg.unknownScale(scale, closest(scale, scales)), meta.file, meta.source, meta.paramOffsets.scale ?? meta.offset, scale.length, msg.unknownScaleHint(scales));
    const def = lookupTable(env.tables, meta.label.slice(4), meta.file, meta.source, meta.offset);
    // The table's own scale: (tables.yaml), when the directive does not override it, likewise.
    const own = def.params.scale;
    if (scale === undefined && own !== undefined && !scales.includes(own))
      throw errorAt(msg.unknownScale(own, closest(own, scales)), env.tables.file, env.tables.source, def.scaleOffset ?? 0, own.length, msg.unknownScaleHint(scales));
    const t = renderTable(def, env.tables, env.scope, meta.params, (text, keys) => numberSpan(env, escapeHtml(text), keys, where));
    const wide = t.wide || meta.params.wide === "true";
    return {
      html: `<figure class="float table${wide ? " wide" : ""}" id="${escapeHtml(meta.label)}">\n<figcaption>${label}${captionHtml}</figcaption>\n<div class="scroll">\n${t.html}\n</div>\n</figure>\n`,
      rows: t.rows.map((r) => ({ text: r.map((c) => c.text).join(" | "), keys: r.flatMap((c) => c.keys) })),
    };
  }
  const svg = env.figures.get(meta.label) ?? "";
  const wide = meta.params.wide === "true";
  return {
    html: `<figure class="float figure${wide ? " wide" : ""}" id="${escapeHtml(meta.label)}">\n<div class="graphic">${svg}</div>\n<figcaption>${label}${captionHtml}</figcaption>\n</figure>\n`,
    rows: [],
  };
}
