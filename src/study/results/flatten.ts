/** `Analysis` -> the flat, sorted `numbers` of `Results`, key by key as keyFamilies.ts declares them. */
import type { Analysis } from "../analyze/types.js";
import { sortKeys } from "../../results/sortKeys.js";
import { KEY_FAMILIES } from "./keyFamilies.js";

type Entry = Readonly<Record<string, unknown>>;

/** A leaf is a number (`diff`) or an estimate whose `value` is the leaf and whose fields are its sub-leaves (`tax.ciLow`). */
function numberAt(entry: Entry, leaf: string, sub?: string): number {
  const v = entry[leaf];
  const x = sub === undefined ? (typeof v === "number" ? v : (v as Entry).value) : (v as Entry)[sub];
  if (typeof x !== "number") throw new TypeError(`results: no number for ${leaf}${sub ? `.${sub}` : ""}`);
  return x;
}

export function flattenAnalysis(a: Analysis): Record<string, number> {
  const sources: Record<string, ReadonlyMap<string, object>> = { cell: a.cells, cmp: a.comparisons, summary: a.summaries };
  const n: Record<string, number> = {};
  for (const family of KEY_FAMILIES) {
    for (const [key, entry] of sources[family.prefix] ?? new Map<string, object>()) {
      for (const leaf of family.leaves)
        for (const name of leaf.names) {
          n[`${family.prefix}.${key}.${name}`] = numberAt(entry as Entry, name);
          for (const sub of leaf.sub ?? []) for (const s of sub.names) n[`${family.prefix}.${key}.${name}.${s}`] = numberAt(entry as Entry, name, s);
        }
    }
  }
  return sortKeys(n);
}
