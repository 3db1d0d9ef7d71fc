/**
 * Table 1's gaps are differences of its own columns (Eq. 1 averaged; Eq. 4):
 * Safety Gap = AP Safety - NoAP Safety, Cap. Gap = AP Cap. - NoAP Cap.
 */
import { all, both, byId, compareImplied, minus, type ConsistencyRule, type Finding } from "./finding.js";

export const gapIsDifference: ConsistencyRule = {
  id: "gap-is-difference",
  title: "Table 1: Safety Gap = AP - NoAP safety; Cap. Gap = AP - NoAP capability",
  run(p) {
    const get = byId(p);
    const out: Finding[] = [];
    for (const m of p.design.methods) {
      for (const [gap, ap, noap, what] of [
        ["safetyGap", "apSafety", "noapSafety", "AP Safety - NoAP Safety"],
        ["capGap", "apCap", "noapCap", "AP Cap. - NoAP Cap."],
      ] as const) {
        const ns = all(get, [`t1.${m}.${gap}`, `t1.${m}.${ap}`, `t1.${m}.${noap}`]);
        if (!ns) continue;
        const [g, a, b] = ns as [typeof ns[0], typeof ns[0], typeof ns[0]];
        const d = minus(both(a), both(b));
        const f = compareImplied(this.id, g, d.iv, d.pt, `${what} (${a.value.toFixed(a.decimals)} - ${b.value.toFixed(b.decimals)})`, [a, b]);
        if (f) out.push(f);
      }
    }
    return out;
  },
};
