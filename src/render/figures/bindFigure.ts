/**
 * Spec text + results -> a self-contained Vega-Lite spec whose datasets hold
 * the numbers. All checks run here, so a broken figure stops the build
 * before any rendering: JSON syntax (line/column), the binding block, key
 * patterns, data only from the binding (no image marks), field references, property names against Vega-Lite's schema,
 * then a strict Vega-Lite compile.
 */
import type { TopLevelSpec } from "vega-lite";
import * as msg from "../../messages/figures.js";
import { SafetyGapError } from "../../errors.js";
import type { Results } from "../../results/types.js";
import { BINDING_KEY, readBinding, type Binding } from "./bindingBlock.js";
import { checkVocabulary } from "./checkVocabulary.js";
import { checkSpecFields } from "./checkSpecFields.js";
import { checkSelfContained } from "./checkSelfContained.js";
import { checkProperties } from "./checkProperties.js";
import { compileFigure } from "./compileFigure.js";
import { expandRows } from "./expandRows.js";
import { JsonSyntaxError, parseJsonWithPointers } from "./parseJsonWithPointers.js";
import type { SpecContext } from "./specContext.js";
import { specError } from "./specContext.js";

export interface BindOptions {
  /** Overrides the spec's `scale` parameter (the supplement rebinds 1B / 13B). */
  scale?: string;
  /** Shared style (report/figures/theme.json); the spec's own `config` wins. */
  config?: Record<string, unknown>;
}

export function bindFigure(specText: string, file: string, results: Results, opts: BindOptions = {}): TopLevelSpec {
  return bindChecked(checkFigure(specText, file, results), results, opts);
}

/**
 * The spec bound at each of `scales` (the supplement's scale switch), checked once, and the scale
 * the spec itself fixes (its `params.scale`), which the paper shows.
 */
export function bindFigureAtScales(specText: string, file: string, results: Results, scales: readonly string[], config?: Record<string, unknown>): { specsByScale: Record<string, TopLevelSpec>; fixedScale?: string } {
  const checked = checkFigure(specText, file, results);
  const specsByScale: Record<string, TopLevelSpec> = {};
  for (const scale of scales) specsByScale[scale] = bindChecked(checked, results, { scale, ...(config ? { config } : {}) });
  const fixedScale = checked.binding.params.scale;
  return { specsByScale, ...(fixedScale !== undefined ? { fixedScale } : {}) };
}

interface CheckedFigure {
  ctx: SpecContext;
  obj: Record<string, unknown>;
  binding: Binding;
}

/** Parses the spec and runs every check that does not depend on the bound numbers. */
function checkFigure(specText: string, file: string, results: Results): CheckedFigure {
  let parsed;
  try {
    parsed = parseJsonWithPointers(specText);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    throw new SafetyGapError(msg.figureNotJson(e.message), { file, line: e.line, column: e.column, source: specText }, msg.figureNotJsonHint());
  }
  const ctx: SpecContext = { file, source: specText, locations: parsed.locations };
  const spec = parsed.value;
  if (typeof spec !== "object" || spec === null || Array.isArray(spec)) throw specError(ctx, "", msg.figureNotObject(), msg.figureNotObjectHint());
  const obj = spec as Record<string, unknown>;

  const binding = readBinding(ctx, obj, results.keyFamilies);
  checkSelfContained(ctx, obj);
  checkSpecFields(ctx, obj, binding);
  checkVocabulary(ctx, obj);
  checkProperties(ctx, obj);
  return { ctx, obj, binding };
}

/** The checked spec with its datasets filled from the results, compiled strictly. */
function bindChecked({ ctx, obj, binding }: CheckedFigure, results: Results, opts: BindOptions): TopLevelSpec {
  const params = { ...binding.params };
  const sets = results.sets;
  if (opts.scale !== undefined) {
    const scales = sets.scales ?? [];
    if (!scales.includes(opts.scale)) throw new SafetyGapError(msg.badScaleOption(opts.scale, scales), { file: ctx.file }, msg.badScaleOptionHint());
    params.scale = opts.scale;
  }
  const rows = expandRows(ctx, binding, params, { numbers: results.numbers, sets });

  const bound = {
    ...obj,
    ...(opts.config ? { config: mergeDeep(opts.config, (obj.config as Record<string, unknown> | undefined) ?? {}) } : {}),
    datasets: Object.fromEntries(rows),
    usermeta: { ...(obj.usermeta as Record<string, unknown>), [BINDING_KEY]: { title: binding.title, params } },
  } as unknown as TopLevelSpec;
  compileFigure(bound, ctx);
  return bound;
}

/** `over` on top of `base`, objects merged recursively (arrays replaced). */
function mergeDeep(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] =
      typeof v === "object" && v !== null && !Array.isArray(v) && typeof b === "object" && b !== null && !Array.isArray(b)
        ? mergeDeep(b as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}
