/**
 * Welch's t against Cohen's d (statcheck-style). With equal group sizes n,
 * t = diff / sqrt((s1² + s2²)/n) and d = diff / sqrt((s1² + s2²)/2), so
 * t = d * sqrt(n/2) exactly; only rounding of d and t can separate them.
 * n is the paper's own "n = 500" (the number whose key is sizes.samplesPerCell).
 */
import * as I from "../../lang/interval.js";
import { byId, compareImplied, interval, type ConsistencyRule, type Finding } from "./finding.js";

export const tFromEffectSize: ConsistencyRule = {
  id: "t-from-effect-size",
  title: "Table 4: t = d * sqrt(n/2) for equal group sizes (n from Section 2.1)",
  run(p) {
    const get = byId(p);
    const nNum = p.numbers.find((x) => x.key === "sizes.samplesPerCell");
    if (!nNum) return [];
    const n = nNum.value;
    const out: Finding[] = [];
    for (const m of p.design.methods) {
      const t = get(`t4.${m}.t`);
      const d = get(`t4.${m}.d`);
      if (!t || !d) continue;
      const k = Math.sqrt(n / 2);
      const f = compareImplied(this.id, t, I.mul(interval(d), I.point(k)), d.value * k, `d * sqrt(n/2) = ${d.value.toFixed(d.decimals)} * sqrt(${n}/2)`, [d, nNum]);
      if (f) out.push(f);
    }
    return out;
  },
};
