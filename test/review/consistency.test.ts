// The consistency rules: they find the published paper's real inconsistencies
// on their own, each planted inconsistency in a doctored copy, and nothing in
// a corrected copy (no false alarms from rounding).
import { describe, expect, it } from "vitest";
import { CONSISTENCY_RULES, checkConsistency } from "../../src/review/consistency/rules.js";
import { loadPublished } from "../../src/review/published/loadPublished.js";
import { doctored, PUBLISHED_FILE, type Replacement } from "./doctor.js";

const inconsistent = (p: ReturnType<typeof loadPublished>) => checkConsistency(p).filter((f) => f.severity === "inconsistent");

/** Fixes for every real inconsistency, so planted ones stand alone. */
const CORRECTIONS: Replacement[] = [
  ["-0.0098, 0.81]", "-0.0098, 1.0000]"],
  ["all b in safetyBenchmarks except [\"BBQ\"]: `t3.RLVR.BBQ` < `t3.RLVR.{b}`", "all b in safetyBenchmarks except [\"TruthfulQA\"]: `t3.RLVR.TruthfulQA` < `t3.RLVR.{b}`"],
  ['all m in ["Deliberative", "CAI"]: all o in advancedMethods except ["Deliberative", "CAI"]:', 'all m in ["RLVR"]: all o in advancedMethods except ["RLVR"]:'],
  // One bound for the tax everywhere (the paper's data allow <1.2%).
  ["bound: 0.01\n", "bound: 0.012\n", "all"],
  ["bound: 0.011\n", "bound: 0.012\n", "all"],
  ["abs(v) < 1.1%", "abs(v) < 1.2%", "all"],
];

describe("consistency of the published paper", () => {
  it("finds the real inconsistencies in report/published.yaml", () => {
    const found = inconsistent(loadPublished(PUBLISHED_FILE));
    const text = found.map((f) => f.message).join("\n");
    expect(text).toMatch(/Ret\. Ratio prints 0\.81 but Eq\. 2, Safety Gap \/ baseline Safety Gap \(0\.2009 \/ 0\.2009\) = 1\.0000/);
    expect(text).toMatch(/smallest on BBQ for RLVR.*t3\.RLVR\.TruthfulQA = 0\.1504/);
    expect(text).toMatch(/notably uniform.*0\.0122 <= 0\.0028/);
    expect(text).toMatch(/below 1\.1% across all conditions.*summary\.13B\.Deliberative\.tax = -0\.0112/);
    expect(text).toMatch(/stated as 1% .* vs 1\.1% .* vs 1\.2%/);
    expect(found).toHaveLength(5);
    for (const f of found) expect(f.message).not.toContain("\n");
  });

  it("reports the Reasoning-PT cap gap (0.5809 - 0.5905 vs -0.0097) as rounding, not an inconsistency", () => {
    const notes = checkConsistency(loadPublished(PUBLISHED_FILE)).filter((f) => f.severity === "rounding");
    expect(notes.map((n) => n.message).join("\n")).toMatch(/Reasoning-PT, column Cap\. Gap prints -0\.0097; AP Cap\. - NoAP Cap\. \(0\.5809 - 0\.5905\) = -0\.0096/);
  });

  it("reports the bounds that hold by an order of magnitude or more as understated", () => {
    const found = checkConsistency(loadPublished(PUBLISHED_FILE)).filter((f) => f.severity === "understated");
    expect(found.map((f) => [f.rule, f.message])).toEqual([
      ["understated-bound", '"with large effect sizes (Cohen\'s d > .9)" is understated: it bounds 5 values by > 0.9, and every one is above 9 (the closest is 10.73)'],
      ["understated-bound", '"All safety gaps at 7B are highly significant (all p < 10^-15)" is understated: it bounds 5 values by < -15, and every one is below -150 (the closest is -737)'],
    ]);
  });

  it("does not call a tight bound understated (negative control)", () => {
    const tight = doctored([
      ["`t4.{m}.d` > 0.9", "`t4.{m}.d` > 10"],
      ["2 * `s2.1.n` - 2) < -15", "2 * `s2.1.n` - 2) < -700"],
    ]);
    expect(checkConsistency(tight).filter((f) => f.severity === "understated")).toEqual([]);
  });

  it("reports a relation that matches no published number instead of passing silently", () => {
    const broken = doctored([["value: \"`t4.{m}.t`\"", "value: \"`t4.{m}.tstat`\""]]);
    expect(checkConsistency(broken).filter((f) => f.rule === "t-from-effect-size").map((f) => f.message)).toEqual([
      "relation 't-from-effect-size' could not be evaluated for any instance (no number named 't4.CAI.tstat'; did you mean 't4.CAI.t'?): check its keys and sets",
    ]);
  });

  it("finds nothing in a corrected copy", () => {
    expect(inconsistent(doctored(CORRECTIONS)).map((f) => f.message)).toEqual([]);
  });

  const planted: [string, Replacement[], string, RegExp][] = [
    ["t against d", [["11.6586, 184.3386", "11.6586, 190.3386"]], "t-from-effect-size", /RLVR, column t-stat prints 190\.3386/],
    ["CI around diff", [["10.9341, 172.8837, 0.1573, 0.1609", "10.9341, 172.8837, 0.1573, 0.1650"]], "ci-around-difference", /CAI.*CI/],
    ["retention vs gaps", [["-0.0096, 0.7934]", "-0.0096, 0.8134]"]], "retention-from-gaps", /RLVR, column Ret\. Ratio prints 0\.8134/],
    ["delta vs gaps", [["-0.0416, -0.0415]", "-0.0416, -0.0445]"]], "delta-from-gaps", /RLVR, column Safety Avg prints -0\.0445/],
    ["Table 2 cell vs Table 3", [["[-0.0315, -0.0413", "[-0.0335, -0.0413"]], "delta-from-gaps", /Reasoning-PT, column ToxiGen prints -0\.0335/],
    ["average of row", [["-0.0516, -0.0415, -0.0513", "-0.0516, -0.0455, -0.0513"]], "average-of-row", /CAI, column Safety Avg/],
    ["AP - NoAP", [["CAI:          [0.8492", "CAI:          [0.8592"]], "gap-is-difference", /CAI, column Safety Gap prints 0\.1527/],
    ["Table 1 = mean of Table 3", [["CAI:          [0.1591, 0.1489, 0.1502, -0.0084", "CAI:          [0.1591, 0.1489, 0.1502, -0.0184"]], "gap-is-mean-of-benchmarks", /CAI, column Cap\. Gap/],
    ["text vs table", [["quote: \"followed by RLVR (0.7934)\", value: 0.7934", "quote: \"followed by RLVR (0.7943)\", value: 0.7943"]], "same-key-same-value", /Section 3\.2 prints 0\.7943/],
    ["derived text number", [["value: 0.1173", "value: 0.1273"]], "derived-text-numbers", /Section 4\.2 prints 0\.1273/],
    ["table vs table (Table 4 Diff vs Table 3)", [["RLVR:         [0.1679, 11.6586", "RLVR:         [0.1697, 11.6586"]], "same-key-same-value", /Table 4, row RLVR, column Diff prints 0\.1697|Table 3, row RLVR/],
    ["qualitative: ordering", [["Reasoning-PT: [0.8165, 0.6505, 0.1660, 0.5809, 0.5905, -0.0097, 0.8263]", "Reasoning-PT: [0.8165, 0.6505, 0.1660, 0.5809, 0.5905, -0.0097, 0.7863]"]], "qualitative-statement", /Reasoning-PT retains the most/],
    ["qualitative: largest on ToxiGen", [["SFT+DPO:      [0.2107, 0.1904", "SFT+DPO:      [0.2107, 0.2204"]], "qualitative-statement", /largest on ToxiGen.*m=SFT\+DPO/],
    ["qualitative: p from t", [["0.1599, 10.7306, 169.6653", "0.1599, 10.7306, 7.6653"]], "qualitative-statement", /highly significant.*m=Deliberative/],
    ["qualitative: CAI highest", [["Deliberative: [0.8404, 0.6869", "Deliberative: [0.8504, 0.6969"]], "qualitative-statement", /CAI achieves the highest absolute safety/],
    ["stated bounds", [["quote: \"The small and stable alignment tax (<1.2% capability cost) across all methods\"\n    quantity: alignment tax (capability cost)\n    bound: 0.012", "quote: \"The small and stable alignment tax (<1.3% capability cost) across all methods\"\n    quantity: alignment tax (capability cost)\n    bound: 0.013"]], "stated-bounds-agree", /1\.3% \(Section 4\.4\)/],
  ];
  for (const [name, plant, rule, message] of planted) {
    it(`finds a planted inconsistency: ${name}`, () => {
      const found = inconsistent(doctored([...CORRECTIONS, ...plant]));
      const mine = found.filter((f) => f.rule === rule);
      expect(mine.map((f) => f.message).join("\n")).toMatch(message);
    });
  }

  it("lists every rule once, with a title", () => {
    const ids = CONSISTENCY_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of CONSISTENCY_RULES) expect(r.title.length).toBeGreaterThan(10);
  });
});
