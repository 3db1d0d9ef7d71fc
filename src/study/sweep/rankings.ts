/**
 * The paper's rankings, per seed: each method's rank by a summary metric at
 * each scale (1 = the top of the paper's ordering: the largest retention or
 * safety gap, the most negative delta or tax). Ranks ride along a seed's
 * numbers as `@rank.<scale>.<metric>.<method>` (src/sweep/rankings.ts counts
 * how stable each ranking is over the seeds).
 */
import type { Params } from "../params/types.js";
import type { Results } from "../../results/types.js";
import { RANK_PREFIX } from "../../sweep/rankings.js";

/** Metric, whether rank 1 is its largest value, and which methods it ranks. */
const RANKED: readonly { metric: string; largestFirst: boolean; advancedOnly: boolean }[] = [
  { metric: "retention", largestFirst: true, advancedOnly: true },
  { metric: "delta", largestFirst: false, advancedOnly: true },
  { metric: "safetyGap", largestFirst: true, advancedOnly: false },
  { metric: "tax", largestFirst: false, advancedOnly: false },
];

export function ranksOf(results: Results, params: Params): Record<string, number> {
  const out: Record<string, number> = {};
  for (const scale of params.scales)
    for (const r of RANKED) {
      const methods = params.methods.filter((m) => !r.advancedOnly || m !== params.baselineMethod);
      const value = (m: string): number => results.numbers[`summary.${scale}.${m}.${r.metric}`] ?? NaN;
      if (methods.some((m) => !Number.isFinite(value(m)))) continue;
      // Ties (none in practice) keep the design order, so a rank is always defined.
      const order = [...methods].sort((a, b) => (r.largestFirst ? value(b) - value(a) : value(a) - value(b)) || methods.indexOf(a) - methods.indexOf(b));
      order.forEach((m, i) => (out[`${RANK_PREFIX}${scale}.${r.metric}.${m}`] = i + 1));
    }
  return out;
}
