/**
 * What a family of result keys looks like, so one declaration (the study's
 * src/results/keyFamilies.ts) can drive the flattening of results, the
 * checking of key templates (figures) and the generated key tables of
 * docs/results.md and docs/figures.md.
 *
 * A family is `prefix.{dim}.{dim}...{leaf}` with an optional sub-leaf:
 * `summary.{scale}.{method}.{metric}` and `summary.{scale}.{method}.{metric}.ciLow`.
 */
import { closest } from "../text/closest.js";
import type { KeySegment } from "./keyPattern.js";

export interface Leaf {
  /** Leaf names sharing one meaning (`apSafety`, `noapSafety`). */
  names: readonly string[];
  meaning: string;
  /** Where the paper shows it, for the docs. */
  paper?: string;
  /** Sub-leaves below each of these leaves (`ciLow`, `ciHigh`, `se`). */
  sub?: readonly { names: readonly string[]; meaning: string }[];
}

export interface KeyFamily {
  /** "Cells". */
  title: string;
  prefix: string;
  /** The dimensions, in key order; each names the variable that fills it in templates (`{scale}`). */
  dimensions: readonly string[];
  /** What the leaf segment is called in the docs (`stat`, `metric`). */
  leafName: string;
  /** A sentence on how many there are and what one is. */
  about: string;
  leaves: readonly Leaf[];
  examples: string;
}

/** Every key shape as slots: a dimension name, or the fixed words a segment may be. */
export type Slot = { dimension: string } | { words: readonly string[] };

export function shapesOf(families: readonly KeyFamily[]): Slot[][] {
  const out: Slot[][] = [];
  for (const f of families) {
    const head: Slot[] = [{ words: [f.prefix] }, ...f.dimensions.map((dimension) => ({ dimension }))];
    out.push([...head, { words: f.leaves.flatMap((l) => l.names) }]);
    // One shape per distinct sub-leaf list, with every leaf that has it, so `tax.ciLow` is allowed and `apSafety.ciLow` is not.
    const bySub = new Map<string, { leaves: string[]; sub: readonly string[] }>();
    for (const l of f.leaves)
      for (const s of l.sub ?? []) {
        const k = s.names.join("|");
        const g = bySub.get(k) ?? { leaves: [], sub: s.names };
        g.leaves.push(...l.names);
        bySub.set(k, g);
      }
    for (const g of bySub.values()) out.push([...head, { words: g.leaves }, { words: g.sub }]);
  }
  return out;
}

export type ShapeProblem =
  | { kind: "unknownShape"; closestShape: string | undefined }
  | { kind: "slotMismatch"; segment: string; slot: string };

/** `summary.{scale}.{method}.{tax|retention}`: a shape as the docs and hints write it. */
export const shapeText = (shape: readonly Slot[]): string => shape.map((s) => ("dimension" in s ? `{${s.dimension}}` : s.words.length === 1 ? s.words[0] : `{${s.words.join("|")}}`)).join(".");

const spellings = (shape: readonly Slot[]): string[] =>
  shape.reduce<string[]>((acc, slot) => acc.flatMap((prefix) => ("dimension" in slot ? [`{${slot.dimension}}`] : slot.words).map((w) => (prefix ? `${prefix}.${w}` : w))), [""]);

/**
 * Checks a key pattern against the declared shapes before any lookup, so a
 * typo (`summary.{scale}.{method}.retension`) fails at its position rather
 * than as a silent hole. A dimension slot takes `{thatDimension}`, a
 * wildcard, a set, alternatives or any literal name (names are checked
 * against the results later); a word slot takes only its words.
 */
export function checkShape(families: readonly KeyFamily[], segs: readonly KeySegment[]): ShapeProblem | undefined {
  let mismatch: ShapeProblem | undefined;
  for (const shape of shapesOf(families)) {
    if (shape.length !== segs.length) continue;
    let ok = true;
    for (let i = 0; i < shape.length && ok; i++) {
      const slot = shape[i]!;
      const seg = segs[i]!;
      if ("dimension" in slot) {
        if (seg.kind === "variable" && seg.name !== slot.dimension) {
          ok = false;
          // A slot mismatch is only worth naming when the fixed words around it match: it is clearly this shape.
          const wordsMatch = shape.every((s, j) => {
            const other = segs[j]!;
            return "dimension" in s || (other.kind === "literal" && s.words.includes(other.text));
          });
          if (!mismatch && wordsMatch) mismatch = { kind: "slotMismatch", segment: `{${seg.name}}`, slot: slot.dimension };
        }
      } else if (seg.kind === "literal") ok = slot.words.includes(seg.text);
      else if (seg.kind === "alternatives") ok = seg.names.every((n) => slot.words.includes(n));
      else ok = seg.kind === "wildcard";
    }
    if (ok) return undefined;
  }
  if (mismatch) return mismatch;
  const shown = segs.map((s) => (s.kind === "literal" ? s.text : s.kind === "variable" ? `{${s.name}}` : s.kind === "set" ? `$${s.name}` : s.kind === "wildcard" ? "*" : `{${s.names.join(",")}}`)).join(".");
  return { kind: "unknownShape", closestShape: closest(shown, shapesOf(families).flatMap(spellings)) };
}

/** Every dimension the families use, in first-use order. */
export const dimensionsOf = (families: readonly KeyFamily[]): string[] => [...new Set(families.flatMap((f) => f.dimensions))];
