/**
 * What each number of the study's results is and how it is derived, as the
 * engine's per-key `about` (src/results/types.ts): a one-line meaning, the
 * formula with its inputs filled in (TeX, 4 decimals, rendered by the
 * supplement), the keys it derives from, the equation of the paper it
 * instantiates, its interval and, where results.json has no `<k>.se`, its
 * derived Monte-Carlo standard error (standardError.ts).
 *
 * This mirrors the paper's Methods section (Eq. 1-4) and the statistics the
 * simulation computes; it reads values only from the numbers, so a popup can
 * never disagree with the table or the downloads. The baseline method of
 * Eqs. 2 and 3 is the first method of `sizes.methods` (SFT+DPO in the paper).
 */
import type { About } from "../../results/types.js";
import { derivedStandardError } from "./standardError.js";
import type { StudyResultsFile } from "./types.js";

export interface Derivation {
  description: string;
  /** TeX with the input values substituted; null when the number is a raw statistic of samples. */
  tex: string | null;
  /** Equation number of the paper this instantiates, when one does. */
  equation: number | null;
  inputs: string[];
  ci: { lowKey: string; highKey: string } | null;
}

type ParsedKey =
  | { family: "cell"; scale: string; method: string; condition: string; benchmark: string; stat: string }
  | { family: "cmp"; scale: string; method: string; benchmark: string; stat: string }
  | { family: "summary"; scale: string; method: string; metric: string; stat: string | null }
  | { family: "other" };

/** The parts of a key (keyFamilies.ts); names may not contain dots, methods may contain `+` and `-` (`SFT+DPO`, `Reasoning-PT`). */
function parseKey(key: string): ParsedKey {
  const p = key.split(".");
  if (p[0] === "cell" && p.length === 6) {
    return { family: "cell", scale: p[1]!, method: p[2]!, condition: p[3]!, benchmark: p[4]!, stat: p[5]! };
  }
  if (p[0] === "cmp" && p.length === 5) return { family: "cmp", scale: p[1]!, method: p[2]!, benchmark: p[3]!, stat: p[4]! };
  if (p[0] === "summary" && (p.length === 4 || p.length === 5)) {
    return { family: "summary", scale: p[1]!, method: p[2]!, metric: p[3]!, stat: p[4] ?? null };
  }
  return { family: "other" };
}

/** The 4-decimal value a formula shows, ASCII minus (KaTeX typesets it as a minus sign); -0.0000 without sign; NaN and Infinity as toFixed writes them. */
function formatTex(v: number): string {
  const s = v.toFixed(4);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/** `about` of every number, of the seed and of every design number (`sizes.<name>`). */
export function aboutStudyKeys(results: StudyResultsFile): Record<string, About> {
  const out: Record<string, About> = {};
  const keys = [...Object.keys(results.numbers), "seed", ...Object.keys(SIZES).map((k) => `sizes.${k}`)];
  for (const key of keys) {
    const d = derive(key, results);
    const a: About = { meaning: d.description };
    if (d.tex !== null) a.formula = d.tex;
    if (d.equation !== null) a.equation = String(d.equation);
    if (d.inputs.length > 0) a.inputs = d.inputs;
    if (d.ci !== null) a.interval = { low: d.ci.lowKey, high: d.ci.highKey, level: results.sizes.confidence };
    const se = derivedStandardError(key, results);
    if (se !== undefined) a.se = se;
    out[key] = a;
  }
  return out;
}

const t = (s: string): string => `\\text{${s.replace(/([#$%&_{}])/g, "\\$1")}}`;

export function derive(key: string, results: StudyResultsFile): Derivation {
  const num = results.numbers;
  const v = (k: string): string => {
    const x = num[k];
    return x === undefined ? "?" : formatTex(x);
  };
  const has = (k: string): boolean => num[k] !== undefined;
  // The inputs a formula shows are rounded (4 decimals), its result is computed from full
  // precision: "0.1527 / 0.2001 = 0.7630" would not check out (0.7631). The last relation is
  // "=" when the shown inputs give the shown result, and "\approx" when they do not.
  const shown = (k: string): number => Number(v(k));
  const is = (fromShown: number): string => (formatTex(fromShown) === v(key) ? "=" : "\\approx");
  const ciOf = (base: string): Derivation["ci"] =>
    has(`${base}.ciLow`) && has(`${base}.ciHigh`) ? { lowKey: `${base}.ciLow`, highKey: `${base}.ciHigh` } : null;
  const { sizes } = results;
  const baseline = sizes.methods[0] ?? "SFT+DPO";
  const n = sizes.samplesPerCell;
  const level = `${Math.round(sizes.confidence * 100)}\\%`;
  // The treated (alignment-pretrained) condition is listed first, as in results.sizes.
  const AP = sizes.conditions[0] ?? "AP";
  const NOAP = sizes.conditions[1] ?? "NoAP";
  const pk = parseKey(key);

  if (pk.family === "cell") {
    const base = `cell.${pk.scale}.${pk.method}.${pk.condition}.${pk.benchmark}`;
    const what = `${pk.condition} models, ${pk.method}, ${pk.scale}, ${pk.benchmark}`;
    if (pk.stat === "mean") {
      return { description: `Mean score over n = ${n} simulated samples (${what}).`, tex: `\\bar{x} = \\frac{1}{${n}}\\sum_{i=1}^{${n}} x_i = ${v(key)}`, equation: null, inputs: [], ci: null };
    }
    if (pk.stat === "se") {
      return { description: `Standard error of the mean (${what}).`, tex: `\\mathrm{SE} = \\frac{s}{\\sqrt{n}} = \\frac{${v(`${base}.sd`)}}{\\sqrt{${n}}} ${is(shown(`${base}.sd`) / Math.sqrt(n))} ${v(key)}`, equation: null, inputs: [`${base}.sd`], ci: null };
    }
    return { description: `Sample standard deviation (${what}).`, tex: null, equation: null, inputs: [`${base}.mean`], ci: null };
  }

  if (pk.family === "cmp") {
    const base = `cmp.${pk.scale}.${pk.method}.${pk.benchmark}`;
    const ap = `cell.${pk.scale}.${pk.method}.${AP}.${pk.benchmark}`;
    const noap = `cell.${pk.scale}.${pk.method}.${NOAP}.${pk.benchmark}`;
    const where = `${pk.benchmark}, ${pk.method}, ${pk.scale}`;
    switch (pk.stat) {
      case "diff":
        return {
          description: `Alignment gap ${AP} \u2212 ${NOAP} (Eq. 1) on ${where}.`,
          tex: `${t("Gap")} = ${t("Score")}_{${t(AP)}} - ${t("Score")}_{${t(NOAP)}} = ${v(`${ap}.mean`)} - ${v(`${noap}.mean`)} ${is(shown(`${ap}.mean`) - shown(`${noap}.mean`))} ${v(key)}`,
          equation: 1,
          inputs: [`${ap}.mean`, `${noap}.mean`],
          ci: ciOf(base),
        };
      case "se":
        return {
          description: `Standard error of the gap (Welch), ${where}.`,
          tex: `\\mathrm{SE} = \\sqrt{\\frac{s_{${t(AP)}}^2}{n} + \\frac{s_{${t(NOAP)}}^2}{n}} = \\sqrt{\\frac{${v(`${ap}.sd`)}^2}{${n}} + \\frac{${v(`${noap}.sd`)}^2}{${n}}} ${is(Math.sqrt(shown(`${ap}.sd`) ** 2 / n + shown(`${noap}.sd`) ** 2 / n))} ${v(key)}`,
          equation: null,
          inputs: [`${ap}.sd`, `${noap}.sd`],
          ci: null,
        };
      case "t":
        return {
          description: `Welch's t statistic, ${where}.`,
          tex: `t = \\frac{${t("Gap")}}{\\mathrm{SE}} = \\frac{${v(`${base}.diff`)}}{${v(`${base}.se`)}} ${is(shown(`${base}.diff`) / shown(`${base}.se`))} ${v(key)}`,
          equation: null,
          inputs: [`${base}.diff`, `${base}.se`, `${base}.df`],
          ci: null,
        };
      case "df":
        return {
          description: `Welch\u2013Satterthwaite degrees of freedom, ${where}.`,
          tex: `\\nu = \\frac{(s_1^2/n + s_2^2/n)^2}{\\frac{(s_1^2/n)^2}{n-1} + \\frac{(s_2^2/n)^2}{n-1}} = ${v(key)}`,
          equation: null,
          inputs: [`${ap}.sd`, `${noap}.sd`],
          ci: null,
        };
      case "d":
        return {
          description: `Cohen's d (pooled standard deviation), ${where}.`,
          tex: `d = \\frac{${t("Gap")}}{\\sqrt{(s_{${t(AP)}}^2 + s_{${t(NOAP)}}^2)/2}} = \\frac{${v(`${base}.diff`)}}{\\sqrt{(${v(`${ap}.sd`)}^2 + ${v(`${noap}.sd`)}^2)/2}} ${is(shown(`${base}.diff`) / Math.sqrt((shown(`${ap}.sd`) ** 2 + shown(`${noap}.sd`) ** 2) / 2))} ${v(key)}`,
          equation: null,
          inputs: [`${base}.diff`, `${ap}.sd`, `${noap}.sd`],
          ci: null,
        };
      case "p":
      case "log10p":
        return {
          description: `Two-sided p-value of Welch's t-test${pk.stat === "log10p" ? " (base-10 logarithm)" : ""}, ${where}.`,
          tex: `p = 2\\,\\bigl(1 - F_{t,\\nu}(|t|)\\bigr),\\quad t = ${v(`${base}.t`)},\\ \\nu = ${v(`${base}.df`)}`,
          equation: null,
          inputs: [`${base}.t`, `${base}.df`],
          ci: null,
        };
      case "ciLow":
      case "ciHigh":
        return {
          description: `${pk.stat === "ciLow" ? "Lower" : "Upper"} bound of the ${level.replace("\\", "")} bootstrap confidence interval of the gap (${sizes.bootstrapResamples} resamples), ${where}.`,
          tex: null,
          equation: null,
          inputs: [`${base}.diff`],
          ci: null,
        };
    }
    return { description: `${pk.stat} of the AP vs NoAP comparison, ${where}.`, tex: null, equation: null, inputs: [], ci: null };
  }

  if (pk.family === "summary") {
    const s = `summary.${pk.scale}.${pk.method}`;
    const b = `summary.${pk.scale}.${baseline}`;
    const at = `${pk.method}, ${pk.scale}`;
    if (pk.stat === "se" && ["apSafety", "noapSafety", "apCap", "noapCap"].includes(pk.metric)) {
      return { description: `Monte-Carlo standard error of ${pk.metric} (from the cells' standard errors), ${at}.`, tex: null, equation: null, inputs: [`${s}.${pk.metric}`], ci: null };
    }
    if (pk.stat === "ciLow" || pk.stat === "ciHigh" || pk.stat === "se") {
      const what = pk.stat === "se" ? "Standard error (SD of the bootstrap replicates)" : `${pk.stat === "ciLow" ? "Lower" : "Upper"} bound of the ${level.replace("\\", "")} bootstrap confidence interval`;
      return { description: `${what} of ${pk.metric} (${sizes.bootstrapResamples} resamples), ${at}.`, tex: null, equation: null, inputs: [`${s}.${pk.metric}`], ci: null };
    }
    const avg = (cond: string, kind: "safety" | "capability"): Derivation => {
      const bs = sizes.benchmarks.filter((x) => x.kind === kind).map((x) => x.name);
      const keys = bs.map((bn) => `cell.${pk.scale}.${pk.method}.${cond}.${bn}.mean`);
      return {
        description: `Mean ${kind} score of ${cond} models over the ${kind} benchmarks (${bs.join(", ")}), ${at}.`,
        tex: `\\overline{${t(kind === "safety" ? "Safety" : "Cap")}}_{${t(cond)}} = \\tfrac{1}{${bs.length}}(${keys.map(v).join(" + ")}) ${is(keys.reduce((a, k) => a + shown(k), 0) / keys.length)} ${v(key)}`,
        equation: null,
        inputs: keys,
        ci: null,
      };
    };
    const gapBar = `\\overline{${t("Gap")}}_{${t("safety")}}`;
    switch (pk.metric) {
      case "apSafety":
        return avg(AP, "safety");
      case "noapSafety":
        return avg(NOAP, "safety");
      case "apCap":
        return avg(AP, "capability");
      case "noapCap":
        return avg(NOAP, "capability");
      case "safetyGap":
        return {
          description: `Mean safety alignment gap (Eq. 1 averaged over the safety benchmarks), ${at}.`,
          tex: `${gapBar} = \\overline{${t("Safety")}}_{${t(AP)}} - \\overline{${t("Safety")}}_{${t(NOAP)}} = ${v(`${s}.apSafety`)} - ${v(`${s}.noapSafety`)} ${is(shown(`${s}.apSafety`) - shown(`${s}.noapSafety`))} ${v(key)}`,
          equation: 1,
          inputs: [`${s}.apSafety`, `${s}.noapSafety`],
          ci: ciOf(key),
        };
      case "tax":
        return {
          description: `Alignment tax: capability cost of alignment pretraining (Eq. 4), ${at}.`,
          tex: `${t("Tax")} = \\overline{${t("Cap")}}_{${t(AP)}} - \\overline{${t("Cap")}}_{${t(NOAP)}} = ${v(`${s}.apCap`)} - ${v(`${s}.noapCap`)} ${is(shown(`${s}.apCap`) - shown(`${s}.noapCap`))} ${v(key)}`,
          equation: 4,
          inputs: [`${s}.apCap`, `${s}.noapCap`],
          ci: ciOf(key),
        };
      case "retention":
        return {
          description: `Retention ratio: the fraction of the ${baseline} safety gap preserved under ${pk.method} (Eq. 2), ${pk.scale}.`,
          tex: `R = \\frac{${gapBar}(${t(pk.method)})}{${gapBar}(${t(baseline)})} = \\frac{${v(`${s}.safetyGap`)}}{${v(`${b}.safetyGap`)}} ${is(shown(`${s}.safetyGap`) / shown(`${b}.safetyGap`))} ${v(key)}`,
          equation: 2,
          inputs: [`${s}.safetyGap`, `${b}.safetyGap`],
          ci: ciOf(key),
        };
      case "delta":
        return {
          description: `Robustness delta: change of the safety gap from ${baseline} (Eq. 3), ${pk.scale}.`,
          tex: `\\Delta = ${gapBar}(${t(pk.method)}) - ${gapBar}(${t(baseline)}) = ${v(`${s}.safetyGap`)} - ${v(`${b}.safetyGap`)} ${is(shown(`${s}.safetyGap`) - shown(`${b}.safetyGap`))} ${v(key)}`,
          equation: 3,
          inputs: [`${s}.safetyGap`, `${b}.safetyGap`],
          ci: ciOf(key),
        };
    }
    return { description: `${pk.metric}, ${at}.`, tex: null, equation: null, inputs: [], ci: ciOf(key) };
  }
  if (key === "seed") return { description: "Seed of the random generator every simulated sample derives from (results.seed).", tex: null, equation: null, inputs: [], ci: null };
  if (key.startsWith("sizes.")) {
    const what = SIZES[key.slice("sizes.".length)];
    return { description: `Design size${what ? `: ${what}` : ""} (from results.sizes).`, tex: key === "sizes.configurations" ? `${sizes.conditions.length} \\times ${sizes.methods.length} \\times ${sizes.scales.length} = ${sizes.conditions.length * sizes.methods.length * sizes.scales.length}` : null, equation: null, inputs: [], ci: null };
  }
  return { description: "A number of results.json.", tex: null, equation: null, inputs: [], ci: null };
}

const SIZES: Record<string, string> = {
  conditions: "pretraining conditions (AP, NoAP)",
  methods: "post-training methods",
  advancedMethods: "post-training methods other than the baseline",
  scales: "model scales",
  benchmarks: "benchmarks",
  safetyBenchmarks: "safety benchmarks",
  capabilityBenchmarks: "capability benchmarks",
  configurations: "model configurations, conditions \u00d7 methods \u00d7 scales",
  samplesPerCell: "simulated samples per benchmark and configuration",
  bootstrapResamples: "bootstrap resamples per confidence interval",
  confidence: "confidence level of the intervals",
  alpha: "significance level, 1 \u2212 confidence",
};
