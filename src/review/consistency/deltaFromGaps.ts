/**
 * Eq. 3: Delta(m) = Gap(m) - Gap(baseline). Table 2's Safety Avg column
 * against Table 1's Safety Gap column, and each Table 2 benchmark cell against
 * the Table 3 cells it is the difference of.
 */
import { all, both, byId, compareImplied, minus, type ConsistencyRule, type Finding } from "./finding.js";

export const deltaFromGaps: ConsistencyRule = {
  id: "delta-from-gaps",
  title: "Eq. 3: Table 2 = gap - baseline gap (Safety Avg from Table 1, benchmarks from Table 3)",
  run(p) {
    const get = byId(p);
    const out: Finding[] = [];
    const base = p.design.baseline;
    for (const m of p.design.methods) {
      if (m === base) continue;
      const avg = all(get, [`t2.${m}.avg`, `t1.${m}.safetyGap`, `t1.${base}.safetyGap`]);
      if (avg) {
        const [d, g, g0] = avg as [typeof avg[0], typeof avg[0], typeof avg[0]];
        const x = minus(both(g), both(g0));
        const f = compareImplied(this.id, d, x.iv, x.pt, `Table 1's gap difference (${g.value.toFixed(g.decimals)} - ${g0.value.toFixed(g0.decimals)})`, [g, g0]);
        if (f) out.push(f);
      }
      for (const b of p.design.safetyBenchmarks) {
        const ns = all(get, [`t2.${m}.${b}`, `t3.${m}.${b}`, `t3.${base}.${b}`]);
        if (!ns) continue;
        const [d, g, g0] = ns as [typeof ns[0], typeof ns[0], typeof ns[0]];
        const x = minus(both(g), both(g0));
        const f = compareImplied(this.id, d, x.iv, x.pt, `Table 3's ${b} difference (${g.value.toFixed(g.decimals)} - ${g0.value.toFixed(g0.decimals)})`, [g, g0]);
        if (f) out.push(f);
      }
    }
    return out;
  },
};
