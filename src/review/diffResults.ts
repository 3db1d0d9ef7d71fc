/**
 * The keyed diff of two results: every added, removed or changed number, with
 * its delta measured against the Monte-Carlo noise of both sides, grouped by
 * where the paper prints it. Pure: rendering is in ./renderDiff*.ts, reading
 * inputs in ./resolveSide.ts.
 */
import type { Results } from "../results/types.js";
import { keyFamily, placesByKey, type Provenance } from "./provenance.js";
import { standardErrorOf } from "./standardError.js";

export interface DiffEntry {
  key: string;
  status: "added" | "removed" | "changed";
  old?: number;
  new?: number;
  delta?: number;
  /** sqrt(seA² + seB²); undefined when the key has no known Monte-Carlo SE. */
  se?: number;
  /** |delta| > sigmas·se; a change to a number without an SE always counts. */
  significant: boolean;
  /** Where the number is used (provenance), or its key family without provenance. */
  places: string[];
}

export interface SentenceChange {
  id: string;
  where: string;
  status: "added" | "removed" | "changed";
  old?: string;
  new?: string;
}

export interface DiffReport {
  a: string;
  b: string;
  identical: boolean;
  /** Threshold in standard errors for "significant". */
  sigmas: number;
  /** Seed, parameter hash, sets and design numbers that differ, e.g. "seed: 42 -> 43". */
  meta: string[];
  entries: DiffEntry[];
  /** Entries grouped by their first place, in the order the paper uses them. */
  groups: { where: string; keys: string[] }[];
  /** Rendered sentences that changed; empty unless both sides have provenance.json. */
  sentences: SentenceChange[];
  /** True when the grouping came from provenance.json rather than key families. */
  grouped: "provenance" | "key family";
}

/** The place of a number that provenance.json knows and the paper does not print. */
export const NOT_PRINTED = "not printed in the paper";

/** Whether the paper prints this number; only provenance can tell (false without it). */
export const isPrinted = (e: DiffEntry, report: Pick<DiffReport, "grouped">): boolean =>
  report.grouped === "provenance" && !(e.places.length === 1 && e.places[0] === NOT_PRINTED);

export interface DiffInput {
  label: string;
  results: Results;
  provenance?: Provenance;
}

export function diffResults(a: DiffInput, b: DiffInput, opts: { sigmas?: number } = {}): DiffReport {
  const sigmas = opts.sigmas ?? 1;
  const provenance = b.provenance ?? a.provenance;
  const places = placesByKey(provenance);
  const na = a.results.numbers;
  const nb = b.results.numbers;
  const keys = [...new Set([...Object.keys(na), ...Object.keys(nb)])].sort();
  const entries: DiffEntry[] = [];
  for (const key of keys) {
    const old = na[key];
    const now = nb[key];
    const where = places.get(key) ?? [provenance ? NOT_PRINTED : keyFamily(key)];
    if (old === undefined) entries.push({ key, status: "added", new: now, significant: true, places: where });
    else if (now === undefined) entries.push({ key, status: "removed", old, significant: true, places: where });
    else if (!Object.is(old, now)) {
      const seA = standardErrorOf(key, a.results);
      const seB = standardErrorOf(key, b.results);
      const se = seA === undefined || seB === undefined ? undefined : Math.sqrt(seA * seA + seB * seB);
      const delta = now - old;
      entries.push({ key, status: "changed", old, new: now, delta, se, significant: se === undefined || Math.abs(delta) > sigmas * se, places: where });
    }
  }

  // Groups in document order: provenance order first, then the rest alphabetically.
  const order = new Map<string, number>();
  for (const u of provenance?.usage ?? []) if (!order.has(u.where)) order.set(u.where, order.size);
  const groupMap = new Map<string, string[]>();
  for (const e of entries) {
    const g = e.places[0]!;
    groupMap.set(g, [...(groupMap.get(g) ?? []), e.key]);
  }
  const groups = [...groupMap]
    .map(([where, ks]) => ({ where, keys: ks }))
    .sort((x, y) => (order.get(x.where) ?? 1e9) - (order.get(y.where) ?? 1e9) || x.where.localeCompare(y.where));

  const sentences = a.provenance && b.provenance ? diffSentences(a.provenance, b.provenance) : [];
  return {
    a: a.label,
    b: b.label,
    identical: entries.length === 0 && sentences.length === 0,
    sigmas,
    meta: diffMeta(a.results, b.results),
    entries,
    groups,
    sentences,
    grouped: provenance ? "provenance" : "key family",
  };
}

function diffSentences(a: Provenance, b: Provenance): SentenceChange[] {
  const before = new Map(a.sentences.map((s) => [s.id, s]));
  const after = new Map(b.sentences.map((s) => [s.id, s]));
  const out: SentenceChange[] = [];
  for (const [id, s] of after) {
    const o = before.get(id);
    if (!o) out.push({ id, where: s.where, status: "added", new: s.text });
    else if (o.text !== s.text) out.push({ id, where: s.where, status: "changed", old: o.text, new: s.text });
  }
  for (const [id, o] of before) if (!after.has(id)) out.push({ id, where: o.where, status: "removed", old: o.text });
  return out;
}

/** "name@version"; "none" for results from a source that does not say (the type asks for it, but results files are only checked for what the review reads). */
const toolOf = (r: Results): string => (r.tool === undefined ? "none" : `${r.tool.name}@${r.tool.version}`);

function diffMeta(a: Results, b: Results): string[] {
  const out: string[] = [];
  const pairs: [string, unknown, unknown][] = [
    ["seed", a.seed, b.seed],
    ["paramsHash", a.paramsHash, b.paramsHash],
    ["schemaVersion", a.schemaVersion, b.schemaVersion],
    ["tool", toolOf(a), toolOf(b)],
    ["sets", JSON.stringify(a.sets), JSON.stringify(b.sets)],
    ["design", JSON.stringify(a.design ?? {}), JSON.stringify(b.design ?? {})],
  ];
  for (const [name, x, y] of pairs) if (x !== y) out.push(`${name}: ${String(x)} -> ${String(y)}`);
  return out;
}
