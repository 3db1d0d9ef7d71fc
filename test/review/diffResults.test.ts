// The keyed diff: exactly the changed keys, Monte-Carlo significance,
// grouping by provenance (or key family), and changed sentences.
import { describe, expect, it } from "vitest";
import { diffResults, isPrinted, NOT_PRINTED, type DiffEntry } from "../../src/review/diffResults.js";
import type { Provenance } from "../../src/review/provenance.js";
import { syntheticResults } from "./syntheticResults.js";
import { declareResults } from "../../src/study/results/declare.js";

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

describe("diffResults: exact entries, bounds and order", () => {
  // A's numbers with some replaced: what syntheticResults(patch) gives, without building it again (~0.1 s each);
  // declared again, as the study's reader does, so the derived standard errors follow the numbers.
  const base = () => A;
  const withNumbers = (patch: Record<string, number>) => declareResults({ ...A, numbers: { ...A.numbers, ...patch } });
  const cell = "cell.7B.CAI.AP.BBQ";

  it("significance is |delta| > sigmas * se, strictly: a delta of exactly sqrt(3² + 4²) = 5 is noise, 5 + 2**-50 is not", () => {
    const a = withNumbers({ [`${cell}.mean`]: 10, [`${cell}.se`]: 3 });
    const at = withNumbers({ [`${cell}.mean`]: 15, [`${cell}.se`]: 4 });
    const above = withNumbers({ [`${cell}.mean`]: 15 + 2 ** -49, [`${cell}.se`]: 4 });
    const r = diffResults({ label: "a", results: a }, { label: "b", results: at });
    expect(r.entries.find((e) => e.key === `${cell}.mean`)).toEqual({ key: `${cell}.mean`, status: "changed", old: 10, new: 15, delta: 5, se: 5, significant: false, places: ["cell 7B"] });
    expect(diffResults({ label: "a", results: a }, { label: "b", results: above }).entries.find((e) => e.key === `${cell}.mean`)!.significant).toBe(true);
    // Twice the bar: 5 is within 2 * 5; a third of it: 5 > 5/3.
    expect(diffResults({ label: "a", results: a }, { label: "b", results: withNumbers({ [`${cell}.mean`]: 20, [`${cell}.se`]: 4 }) }, { sigmas: 2 }).entries[0]).toMatchObject({ delta: 10, significant: false });
    expect(diffResults({ label: "a", results: a }, { label: "b", results: at }, { sigmas: 1 / 3 }).sigmas).toBe(1 / 3);
    expect(r.sigmas).toBe(1);
  });

  it("a number without a known SE on either side counts whatever its change, and has no se", () => {
    const a = { ...base(), numbers: { ...base().numbers, "custom.x": 1 } };
    const b = { ...base(), numbers: { ...base().numbers, "custom.x": 1 + 1e-15 } };
    expect(diffResults({ label: "a", results: a }, { label: "b", results: b }).entries).toEqual([
      { key: "custom.x", status: "changed", old: 1, new: 1 + 1e-15, delta: 1 + 1e-15 - 1, se: undefined, significant: true, places: ["custom x"] },
    ]);
    // An SE on one side only: undefined too.
    const withSe = { ...base(), numbers: { ...base().numbers, "custom.x": 2, "custom.x.se": 10 } };
    const entry = diffResults({ label: "a", results: a }, { label: "b", results: withSe }).entries.find((e) => e.key === "custom.x")!;
    expect(entry).toMatchObject({ se: undefined, significant: true, delta: 1 });
  });

  it("compares with Object.is: 0 and -0 differ, NaN equals NaN", () => {
    const a = { ...base(), numbers: { ...base().numbers, "custom.zero": 0, "custom.nan": NaN } };
    const b = { ...base(), numbers: { ...base().numbers, "custom.zero": -0, "custom.nan": NaN } };
    const r = diffResults({ label: "a", results: a }, { label: "b", results: b });
    expect(r.entries.map((e) => e.key)).toEqual(["custom.zero"]);
    expect(r.identical).toBe(false);
  });

  it("lists added and removed keys with their value, significant, in key order; groups by key family without provenance", () => {
    const a = { ...base(), numbers: { ...base().numbers, "zeta.one": 1, "alpha.9B.x": 2 } };
    const b = { ...base(), numbers: { ...base().numbers, "beta.two": 3 } };
    const r = diffResults({ label: "old", results: a }, { label: "new", results: b });
    expect(r.entries).toEqual([
      { key: "alpha.9B.x", status: "removed", old: 2, significant: true, places: ["alpha 9B"] },
      { key: "beta.two", status: "added", new: 3, significant: true, places: ["beta two"] },
      { key: "zeta.one", status: "removed", old: 1, significant: true, places: ["zeta one"] },
    ]);
    expect(r.groups).toEqual([
      { where: "alpha 9B", keys: ["alpha.9B.x"] },
      { where: "beta two", keys: ["beta.two"] },
      { where: "zeta one", keys: ["zeta.one"] },
    ]);
    expect(r).toMatchObject({ a: "old", b: "new", grouped: "key family", sentences: [], meta: [], identical: false });
    const single = diffResults({ label: "a", results: { ...base(), numbers: { solo: 1 } } }, { label: "b", results: { ...base(), numbers: {} } });
    expect(single.entries[0]!.places).toEqual(["solo"]);
  });

  it("orders groups as provenance first uses them (a place used again keeps its first position), the rest alphabetically after", () => {
    const provenance: Provenance = {
      usage: [
        { key: "summary.7B.CAI.tax", where: "Table 3" },
        { key: "summary.7B.CAI.delta", where: "Table 2" },
        { key: "summary.7B.RLVR.tax", where: "Table 3" },
        { key: "summary.7B.CAI.retention", where: "Table 1" },
      ],
      sentences: [],
    };
    const b = withNumbers({ "summary.7B.CAI.tax": 1, "summary.7B.CAI.delta": 2, "summary.7B.RLVR.tax": 3, "summary.7B.CAI.retention": 4, "summary.1B.CAI.apCap": 5 });
    const r = diffResults({ label: "a", results: base() }, { label: "b", results: b, provenance });
    expect(r.groups).toEqual([
      { where: "Table 3", keys: ["summary.7B.CAI.tax", "summary.7B.RLVR.tax"] },
      { where: "Table 2", keys: ["summary.7B.CAI.delta"] },
      { where: "Table 1", keys: ["summary.7B.CAI.retention"] },
      { where: "not printed in the paper", keys: ["summary.1B.CAI.apCap"] },
    ]);
    // Provenance of one side is enough (b's first, else a's); sentences need both.
    const fromA = diffResults({ label: "a", results: base(), provenance }, { label: "b", results: b });
    expect(fromA.groups).toEqual(r.groups);
    expect(fromA).toMatchObject({ grouped: "provenance", sentences: [] });
    const other: Provenance = { usage: [{ key: "summary.7B.CAI.tax", where: "Appendix" }], sentences: [] };
    expect(diffResults({ label: "a", results: base(), provenance: other }, { label: "b", results: b, provenance }).groups[0]!.where).toBe("Table 3");
  });

  it("lists added, changed and removed sentences, in that order of the new side then the old", () => {
    const p = (sentences: [string, string][]): Provenance => ({ usage: [], sentences: sentences.map(([id, text]) => ({ id, where: `Section ${id}`, text, keys: [] })) });
    const r = diffResults(
      { label: "a", results: base(), provenance: p([["1", "same"], ["2", "old text"], ["3", "gone"]]) },
      { label: "b", results: base(), provenance: p([["4", "new"], ["1", "same"], ["2", "new text"]]) },
    );
    expect(r.sentences).toEqual([
      { id: "4", where: "Section 4", status: "added", new: "new" },
      { id: "2", where: "Section 2", status: "changed", old: "old text", new: "new text" },
      { id: "3", where: "Section 3", status: "removed", old: "gone" },
    ]);
    expect(r.identical).toBe(false);
    expect(r.entries).toEqual([]);
  });

  it("notes every changed field of the results' header, as 'name: old -> new'", () => {
    const a = base();
    const b = declareResults({ ...base(), seed: 7, paramsHash: "new-hash", schemaVersion: a.schemaVersion + 1, tool: { name: "safety-gap", version: "9.9.9" }, sizes: { ...a.sizes, samplesPerCell: 41 } });
    expect(diffResults({ label: "a", results: a }, { label: "b", results: b }).meta).toEqual([
      `seed: ${a.seed} -> 7`,
      `paramsHash: ${a.paramsHash} -> new-hash`,
      `schemaVersion: ${a.schemaVersion} -> ${a.schemaVersion + 1}`,
      `tool: ${a.tool.name}@${a.tool.version} -> safety-gap@9.9.9`,
      `design: ${JSON.stringify(a.design)} -> ${JSON.stringify({ ...a.design, samplesPerCell: 41 })}`,
    ]);
    expect(diffResults({ label: "a", results: a }, { label: "b", results: base() }).meta).toEqual([]);
  });

  it("notes changed sets, and results that do not name their tool", () => {
    const a = base();
    const { tool: _tool, ...untooled } = a;
    const b = { ...base(), sets: { ...a.sets, extra: ["x"] } };
    expect(diffResults({ label: "a", results: untooled as typeof a }, { label: "b", results: b }).meta).toEqual([
      `tool: none -> ${a.tool.name}@${a.tool.version}`,
      `sets: ${JSON.stringify(a.sets)} -> ${JSON.stringify({ ...a.sets, extra: ["x"] })}`,
    ]);
  });
});

describe("isPrinted(entry, report)", () => {
  const entry = (places: string[]): DiffEntry => ({ key: "k", status: "changed", significant: true, places });
  it("is true for a number provenance places in the paper", () => {
    expect(isPrinted(entry(["Table 1"]), { grouped: "provenance" })).toBe(true);
    expect(isPrinted(entry([NOT_PRINTED, "Table 1"]), { grouped: "provenance" })).toBe(true);
  });
  it("is false for a number only provenance knows, and for any number without provenance", () => {
    expect(isPrinted(entry([NOT_PRINTED]), { grouped: "provenance" })).toBe(false);
    expect(isPrinted(entry(["Table 1"]), { grouped: "key family" })).toBe(false);
  });
});
