/**
 * The Monte-Carlo standard error of a number of the study that has no `se`
 * key of its own: how much it would move under a different seed. It becomes
 * the key's `about.se`, which the diff uses to tell real changes from noise,
 * and `check` to compute z-scores against the published paper.
 *
 * Derived as follows (n = samplesPerCell):
 *   cell.….mean                      cell.….se
 *   cmp.….{diff,ciLow,ciHigh}        cmp.….se (a CI endpoint moves with the difference)
 *   cmp.….t                          sqrt(1 + t²/(2·df))        (sampling SD of a noncentral t)
 *   cmp.….d                          sqrt(2/n + d²/(4n))        (Hedges & Olkin, equal n)
 *   cmp.….log10p                     se(t)·|t|/ln 10            (normal tail: ln p ≈ -t²/2)
 *   cmp.….p                          p·ln 10·se(log10p)
 *   cmp.….df                         df/sqrt(n)                 (rough: Welch df follows the variance ratio)
 *   ….sd, ….se                       x/sqrt(2(n-1))             (SE of a sample SD)
 *   summary.….{apSafety,noapSafety,apCap,noapCap}   sqrt(Σ se²)/k over the k cell means averaged
 *   summary.….<metric>.{ciLow,ciHigh}               summary.….<metric>.se
 * Anything else has no known SE (undefined), and is compared exactly.
 */
import type { StudyResultsFile } from "./types.js";

export function derivedStandardError(key: string, results: Pick<StudyResultsFile, "numbers" | "sizes">): number | undefined {
  const nums = results.numbers;
  const n = results.sizes.samplesPerCell || 1;
  if (nums[`${key}.se`] !== undefined && !key.endsWith(".se")) return undefined;
  const parts = key.split(".");
  const last = parts[parts.length - 1]!;
  const parent = parts.slice(0, -1).join(".");
  const value = nums[key];
  const sdOfSd = (x: number): number => Math.abs(x) / Math.sqrt(2 * Math.max(1, n - 1));

  if (last === "sd" || last === "se") return value === undefined ? undefined : sdOfSd(value);
  if (parts[0] === "cell" && last === "mean") return nums[`${parent}.se`];
  if (parts[0] === "cmp") {
    const se = nums[`${parent}.se`];
    const t = nums[`${parent}.t`];
    const df = nums[`${parent}.df`] ?? 2 * (n - 1);
    const seT = t === undefined ? undefined : Math.sqrt(1 + (t * t) / (2 * df));
    switch (last) {
      case "diff":
      case "ciLow":
      case "ciHigh":
        return se;
      case "t":
        return seT;
      case "d":
        return value === undefined ? undefined : Math.sqrt(2 / n + (value * value) / (4 * n));
      case "log10p":
        return seT === undefined || t === undefined ? undefined : (seT * Math.abs(t)) / Math.LN10;
      case "p": {
        const l = seT === undefined || t === undefined ? undefined : (seT * Math.abs(t)) / Math.LN10;
        return l === undefined || value === undefined ? undefined : value * Math.LN10 * l;
      }
      case "df":
        return value === undefined ? undefined : value / Math.sqrt(n);
    }
  }
  if (parts[0] === "summary") {
    if (last === "ciLow" || last === "ciHigh") return nums[`${parent}.se`];
    const averaged: Record<string, [string, "safety" | "capability"]> = {
      apSafety: [results.sizes.conditions[0] ?? "AP", "safety"],
      noapSafety: [results.sizes.conditions[1] ?? "NoAP", "safety"],
      apCap: [results.sizes.conditions[0] ?? "AP", "capability"],
      noapCap: [results.sizes.conditions[1] ?? "NoAP", "capability"],
    };
    const spec = averaged[last];
    if (spec && parts.length === 4) {
      const [, scale, method] = parts;
      const ses = results.sizes.benchmarks
        .filter((b) => b.kind === spec[1])
        .map((b) => nums[`cell.${scale}.${method}.${spec[0]}.${b.name}.se`]);
      if (ses.length === 0 || ses.some((s) => s === undefined)) return undefined;
      return Math.sqrt(ses.reduce((a, s) => a! + s! * s!, 0)!) / ses.length;
    }
  }
  return undefined;
}
