/**
 * Table 1's gaps are means over benchmarks (Eq. 2's Gap-bar, Eq. 4), so they
 * must equal the mean of the matching Table 3 row.
 */
import { all, both, byId, compareImplied, meanOf, type ConsistencyRule, type Finding } from "./finding.js";

export const gapIsMeanOfBenchmarks: ConsistencyRule = {
  id: "gap-is-mean-of-benchmarks",
  title: "Table 1 gaps = mean of the Table 3 row (safety and capability benchmarks)",
  run(p) {
    const get = byId(p);
    const out: Finding[] = [];
    for (const m of p.design.methods) {
      for (const [gap, benches, label] of [
        ["safetyGap", p.design.safetyBenchmarks, "safety"],
        ["capGap", p.design.capabilityBenchmarks, "capability"],
      ] as const) {
        const target = get(`t1.${m}.${gap}`);
        const parts = all(get, benches.map((b) => `t3.${m}.${b}`));
        if (!target || !parts) continue;
        const mean = meanOf(parts.map(both));
        const f = compareImplied(this.id, target, mean.iv, mean.pt, `the mean of Table 3's ${label} gaps for ${m}`, parts);
        if (f) out.push(f);
      }
    }
    return out;
  },
};
