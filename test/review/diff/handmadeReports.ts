/**
 * Small hand-made diff reports for the renderer tests: each section's count is
 * 0, 1 or 2 in some report, so every singular/plural and present/absent
 * branch shows in a whole-output comparison. Groups list their keys in an
 * order other than the entries', as the renderers must follow the groups.
 */
import type { DiffEntry, DiffReport } from "../../../src/review/diffResults.js";

const entry = (e: Partial<DiffEntry> & Pick<DiffEntry, "key" | "status" | "places">): DiffEntry => ({ significant: true, ...e });

/** Two of each: significant, within noise, added/removed, sentences (changed, added, removed), notes. */
export const several: DiffReport = {
  a: "v1",
  b: "v2",
  identical: false,
  sigmas: 2,
  meta: ["seed: 42 -> 43", "paramsHash: abc -> def"],
  entries: [
    entry({ key: "gap.7B", status: "changed", old: 0.2, new: 0.35, delta: 0.15, se: 0.01, places: ["Table 1", "Figure 2", "Section 5"] }),
    entry({ key: "gap.13B", status: "changed", old: 1, new: -1, delta: -2, places: ["Table 1"] }),
    entry({ key: "tax.7B", status: "changed", old: -0.0098, new: -0.0097, delta: 0.0001, se: 0.001, significant: false, places: ["Section 3"] }),
    entry({ key: "tax.13B", status: "changed", old: 0.5, new: 0.4999, delta: -0.0001, se: 0.01, significant: false, places: ["Table 1"] }),
    entry({ key: "new.key", status: "added", new: 5, places: ["Section 3", "Figure 2"] }),
    entry({ key: "old.key", status: "removed", old: 1e7, places: ["Table 1"] }),
  ],
  groups: [
    { where: "Section 3", keys: ["tax.7B", "new.key"] },
    { where: "Table 1", keys: ["old.key", "tax.13B", "gap.13B", "gap.7B"] },
  ],
  sentences: [
    { id: "s1", where: "Abstract | first\nparagraph", status: "changed", old: "The gap is 0.2.", new: "The gap is 0.35." },
    { id: "s2", where: "Section 3", status: "added", new: "A new sentence." },
    { id: "s3", where: "Section 4", status: "removed", old: "An old sentence." },
  ],
  grouped: "provenance",
};

/** One significant change, one added key, one sentence; no notes, nothing within noise. */
export const single: DiffReport = {
  a: "main",
  b: "HEAD",
  identical: false,
  sigmas: 1,
  meta: [],
  entries: [
    entry({ key: "summary.a", status: "changed", old: 3, new: 4, delta: 1, se: 0.5, places: ["summary"] }),
    entry({ key: "summary.c", status: "added", new: 0.25, places: ["summary"] }),
  ],
  groups: [{ where: "summary", keys: ["summary.a", "summary.c"] }],
  sentences: [{ id: "s9", where: "Results", status: "removed", old: "Gone." }],
  grouped: "key family",
};

/** One change within noise and one note; nothing else. */
export const noiseOnly: DiffReport = {
  a: "a",
  b: "b",
  identical: false,
  sigmas: 1,
  // The second note has no bare `name:` at its start, so only the first kind gets code-marked.
  meta: ["tool: safety-gap@1.0.0 -> safety-gap@1.1.0", "design.n: 100 -> 200"],
  entries: [entry({ key: "cells.x", status: "changed", old: 0.5, new: 0.51, delta: 0.01, se: 0.02, significant: false, places: ["cells"] })],
  groups: [{ where: "cells", keys: ["cells.x"] }],
  sentences: [],
  grouped: "key family",
};

export const identical = (meta: string[]): DiffReport => ({
  a: "a",
  b: "b",
  identical: true,
  sigmas: 1,
  meta,
  entries: [],
  groups: [],
  sentences: [],
  grouped: "key family",
});
