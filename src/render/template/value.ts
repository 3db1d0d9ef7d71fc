/**
 * Values a placeholder expression evaluates to. Every number carries the
 * results keys it came from (for data-key spans and the usage list) and the
 * names its wildcards matched (so `min(summary.7B.*.retention) | name`
 * prints "CAI").
 */
export interface Item {
  value: number;
  keys: string[];
  /** Names bound by the pattern's wildcard segments, in key order. */
  names: string[];
}

export type Value =
  | { t: "num"; item: Item }
  | { t: "list"; items: Item[] }
  | { t: "str"; s: string; keys: string[] }
  | { t: "range"; lo: Item; hi: Item };

export function keysOf(v: Value): string[] {
  switch (v.t) {
    case "num":
      return v.item.keys;
    case "list":
      return v.items.flatMap((i) => i.keys);
    case "str":
      return v.keys;
    case "range":
      return [...v.lo.keys, ...v.hi.keys];
  }
}

/** "Reasoning-PT, 1B": most specific wildcard first, as the paper writes it. */
export const itemName = (i: Item): string => [...i.names].reverse().join(", ");
