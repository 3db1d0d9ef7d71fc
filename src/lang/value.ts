/**
 * Values of the results language. Every number is an interval (./interval.ts)
 * and carries where it came from: the results keys it was computed from (a
 * page's number spans and usage list) and the names its pattern's choice
 * segments matched (so `min(summary.7B.*.retention) | name` prints the
 * method). Claims and relations ignore the origin; placeholders print it.
 */
import type { Interval, Truth } from "./interval.js";

export interface Origin {
  keys: readonly string[];
  /** Names bound by the pattern's choice segments (*, {A,B}, $set), in key order. */
  names: readonly string[];
}

export const NO_ORIGIN: Origin = { keys: [], names: [] };

/** A number and its origin. */
export interface Item {
  v: Interval;
  from: Origin;
}

export type Value =
  | { t: "num"; v: Interval; from: Origin }
  | { t: "str"; v: string; keys: readonly string[] }
  | { t: "bool"; v: Truth }
  | { t: "list"; items: Item[] }
  /** lo–hi (range()): printed as one span with one unit. */
  | { t: "range"; lo: Item; hi: Item };

export const num = (item: Item): Value => ({ t: "num", v: item.v, from: item.from });

export function keysOf(v: Value): string[] {
  switch (v.t) {
    case "num":
      return [...v.from.keys];
    case "list":
      return v.items.flatMap((i) => i.from.keys);
    case "str":
      return [...v.keys];
    case "range":
      return [...v.lo.from.keys, ...v.hi.from.keys];
    case "bool":
      return [];
  }
}

/** "Reasoning-PT, 1B": most specific choice first, as a sentence names it. */
export const nameOf = (from: Origin): string => [...from.names].reverse().join(", ");
