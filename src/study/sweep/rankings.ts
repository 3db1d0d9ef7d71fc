/**
 * The stability of the paper's rankings: per seed, each method's rank by a
 * summary metric at each scale (1 = the top of the paper's ordering: the
 * largest retention or safety gap, the most negative delta or tax). Ranks
 * ride along a seed's numbers as `@rank.<scale>.<metric>.<method>`, so parts
 * carry them and a merge sees the same values; sweepJson then counts, per
 * ranking, how often each method takes each place and how often a seed's
 * whole order is the paper seed's.
 */
import type { Params } from "../params/types.js";
import type { Results } from "../../results/types.js";
import { holdRateOf, type HoldRate } from "../../sweep/aggregate.js";

export const RANK_PREFIX = "@rank.";

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

export interface RankingStability {
  scale: string;
  metric: string;
  /** The methods in the paper seed's order, first place first. */
  paperOrder: string[];
  /** Seeds whose whole order is the paper seed's. */
  sameOrder: HoldRate;
  /** Per method, how many seeds put it in place 1, 2, ... */
  places: Record<string, number[]>;
}

/** From the per-seed rank values (`values(key)`, seed order) and the paper seed's ranks. */
export function rankingStability(keys: readonly string[], values: (key: string) => Float64Array, paper: Readonly<Record<string, number>>): RankingStability[] {
  const groups = new Map<string, string[]>();
  for (const k of keys) {
    if (!k.startsWith(RANK_PREFIX)) continue;
    const [scale, metric, method] = k.slice(RANK_PREFIX.length).split(".") as [string, string, string];
    const g = `${scale}.${metric}`;
    groups.set(g, [...(groups.get(g) ?? []), method]);
  }
  const out: RankingStability[] = [];
  for (const [g, methods] of groups) {
    const [scale, metric] = g.split(".") as [string, string];
    const key = (m: string): string => `${RANK_PREFIX}${g}.${m}`;
    const paperOrder = [...methods].sort((a, b) => (paper[key(a)] as number) - (paper[key(b)] as number));
    const n = values(key(methods[0]!)).length;
    const same = new Uint8Array(n).fill(1);
    const places: Record<string, number[]> = {};
    for (const m of paperOrder) {
      const v = values(key(m));
      const counts = new Array<number>(methods.length).fill(0);
      for (let i = 0; i < n; i++) {
        counts[(v[i] as number) - 1]!++;
        if (v[i] !== paper[key(m)]) same[i] = 0;
      }
      places[m] = counts;
    }
    out.push({ scale, metric, paperOrder, sameOrder: holdRateOf(same), places });
  }
  return out;
}
