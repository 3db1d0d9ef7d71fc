/**
 * Mark types and encoding types are checked before compiling: Vega-Lite
 * reacts to a typo such as "barr" with "Cannot read properties of undefined
 * (reading 'filled')" and to "nominl" with 'Invalid field type "undefined"',
 * which name neither the word nor where it is.
 */
import * as msg from "../../messages/figures.js";
import { closest } from "../../text/closest.js";
import { type SpecContext, specError } from "./specContext.js";

export const MARK_TYPES = ["arc", "area", "bar", "image", "line", "point", "rect", "rule", "text", "tick", "trail", "circle", "square", "geoshape", "boxplot", "errorband", "errorbar"];

export const FIELD_TYPES = ["quantitative", "ordinal", "nominal", "temporal", "geojson"];

export function checkVocabulary(ctx: SpecContext, spec: unknown): void {
  const visit = (v: unknown, pointer: string): void => {
    if (pointer === "/usermeta" || pointer === "/datasets" || pointer === "/config") return;
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, `${pointer}/${i}`));
    if (typeof v !== "object" || v === null) return;
    const o = v as Record<string, unknown>;
    const mark = o.mark;
    const type = typeof mark === "string" ? mark : typeof mark === "object" && mark !== null ? (mark as { type?: unknown }).type : undefined;
    if (mark !== undefined && (typeof type !== "string" || !MARK_TYPES.includes(type))) {
      const at = typeof mark === "string" ? `${pointer}/mark` : `${pointer}/mark/type`;
      throw specError(ctx, at, msg.unknownMark(String(type), closest(String(type), MARK_TYPES)), msg.unknownMarkHint());
    }
    // A channel's definition, a condition's and an item of a channel's list (tooltip) each carry an encoding type.
    const checkType = (def: unknown, at: string): void => {
      const t = typeof def === "object" && def !== null ? (def as { type?: unknown }).type : undefined;
      if (t !== undefined && (typeof t !== "string" || !FIELD_TYPES.includes(t)))
        throw specError(ctx, `${at}/type`, msg.unknownFieldType(String(t), closest(String(t), FIELD_TYPES)), msg.unknownFieldTypeHint());
    };
    if (pointer.endsWith("/encoding")) for (const [channel, def] of Object.entries(o)) checkType(def, `${pointer}/${channel}`);
    else if (/\/encoding\/[^/]+\/(?:condition|\d+)$/.test(pointer)) checkType(o, pointer);
    for (const [k, x] of Object.entries(o)) if (k !== "mark") visit(x, `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`);
  };
  visit(spec, "");
}
