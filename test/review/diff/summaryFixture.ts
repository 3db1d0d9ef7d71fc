/** A small hand-made diff report for the summary tests: every kind of row once or twice. */
import type { DiffEntry, DiffReport } from "../../../src/review/diffResults.js";

const changed = (key: string, old: number, now: number, se: number | undefined, significant: boolean, places: string[]): DiffEntry => ({
  key,
  status: "changed",
  old,
  new: now,
  delta: now - old,
  ...(se !== undefined ? { se } : {}),
  significant,
  places,
});

export function smallReport(): DiffReport {
  const entries: DiffEntry[] = [
    changed("summary.7B.gap", 0.2, 0.25, 0.01, true, ["Table 2", "Figure 1"]),
    changed("summary.7B.tax", -0.01, -0.0101, 0.001, false, ["Table|3"]),
    changed("cell.1B.x", 0.5, 0.7, 0.02, true, ["not printed in the paper"]),
    changed("cell.1B.y", 0.5, 0.6, undefined, true, ["not printed in the paper"]),
    changed("cell.1B.z", 0.5, 0.5001, 0.01, false, ["not printed in the paper"]),
    changed("cell.1B.w", 0.3, 0.3002, 0.01, false, ["not printed in the paper"]),
    { key: "extra.new", status: "added", new: 3, significant: true, places: ["not printed in the paper"] },
    { key: "extra.old", status: "removed", old: 4, significant: true, places: ["not printed in the paper"] },
  ];
  return {
    a: "base",
    b: "head",
    identical: false,
    sigmas: 2,
    meta: ["seed: 42 -> 43", "design changed"],
    entries,
    groups: [
      // Not in the order of the entries, and the insignificant printed number first: the summary follows
      // the groups' order but lists significant printed numbers first.
      { where: "Table|3", keys: ["summary.7B.tax"] },
      { where: "Table 2", keys: ["summary.7B.gap"] },
      { where: "not printed in the paper", keys: ["extra.old", "cell.1B.w", "cell.1B.y", "cell.1B.x", "cell.1B.z", "extra.new"] },
    ],
    sentences: [
      { id: "s1", where: "Section 3", status: "changed", old: "The gap is\n0.2.", new: "The gap is 0.25." },
      { id: "s2", where: "Abstract", status: "added", new: "New sentence." },
      { id: "s3", where: "Section 4", status: "removed", old: "Old sentence." },
    ],
    grouped: "provenance",
  };
}

/** One of each kind, without provenance (grouped by key family) and without notes. */
export function singleReport(): DiffReport {
  return {
    a: "v1",
    b: "v2",
    identical: false,
    sigmas: 3,
    meta: [],
    entries: [
      changed("summary.7B.gap", 1, 2, 0.1, true, ["summary 7B"]),
      changed("summary.7B.tax", 1, 1.01, 0.1, false, ["summary 7B"]),
      { key: "summary.7B.new", status: "added", new: 5, significant: true, places: ["summary 7B"] },
    ],
    groups: [{ where: "summary 7B", keys: ["summary.7B.gap", "summary.7B.tax", "summary.7B.new"] }],
    sentences: [{ id: "only", where: "Abstract", status: "changed", old: "a", new: "b" }],
    grouped: "key family",
  };
}
