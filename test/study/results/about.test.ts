/** Formulas, inputs and CIs of the study's `about` (the supplement's popups), per key family. */
import { describe, expect, it } from "vitest";
import { derive } from "../../../src/study/results/about.js";
import { renderTex } from "../../../src/site/formula.js";
import { escapeHtml } from "../../../src/text/escapeHtml.js";
import { syntheticResults } from "../../site/syntheticResults.js";

const r = syntheticResults();

describe("derive", () => {
  it("fills Eq. 2 with the two gaps for a retention ratio", () => {
    const d = derive("summary.7B.CAI.retention", r);
    expect(d.equation).toBe(2);
    expect(d.inputs).toEqual(["summary.7B.CAI.safetyGap", "summary.7B.SFT+DPO.safetyGap"]);
    expect(d.tex).toContain(`\\frac{${r.numbers["summary.7B.CAI.safetyGap"]!.toFixed(4)}}{${r.numbers["summary.7B.SFT+DPO.safetyGap"]!.toFixed(4)}}`);
    expect(d.ci).toEqual({ lowKey: "summary.7B.CAI.retention.ciLow", highKey: "summary.7B.CAI.retention.ciHigh" });
  });

  it("fills Eq. 1 with the two cell means for a per-benchmark gap, with its bootstrap CI", () => {
    const d = derive("cmp.13B.RLVR.BBQ.diff", r);
    expect(d.equation).toBe(1);
    expect(d.inputs).toEqual(["cell.13B.RLVR.AP.BBQ.mean", "cell.13B.RLVR.NoAP.BBQ.mean"]);
    expect(d.ci?.lowKey).toBe("cmp.13B.RLVR.BBQ.ciLow");
  });

  it("uses Eq. 3 and 4 for delta and tax", () => {
    expect(derive("summary.1B.RLVR.delta", r).equation).toBe(3);
    expect(derive("summary.1B.RLVR.tax", r).equation).toBe(4);
    expect(derive("summary.1B.RLVR.tax", r).tex).toContain("-0.00");
  });

  it("writes = when the shown (rounded) inputs give the shown result, \\approx when only the full-precision ones do", () => {
    // 0.1527 / 0.2001 = 0.76312 prints 0.7631; a ratio of unrounded gaps can be 0.7630 (the site's first popup did this).
    const at = (gap: number, base: number, retention: number) => ({
      ...r,
      numbers: { ...r.numbers, "summary.7B.CAI.safetyGap": gap, "summary.7B.SFT+DPO.safetyGap": base, "summary.7B.CAI.retention": retention },
    });
    expect(derive("summary.7B.CAI.retention", at(0.15267, 0.20009, 0.15267 / 0.20009)).tex).toMatch(/\\frac\{0\.1527\}\{0\.2001\} \\approx 0\.7630$/);
    expect(derive("summary.7B.CAI.retention", at(0.1527, 0.2001, 0.1527 / 0.2001)).tex).toMatch(/\\frac\{0\.1527\}\{0\.2001\} = 0\.7631$/);
    // Differences too: 0.8169 - 0.6503 = 0.1666, but the unrounded difference may print 0.1667.
    const d = derive("cmp.13B.RLVR.BBQ.diff", { ...r, numbers: { ...r.numbers, "cell.13B.RLVR.AP.BBQ.mean": 0.81694, "cell.13B.RLVR.NoAP.BBQ.mean": 0.65026, "cmp.13B.RLVR.BBQ.diff": 0.81694 - 0.65026 } });
    expect(d.tex).toMatch(/0\.8169 - 0\.6503 \\approx 0\.1667$/);
  });

  it("gives every key of results.json a description and TeX that KaTeX accepts", () => {
    for (const key of Object.keys(r.numbers)) {
      const d = derive(key, r);
      expect(d.description.length, key).toBeGreaterThan(10);
      // KaTeX throws on an error here (throwOnError); the MathML keeps the TeX it rendered.
      if (d.tex !== null) expect(renderTex(d.tex), key).toContain(`<annotation encoding="application/x-tex">\\displaystyle ${escapeHtml(d.tex)}</annotation>`);
      for (const k of d.inputs) expect(r.numbers[k], `${key} <- ${k}`).toBeTypeOf("number");
    }
  });
});

describe("declareResults: the study's about, for the engine", () => {
  it("gives each key its meaning, formula, equation, inputs and interval, and the seed and design numbers theirs", () => {
    const a = r.about!["summary.7B.CAI.retention"]!;
    const d = derive("summary.7B.CAI.retention", r);
    expect(a).toEqual({ meaning: d.description, formula: d.tex, equation: "2", inputs: d.inputs, interval: { low: "summary.7B.CAI.retention.ciLow", high: "summary.7B.CAI.retention.ciHigh", level: 0.95 } });
    expect(r.about!["cmp.7B.CAI.BBQ.diff"]!.interval).toEqual({ low: "cmp.7B.CAI.BBQ.ciLow", high: "cmp.7B.CAI.BBQ.ciHigh", level: 0.95 });
    expect(r.about!.seed!.meaning).toMatch(/^Seed of the random generator/);
    expect(r.about!["sizes.configurations"]).toEqual({ meaning: "Design size: model configurations, conditions \u00d7 methods \u00d7 scales (from results.sizes).", formula: "2 \\times 5 \\times 3 = 30" });
  });
  it("derives a standard error only where the key has no se of its own", () => {
    expect(r.about!["cmp.7B.CAI.BBQ.t"]!.se).toBeCloseTo(Math.sqrt(1 + r.numbers["cmp.7B.CAI.BBQ.t"]! ** 2 / (2 * r.numbers["cmp.7B.CAI.BBQ.df"]!)), 12);
    expect(r.about!["summary.7B.CAI.retention"]!.se).toBeUndefined();
  });
});
