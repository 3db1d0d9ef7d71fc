/**
 * What a consistency rule reports, and the one comparison most rules need:
 * a printed number against the value other printed numbers imply.
 */
import * as I from "../../lang/interval.js";
import type { Located, Published, PublishedNumber } from "../published/types.js";

export interface Finding {
  /** The rule's id (see ./rules.ts). */
  rule: string;
  /**
   * inconsistent: no unrounded values could make the printed numbers agree.
   * rounding: the printed arithmetic is off in the last digit, but rounding explains it.
   * understated: a stated bound holds by an order of magnitude or more for every value it bounds.
   */
  severity: "inconsistent" | "rounding" | "understated";
  where: string;
  /** One line: what disagrees with what, with the numbers. */
  message: string;
  /** Published ids involved. */
  ids: string[];
  at?: Located;
}

export interface ConsistencyRule {
  id: string;
  /** What it checks, for the rule table in docs/review.md and the report. */
  title: string;
  run(p: Published): Finding[];
}

/** The published number with this id, or undefined (a doctored or partial transcription may lack it). */
export function byId(p: Published): (id: string) => PublishedNumber | undefined {
  const m = new Map(p.numbers.map((n) => [n.id, n]));
  return (id) => m.get(id);
}

export const interval = (n: PublishedNumber): I.Interval => I.printed(n.value, n.decimals);

export function fmt(n: PublishedNumber): string {
  return n.value.toFixed(n.decimals);
}

export function fmtValue(x: number, decimals = 4): string {
  return Number.isFinite(x) ? x.toFixed(decimals) : String(x);
}

/**
 * Compares a printed number with what its inputs imply. `implied` is the
 * interval over all unrounded inputs, `impliedPoint` the same arithmetic on
 * the printed digits. Disjoint intervals are an inconsistency; a different
 * last digit with overlapping intervals is only a rounding note.
 */
export function compareImplied(
  rule: string,
  target: PublishedNumber,
  implied: I.Interval,
  impliedPoint: number,
  how: string,
  inputs: PublishedNumber[],
): Finding | undefined {
  const printed = interval(target);
  const ids = [target.id, ...inputs.map((n) => n.id)];
  if (!I.overlaps(printed, implied)) {
    return {
      rule,
      severity: "inconsistent",
      where: target.where,
      message: `${target.where} prints ${fmt(target)} but ${how} = ${fmtValue(impliedPoint, Math.max(target.decimals, 4))}`,
      ids,
      at: target.at,
    };
  }
  // A last-digit difference is only worth a note when the inputs pin the value
  // down to about one printed unit; otherwise (t = d * 15.8) it is expected.
  const unit = 10 ** -target.decimals;
  if (Number(impliedPoint.toFixed(target.decimals)) !== Number(fmt(target)) && (implied.hi - implied.lo) / 2 <= unit * 1.0000001) {
    return {
      rule,
      severity: "rounding",
      where: target.where,
      message: `${target.where} prints ${fmt(target)}; ${how} = ${fmtValue(impliedPoint, Math.max(target.decimals, 4))} on the printed digits, within rounding of the inputs`,
      ids,
      at: target.at,
    };
  }
  return undefined;
}

/** Interval and point arithmetic together, so rules write each formula once. */
export interface Both {
  iv: I.Interval;
  pt: number;
}
export const both = (n: PublishedNumber): Both => ({ iv: interval(n), pt: n.value });
export const minus = (a: Both, b: Both): Both => ({ iv: I.sub(a.iv, b.iv), pt: a.pt - b.pt });
export const over = (a: Both, b: Both): Both => ({ iv: I.div(a.iv, b.iv), pt: a.pt / b.pt });
export const meanOf = (xs: Both[]): Both => ({ iv: I.mean(xs.map((x) => x.iv)), pt: xs.reduce((s, x) => s + x.pt, 0) / xs.length });
export const times = (a: Both, k: number): Both => ({ iv: I.mul(a.iv, I.point(k)), pt: a.pt * k });

/** Looks up several ids; undefined if any is missing (the rule then skips that instance). */
export function all(get: (id: string) => PublishedNumber | undefined, ids: string[]): PublishedNumber[] | undefined {
  const out = ids.map(get);
  return out.every((n) => n !== undefined) ? (out as PublishedNumber[]) : undefined;
}
