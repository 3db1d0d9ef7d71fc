/**
 * Closed intervals [lo, hi]. A number printed as 0.1660 stands for anything
 * in [0.16595, 0.16605], so the published paper's arithmetic is checked with
 * interval arithmetic: a relation is only "definitely false" when no choice of
 * the unrounded values could make it true. Reproduced values are points
 * (lo = hi), for which everything below reduces to ordinary arithmetic.
 */
export interface Interval {
  lo: number;
  hi: number;
}

export const point = (x: number): Interval => ({ lo: x, hi: x });

/** The values that print as `value` with `decimals` digits after the point. */
export const printed = (value: number, decimals: number): Interval => {
  const h = 0.5 * 10 ** -decimals;
  return { lo: value - h, hi: value + h };
};

export const add = (a: Interval, b: Interval): Interval => ({ lo: a.lo + b.lo, hi: a.hi + b.hi });
export const sub = (a: Interval, b: Interval): Interval => ({ lo: a.lo - b.hi, hi: a.hi - b.lo });
export const neg = (a: Interval): Interval => ({ lo: -a.hi, hi: -a.lo });

export function mul(a: Interval, b: Interval): Interval {
  const p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
  return { lo: Math.min(...p), hi: Math.max(...p) };
}

export function div(a: Interval, b: Interval): Interval {
  if (b.lo <= 0 && b.hi >= 0) {
    // Division by an interval containing 0 is unbounded (or undefined for a point 0).
    return b.lo === 0 && b.hi === 0 ? { lo: NaN, hi: NaN } : { lo: -Infinity, hi: Infinity };
  }
  return mul(a, { lo: 1 / b.hi, hi: 1 / b.lo });
}

export function abs(a: Interval): Interval {
  if (a.lo >= 0) return a;
  if (a.hi <= 0) return neg(a);
  return { lo: 0, hi: Math.max(-a.lo, a.hi) };
}

export const sqrt = (a: Interval): Interval => ({ lo: Math.sqrt(Math.max(0, a.lo)), hi: Math.sqrt(a.hi) });
export const min = (xs: Interval[]): Interval => ({ lo: Math.min(...xs.map((x) => x.lo)), hi: Math.min(...xs.map((x) => x.hi)) });
export const max = (xs: Interval[]): Interval => ({ lo: Math.max(...xs.map((x) => x.lo)), hi: Math.max(...xs.map((x) => x.hi)) });
export const sum = (xs: Interval[]): Interval => xs.reduce(add, point(0));
export const mean = (xs: Interval[]): Interval => {
  const s = sum(xs);
  return { lo: s.lo / xs.length, hi: s.hi / xs.length };
};
/** max - min, never below 0. */
export function spread(xs: Interval[]): Interval {
  const d = sub(max(xs), min(xs));
  return { lo: Math.max(0, d.lo), hi: Math.max(0, d.hi) };
}

export const overlaps = (a: Interval, b: Interval): boolean => a.lo <= b.hi && b.lo <= a.hi;
export const isPoint = (a: Interval): boolean => a.lo === a.hi;
export const mid = (a: Interval): number => (a.lo + a.hi) / 2;

/** Three-valued truth: interval relations may be undecidable at the printed precision. */
export type Truth = true | false | "unknown";

export function compare(op: string, a: Interval, b: Interval): Truth {
  switch (op) {
    case "<":
      return a.hi < b.lo ? true : a.lo >= b.hi ? false : "unknown";
    case "<=":
      return a.hi <= b.lo ? true : a.lo > b.hi ? false : "unknown";
    case ">":
      return compare("<", b, a);
    case ">=":
      return compare("<=", b, a);
    case "==":
      return isPoint(a) && isPoint(b) ? a.lo === b.lo : overlaps(a, b) ? "unknown" : false;
    default: {
      const eq = compare("==", a, b);
      return eq === "unknown" ? eq : !eq;
    }
  }
}
