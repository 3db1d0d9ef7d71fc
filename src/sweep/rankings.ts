/**
 * The stability of a study's rankings over a sweep's seeds. A study ranks
 * its methods per seed and lets the ranks ride along the seed's numbers as
 * `@rank.<scale>.<metric>.<method>` (1 = first place), so parts carry them
 * and a merge sees the same values; sweepJson then counts, per ranking, how
 * often each method takes each place and how often a seed's whole order is
 * the paper seed's.
 */
import { holdRateOf, type HoldRate } from "./aggregate.js";

export const RANK_PREFIX = "@rank.";

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
