/**
 * A figure draws the results and needs nothing else: every `data` is a
 * dataset the binding fills (`{ "name": ... }`), never values typed into
 * the spec, a URL, or a generator (`sequence`, `sphere`, `graticule`, which
 * make numbers of their own), and there is no image mark (it loads a picture
 * from a URL: the static SVG would point off the page, so the HTML would
 * not read offline and the PDF print would fail far from the spec), and no
 * expression (calculate, filter, a condition's test, a param's expr) calls
 * one of Vega's random or clock functions, which would change the figure
 * from build to build. Checked when the spec is bound, so `build --no-pdf`
 * refuses them too.
 */
import * as msg from "../../messages/figures.js";
import { pointerToken } from "./parseJsonWithPointers.js";
import { type SpecContext, specError } from "./specContext.js";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Vega-Lite's data generators. */
const GENERATORS = ["sequence", "sphere", "graticule"];
/** Properties whose strings are Vega expressions. */
const EXPRESSION_KEYS = new Set(["calculate", "filter", "test", "expr", "update"]);
/** Vega expression functions whose value is not a function of the data: random numbers and the clock. */
const UNREPEATABLE = /\b(random|now|sampleNormal|sampleLogNormal|sampleUniform)\s*\(/;

export function checkSelfContained(ctx: SpecContext, spec: Record<string, unknown>): void {
  const visit = (v: unknown, pointer: string, key: string | undefined): void => {
    // The binding block is ours; config holds styles (config.image is a style, not a mark).
    if (pointer === "/usermeta" || pointer === "/datasets" || pointer === "/config") return;
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, `${pointer}/${i}`, undefined));
    if (typeof v === "string" && key !== undefined && EXPRESSION_KEYS.has(key)) {
      const call = UNREPEATABLE.exec(v);
      if (call) throw specError(ctx, pointer, msg.randomExpression(call[1]!), msg.randomExpressionHint());
    }
    if (!isObject(v)) return;
    if (key === "data") {
      if (v.values !== undefined || v.url !== undefined) throw specError(ctx, pointer, msg.inlineData(), msg.inlineDataHint());
      const generator = GENERATORS.find((g) => v[g] !== undefined);
      if (generator) throw specError(ctx, `${pointer}/${generator}`, msg.generatedData(generator), msg.generatedDataHint(), true);
    }
    const mark = v.mark;
    if (mark === "image") throw specError(ctx, `${pointer}/mark`, msg.imageMark(), msg.imageMarkHint());
    if (isObject(mark) && mark.type === "image") throw specError(ctx, `${pointer}/mark/type`, msg.imageMark(), msg.imageMarkHint());
    for (const [k, x] of Object.entries(v)) visit(x, `${pointer}/${pointerToken(k)}`, k);
  };
  visit(spec, "", undefined);
}
