/**
 * Each published number against the reproduction.
 *
 *   difference = reproduced - published
 *   z          = difference / (sqrt(2) * SE)
 *
 * The published number is itself a Monte-Carlo estimate of the same quantity
 * with (to first order) the same standard error SE as the reproduction, so
 * the difference of two independent runs has SE·sqrt(2). SE comes from
 * ./standardError.ts for keys; for a formula it is propagated to first order,
 * sqrt(Σ (∂f/∂x_k · se_k)²), treating inputs as independent (they are
 * distinct cells; correlated inputs make this conservative or liberal by a
 * small factor, documented in docs/review.md).
 *
 * With a sweep (safety-gap sweep, docs/sweep.md) the yardstick is the
 * reproduced number's SD over the sweep's seeds instead, without the √2:
 *
 *   z          = difference / SD_seeds
 *
 * The model's expected values were set to the printed numbers (docs/model.md),
 * so the published number is the centre the reproduction scatters around, not
 * a second independent draw; the seeds measure that scatter directly, where
 * the SE is a first-order formula. The comparison then carries `seedSd`.
 *
 * Verdicts, first match wins:
 *   within rounding  |difference| <= half a unit of the printed last digit
 *   reproduced       |z| <= 3
 *   off              otherwise (or no SE and not within rounding)
 *   missing          the reproduction has no such key
 */
import type { Results } from "../results/types.js";
import { ExprEvalError, evaluateNumber } from "../lang/evaluate.js";
import type { Published, PublishedNumber } from "./published/types.js";
import { resultsScope } from "./scopes.js";
import { standardErrorOf } from "./standardError.js";

export type Verdict = "within rounding" | "reproduced" | "off" | "missing";

export interface Comparison {
  id: string;
  where: string;
  quote?: string;
  /** The key, or the formula text. */
  ref: string;
  published: number;
  decimals: number;
  value?: number;
  difference?: number;
  se?: number;
  z?: number;
  /** The reproduced number's SD over a sweep's seeds, when a sweep gave the yardstick (z = difference / seedSd). */
  seedSd?: number;
  verdict: Verdict;
  note?: string;
}

export const Z_LIMIT = 3;

function reproduce(n: PublishedNumber, results: Results): { value: number; se?: number } {
  if (n.key !== undefined) {
    const scope = resultsScope(results);
    const v = scope.lookup(n.key);
    if (v === undefined) throw new ExprEvalError(`no number named '${n.key}'`, 0);
    return { value: v.lo, se: standardErrorOf(n.key, results) };
  }
  const { value, reads } = evaluateNumber(n.formula!, resultsScope(results));
  let variance = 0;
  for (const k of reads) {
    const se = standardErrorOf(k, results);
    if (se === undefined) continue;
    if (se === 0) continue;
    const base = results.numbers[k];
    if (base === undefined) continue;
    const bumped = evaluateNumber(n.formula!, resultsScope(results, new Map([[k, base + se]]))).value.lo;
    variance += (bumped - value.lo) ** 2;
  }
  const anySe = reads.some((k) => standardErrorOf(k, results) !== undefined);
  return { value: value.lo, ...(anySe ? { se: Math.sqrt(variance) } : {}) };
}

/** `seedSd(id)`: the sweep's SD of published number `id`'s reproduced value, if there is a sweep. */
export function compareWithReproduction(p: Published, results: Results, seedSd?: (id: string) => number | undefined): Comparison[] {
  return p.numbers.map((n) => {
    const base = { id: n.id, where: n.where, ...(n.quote ? { quote: n.quote } : {}), ref: n.key ?? n.formulaText ?? "", published: n.value, decimals: n.decimals };
    let r;
    try {
      r = reproduce(n, results);
    } catch (error) {
      if (!(error instanceof ExprEvalError)) throw error;
      return { ...base, verdict: "missing" as const, note: error.message };
    }
    const difference = r.value - n.value;
    const half = 0.5 * 10 ** -n.decimals;
    const sd = seedSd?.(n.id);
    const z = sd !== undefined && sd > 0 ? difference / sd : r.se !== undefined && r.se > 0 ? difference / (Math.SQRT2 * r.se) : undefined;
    const verdict: Verdict = Math.abs(difference) <= half * (1 + 1e-9) ? "within rounding" : z !== undefined && Math.abs(z) <= Z_LIMIT ? "reproduced" : "off";
    return { ...base, value: r.value, difference, ...(r.se !== undefined ? { se: r.se } : {}), ...(z !== undefined ? { z } : {}), ...(sd !== undefined && sd > 0 ? { seedSd: sd } : {}), verdict };
  });
}
