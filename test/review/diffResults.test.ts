// The keyed diff: exactly the changed keys, Monte-Carlo significance,
// grouping by provenance (or key family), and changed sentences.
import { describe, expect, it } from "vitest";
import { diffResults } from "../../src/review/diffResults.js";
import type { Provenance } from "../../src/review/provenance.js";
import { syntheticResults } from "./syntheticResults.js";

const A = syntheticResults();

describe("diffResults", () => {
  it("identical results: nothing listed", () => {
    const r = diffResults({ label: "a", results: A }, { label: "b", results: syntheticResults() });
    expect(r.identical).toBe(true);
    expect(r.entries).toEqual([]);
  });

  it("two results differing in one key list exactly that key", () => {
    const key = "summary.7B.CAI.retention";
    const B = syntheticResults({ [key]: A.numbers[key]! + 0.05 });
    const r = diffResults({ label: "a", results: A }, { label: "b", results: B });
    expect(r.identical).toBe(false);
    expect(r.entries.map((e) => e.key)).toEqual([key]);
    const [e] = r.entries;
    expect(e).toMatchObject({ status: "changed", old: A.numbers[key], new: B.numbers[key], significant: true });
    expect(e!.delta).toBeCloseTo(0.05, 12);
    // Combined SE of both sides: sqrt(0.01² + 0.01²).
    expect(e!.se).toBeCloseTo(Math.SQRT2 * 0.01, 12);
    expect(r.groups).toEqual([{ where: "summary 7B", keys: [key] }]);
  });

  it("a change within the combined Monte-Carlo SE is flagged as noise", () => {
    const key = "cell.7B.RLVR.AP.BBQ.mean";
    const se = A.numbers["cell.7B.RLVR.AP.BBQ.se"]!;
    const r = diffResults({ label: "a", results: A }, { label: "b", results: syntheticResults({ [key]: A.numbers[key]! + 0.5 * se }) });
    expect(r.entries).toEqual([expect.objectContaining({ key, significant: false })]);
    expect(r.entries[0]!.se).toBeCloseTo(Math.SQRT2 * se, 12);
    // --sigmas raises or lowers the bar.
    const strict = diffResults({ label: "a", results: A }, { label: "b", results: syntheticResults({ [key]: A.numbers[key]! + 0.5 * se }) }, { sigmas: 0.1 });
    expect(strict.entries[0]!.significant).toBe(true);
  });

  it("added and removed keys are listed", () => {
    const B = syntheticResults({ "summary.7B.CAI.extra": 1 });
    delete B.numbers["summary.1B.RLVR.tax"];
    const r = diffResults({ label: "a", results: A }, { label: "b", results: B });
    expect(r.entries.map((e) => [e.key, e.status])).toEqual([
      ["summary.1B.RLVR.tax", "removed"],
      ["summary.7B.CAI.extra", "added"],
    ]);
  });

  it("groups by where provenance says a number is used, and lists changed sentences", () => {
    const prov = (text: string): Provenance => ({
      usage: [
        { key: "summary.7B.CAI.delta", where: "Table 2" },
        { key: "summary.7B.CAI.retention", where: "Table 1" },
        { key: "summary.7B.CAI.retention", where: "Section 3.2" },
      ],
      sentences: [
        { id: "s3.2-1", where: "Section 3.2", text, keys: ["summary.7B.CAI.retention"] },
        { id: "s3.3-1", where: "Section 3.3", text: "unchanged", keys: [] },
      ],
    });
    const B = syntheticResults({ "summary.7B.CAI.retention": 0.7, "summary.7B.CAI.delta": -0.06, "summary.13B.CAI.apCap": 0.1 });
    const r = diffResults({ label: "a", results: A, provenance: prov("CAI (0.7601)") }, { label: "b", results: B, provenance: prov("CAI (0.7000)") });
    expect(r.grouped).toBe("provenance");
    expect(r.groups).toEqual([
      { where: "Table 2", keys: ["summary.7B.CAI.delta"] },
      { where: "Table 1", keys: ["summary.7B.CAI.retention"] },
      { where: "not printed in the paper", keys: ["summary.13B.CAI.apCap"] },
    ]);
    expect(r.entries.find((e) => e.key === "summary.7B.CAI.retention")!.places).toEqual(["Table 1", "Section 3.2"]);
    expect(r.sentences).toEqual([{ id: "s3.2-1", where: "Section 3.2", status: "changed", old: "CAI (0.7601)", new: "CAI (0.7000)" }]);
  });

  it("a sentence change alone makes the results differ", () => {
    const p = (text: string): Provenance => ({ usage: [], sentences: [{ id: "x", where: "Section 1", text, keys: [] }] });
    const r = diffResults({ label: "a", results: A, provenance: p("old") }, { label: "b", results: A, provenance: p("new") });
    expect(r.identical).toBe(false);
    expect(r.entries).toEqual([]);
  });

  it("records seed and parameter changes", () => {
    const B = { ...syntheticResults(), seed: 7 };
    expect(diffResults({ label: "a", results: A }, { label: "b", results: B }).meta).toEqual(["seed: 42 -> 7"]);
  });
});
