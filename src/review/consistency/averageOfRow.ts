/** Table 2's Safety Avg is the mean of the row's per-benchmark deltas (means commute with differences). */
import { all, both, byId, compareImplied, meanOf, type ConsistencyRule, type Finding } from "./finding.js";

export const averageOfRow: ConsistencyRule = {
  id: "average-of-row",
  title: "Table 2: Safety Avg = mean of the row's benchmark deltas",
  run(p) {
    const get = byId(p);
    const out: Finding[] = [];
    for (const m of p.design.methods) {
      const target = get(`t2.${m}.avg`);
      const parts = all(get, p.design.safetyBenchmarks.map((b) => `t2.${m}.${b}`));
      if (!target || !parts) continue;
      const x = meanOf(parts.map(both));
      const f = compareImplied(this.id, target, x.iv, x.pt, `the mean of its row`, parts);
      if (f) out.push(f);
    }
    return out;
  },
};
