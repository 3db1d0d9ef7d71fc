// Loading report/published.yaml: every table cell and text number, with
// printed precision, and located errors for a malformed transcription.
import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../../src/errors.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";
import { loadPublished, parsePublished } from "../../../src/review/published/loadPublished.js";
import { doctorSource, PUBLISHED_FILE, publishedSource } from "../doctor.js";

describe("loadPublished", () => {
  const p = loadPublished(PUBLISHED_FILE);

  it("transcribes every cell of Tables 1-4", () => {
    const cells = (t: string) => p.numbers.filter((n) => n.cell?.table === t).length;
    expect([cells("t1"), cells("t2"), cells("t3"), cells("t4")]).toEqual([35, 16, 30, 25]);
    expect(p.numbers.filter((n) => n.origin === "text").length).toBeGreaterThanOrEqual(55);
  });

  it("keeps the printed precision (YAML drops trailing zeros; the source does not)", () => {
    const get = (id: string) => p.numbers.find((n) => n.id === id)!;
    expect(get("t1.Reasoning-PT.safetyGap")).toMatchObject({ value: 0.166, decimals: 4, key: "summary.7B.Reasoning-PT.safetyGap", where: "Table 1, row Reasoning-PT, column Safety Gap" });
    expect(get("t1.SFT+DPO.retention")).toMatchObject({ value: 0.81, decimals: 2 });
    expect(get("t4.CAI.t")).toMatchObject({ value: 172.8837, decimals: 4, key: "cmp.7B.CAI.ToxiGen.t" });
    expect(get("t2.RLVR.ToxiGen").formulaText).toBe("`cmp.7B.RLVR.ToxiGen.diff` - `cmp.7B.SFT+DPO.ToxiGen.diff`");
    expect(get("s4.2.caiNoapGain")).toMatchObject({ value: 0.1173, where: "Section 4.2", quote: "CAI improves NoAP safety by 0.1173" });
  });

  const errorOf = (src: string): SafetyGapError => safetyGapErrorOf(() => parsePublished(src, "published.yaml"));

  it("locates a short table row", () => {
    const e = errorOf(doctorSource([["CAI:          [0.8492, 0.6965, 0.1527, 0.5262, 0.5365, -0.0103, 0.7601]", "CAI:          [0.8492, 0.6965, 0.1527, 0.5262, 0.5365, -0.0103]"]]));
    expect(e.message).toContain("row 'CAI' has 6 values but the table has 7 columns");
    expect(e.where?.line).toBe(47);
  });

  it("locates a bad statement rule at its line and column", () => {
    const e = errorOf(doctorSource([["all b in safetyBenchmarks except [\"BBQ\"]: `t3.RLVR.BBQ` < `t3.RLVR.{b}`", "all b in safetyBenchmarks except [\"BBQ\"]: `t3.RLVR.BBQ` <> `t3.RLVR.{b}`"]]));
    expect(e.message).toMatch(/expression: expected a value, found '>'/);
    expect(e.format()).toMatch(/^published\.yaml:\d+:\d+ \(statements\[\d+\]\.rule\)/);
    const line = e.where!.source!.split("\n")[e.where!.line! - 1]!;
    expect(line.slice(e.where!.column! - 1)).toMatch(/^> `t3\.RLVR\.\{b\}`/);
  });

  it("reads the declared relations, and locates an error inside one at its line and column", () => {
    const p = parsePublished(publishedSource(), "published.yaml");
    expect(p.relations.map((r) => [r.id, r.checks.length])).toEqual([
      ["t-from-effect-size", 1],
      ["ci-around-difference", 2],
      ["retention-from-gaps", 1],
      ["delta-from-gaps", 2],
      ["gap-is-difference", 2],
      ["gap-is-mean-of-benchmarks", 2],
      ["average-of-row", 1],
    ]);
    const e = errorOf(doctorSource([["equals: \"`t1.{m}.safetyGap` / `t1.SFT+DPO.safetyGap`\"", "equals: \"`t1.{m}.safetyGap` / `t1.SFT+DPO..safetyGap`\""]]));
    expect(e.message).toBe("expression: 't1.SFT+DPO..safetyGap' is not a key or key pattern: empty key segment (two dots in a row, or a dot at an end)");
    expect(e.format()).toMatch(/^published\.yaml:\d+:\d+ \(relations\[2\]\.checks\[0\]\.equals\)/);
    const line = e.where!.source!.split("\n")[e.where!.line! - 1]!;
    expect(line.slice(e.where!.column! - 1)).toMatch(/^\.safetyGap`"$/);
    const f = errorOf(doctorSource([["for: m in methods\n        value: \"`t1.{m}.retention`\"", "for: m of methods\n        value: \"`t1.{m}.retention`\""]]));
    expect(f.message).toBe("expression: expected 'in' after 'm', found 'of'");
    expect(f.format()).toMatch(/\(relations\[2\]\.checks\[0\]\.for\)/);
  });

  it("rejects unknown fields, missing key/formula, and duplicate ids", () => {
    expect(errorOf(doctorSource([["quote: \"n = 500 samples per benchmark\", value: 500, key: sizes.samplesPerCell", "quote: \"n = 500\", valeu: 500, key: sizes.samplesPerCell"]])).format()).toMatch(
      /^published\.yaml:\d+:\d+ \(text\[\d+\]\.valeu\): unknown field `valeu` in `text\[\d+\]`; allowed: `id`, `where`, `quote`, `value`, `decimals`, `key`, `formula`\n(.*\n){2} {2}fix: did you mean `value`\?$/,
    );
    expect(errorOf(doctorSource([["value: 42, key: seed }", "value: 42 }"]])).message).toContain("needs a 'key'");
    expect(errorOf(doctorSource([["id: s2.4.seed", "id: s2.4.alpha"]])).message).toContain("duplicate id 's2.4.alpha'");
    expect(errorOf("design: [\n").message).toMatch(/YAML syntax error/);
  });
});
