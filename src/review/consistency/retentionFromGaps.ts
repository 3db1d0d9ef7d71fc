/**
 * Eq. 2: R(m) = Gap(m) / Gap(baseline), from Table 1's Safety Gap column.
 * This includes the baseline itself, whose R is 1 by definition.
 */
import { all, both, byId, compareImplied, over, type ConsistencyRule, type Finding } from "./finding.js";

export const retentionFromGaps: ConsistencyRule = {
  id: "retention-from-gaps",
  title: "Eq. 2: Ret. Ratio = Safety Gap / baseline Safety Gap (the baseline's own is 1)",
  run(p) {
    const get = byId(p);
    const out: Finding[] = [];
    const base = p.design.baseline;
    for (const m of p.design.methods) {
      const ns = all(get, [`t1.${m}.retention`, `t1.${m}.safetyGap`, `t1.${base}.safetyGap`]);
      if (!ns) continue;
      const [r, g, g0] = ns as [typeof ns[0], typeof ns[0], typeof ns[0]];
      const q = over(both(g), both(g0));
      const how = m === base ? `Eq. 2 gives ${base}'s own ratio` : `Eq. 2 (${g.value.toFixed(g.decimals)} / ${g0.value.toFixed(g0.decimals)})`;
      const f = compareImplied(this.id, r, q.iv, q.pt, how, m === base ? [g] : [g, g0]);
      if (f) out.push(f);
    }
    return out;
  },
};
