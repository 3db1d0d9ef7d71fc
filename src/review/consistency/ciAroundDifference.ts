/**
 * Table 4's bootstrap CI against its Diff and t: the interval should be
 * centred on the difference, with half-width z * SE where SE = Diff / t and z
 * the normal quantile of the printed confidence level (95% -> 1.96).
 *
 * A percentile bootstrap CI is itself a Monte-Carlo estimate: with B
 * resamples, the 2.5% quantile's SE is sqrt(p(1-p)/B) / φ(z) ≈ 0.027 SE for
 * B = 10,000, i.e. ≈ 1.4% of the half-width. We allow 3 of those (4%) on top
 * of rounding, so only a CI that cannot come from the printed Diff and t fails.
 */
import * as I from "../../lang/interval.js";
import { byId, interval, type ConsistencyRule, type Finding } from "./finding.js";

/** Inverse standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9). */
function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - lo) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

export const ciAroundDifference: ConsistencyRule = {
  id: "ci-around-difference",
  title: "Table 4: CI midpoint = Diff and half-width = z * Diff / t (bootstrap noise allowed)",
  run(p) {
    const get = byId(p);
    const level = p.numbers.find((x) => x.key === "sizes.confidence")?.value ?? 0.95;
    const nboot = p.numbers.find((x) => x.key === "sizes.bootstrapResamples")?.value ?? 10000;
    const z = normalQuantile(1 - (1 - level) / 2);
    const pq = (1 - level) / 2;
    const phi = Math.exp(-(z * z) / 2) / Math.sqrt(2 * Math.PI);
    const slack = (3 * Math.sqrt((pq * (1 - pq)) / nboot)) / phi / z;
    const out: Finding[] = [];
    for (const m of p.design.methods) {
      const diff = get(`t4.${m}.diff`);
      const t = get(`t4.${m}.t`);
      const lo = get(`t4.${m}.ciLow`);
      const hi = get(`t4.${m}.ciHigh`);
      if (!diff || !t || !lo || !hi) continue;
      const ids = [lo.id, hi.id, diff.id, t.id];
      const half = I.mul(I.div(interval(diff), interval(t)), I.point(z));
      const halfPt = (z * diff.value) / t.value;
      const widen = (x: I.Interval, by: number): I.Interval => ({ lo: x.lo - by, hi: x.hi + by });
      const mid = { lo: (interval(lo).lo + interval(hi).lo) / 2, hi: (interval(lo).hi + interval(hi).hi) / 2 };
      const printedHalf = I.sub(interval(hi), interval(lo));
      const ph = { lo: printedHalf.lo / 2, hi: printedHalf.hi / 2 };
      const where = `${lo.where.replace(/, column.*$/, "")}, 95% CI`;
      if (!I.overlaps(widen(mid, slack * half.hi), interval(diff))) {
        out.push({
          rule: this.id,
          severity: "inconsistent",
          where,
          message: `${where} [${lo.value.toFixed(lo.decimals)}, ${hi.value.toFixed(hi.decimals)}] is centred on ${((lo.value + hi.value) / 2).toFixed(5)}, not on Diff ${diff.value.toFixed(diff.decimals)}`,
          ids,
          at: lo.at,
        });
      }
      if (!I.overlaps(widen(ph, slack * half.hi), half)) {
        out.push({
          rule: this.id,
          severity: "inconsistent",
          where,
          message: `${where} half-width ${((hi.value - lo.value) / 2).toFixed(5)} but ${z.toFixed(2)} * Diff / t = ${halfPt.toFixed(5)} (beyond rounding and bootstrap noise)`,
          ids,
          at: lo.at,
        });
      }
    }
    return out;
  },
};
