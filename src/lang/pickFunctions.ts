/**
 * Functions that choose names and numbers from the results, so a sentence
 * stays true when the parameters change (`argmax`, `rank`, `range`, ...).
 * Each takes whole values (lists with their origins, names, strings) rather
 * than bare numbers. One whose claim does not hold (allsign on mixed signs,
 * trend on a non-monotone series, same() on two different winners, bound()
 * on a value past its threshold) fails instead of printing something false.
 * Values are ordered by their midpoints: reproduced results are points.
 */
import * as I from "./interval.js";
import { keysOf, nameOf, type Item, type Value } from "./value.js";
import * as msg from "../messages/lang.js";

/** Reports a failure at the call: (message, hint). */
export type Fail = (message: string, hint?: string) => never;

export interface PickFunction {
  signature: string;
  description: string;
  /** Fewest and most arguments. */
  arity: [number, number];
  call(args: Value[], name: string, fail: Fail): Value;
}

function list(v: Value | undefined, name: string, fail: Fail, i = 0): Item[] {
  if (v?.t === "list") return v.items;
  if (v?.t === "num") return [{ v: v.v, from: v.from }];
  return fail(msg.badArgument(name, `argument ${i + 1} must be a number or a key pattern`));
}
function number(v: Value | undefined, name: string, fail: Fail, i: number): number {
  if (v?.t === "num") return I.mid(v.v);
  return fail(msg.badArgument(name, `argument ${i + 1} must be a number`));
}
function text(v: Value | undefined, name: string, fail: Fail, i: number): string {
  if (v?.t === "str") return v.v;
  return fail(msg.badArgument(name, `argument ${i + 1} must be a "string"`));
}
const allKeys = (items: Item[]): string[] => items.flatMap((i) => i.from.keys);
const firstKey = (i: Item, fallback: string): string => i.from.keys[0] ?? fallback;

/** The item's choice names; a single key has none, and the empty name would print nothing. */
function named(item: Item, name: string, fail: Fail): string {
  const n = nameOf(item.from);
  if (n === "") fail(msg.noName(`${name}()'s pick ${item.from.keys[0] ?? ""}`), msg.noNameHint());
  return n;
}

/** Items sorted by value; ties keep the pattern's order (stable sort). */
export const sortedItems = (items: Item[], desc: boolean): Item[] => [...items].sort((a, b) => (desc ? I.mid(b.v) - I.mid(a.v) : I.mid(a.v) - I.mid(b.v)));

/** argmax(list) -> the winner's name; argmax(list, axis) -> the winner along choice `axis`, which must be the same in every group. */
function argExtreme(desc: boolean): PickFunction["call"] {
  return (args, name, fail) => {
    const items = list(args[0], name, fail);
    if (args.length === 1) return { t: "str", v: named(sortedItems(items, desc)[0]!, name, fail), keys: allKeys(items) };
    const axis = number(args[1], name, fail, 1) - 1;
    const width = items[0]?.from.names.length ?? 0;
    if (!(axis >= 0 && axis < width)) fail(msg.badArgument(name, `axis must be between 1 and ${width}`));
    const groups = new Map<string, Item[]>();
    for (const it of items) {
      const g = it.from.names.filter((_, i) => i !== axis).join("|");
      groups.set(g, [...(groups.get(g) ?? []), it]);
    }
    let winner: string | undefined;
    for (const [, g] of groups) {
      const best = sortedItems(g, desc)[0]!;
      const n = best.from.names[axis]!;
      if (winner !== undefined && n !== winner) fail(msg.claimFailed(`one ${desc ? "largest" : "smallest"} along the axis (${winner})`, firstKey(best, name), I.mid(best.v)), msg.claimHint());
      winner = n;
    }
    return { t: "str", v: winner!, keys: allKeys(items) };
  };
}

function rankPick(desc: boolean): PickFunction["call"] {
  return (args, name, fail) => {
    const items = sortedItems(list(args[0], name, fail), desc);
    const k = number(args[1], name, fail, 1);
    const it = items[k - 1];
    if (!it) return fail(msg.badArgument(name, `rank ${k} is out of 1..${items.length}`));
    return { t: "num", v: it.v, from: it.from };
  };
}

const BOUND_OPS = ["<", "<=", ">", ">="];

export const PICK_FUNCTIONS: Readonly<Record<string, PickFunction>> = {
  argmin: { signature: "argmin(list[, axis])", description: "the name of the smallest value (along choice `axis`: the same in every group)", arity: [1, 2], call: argExtreme(false) },
  argmax: { signature: "argmax(list[, axis])", description: "the name of the largest value (along choice `axis`: the same in every group)", arity: [1, 2], call: argExtreme(true) },
  rank: { signature: "rank(list, k)", description: "the k-th smallest value, with its name", arity: [2, 2], call: rankPick(false) },
  rankdesc: { signature: "rankdesc(list, k)", description: "the k-th largest value, with its name", arity: [2, 2], call: rankPick(true) },
  range: {
    signature: "range(list)",
    description: "smallest–largest, printed once with its unit",
    arity: [1, 1],
    call: (args, name, fail) => {
      const items = sortedItems(list(args[0], name, fail), false);
      return { t: "range", lo: items[0]!, hi: items[items.length - 1]! };
    },
  },
  allsign: {
    signature: "allsign(list)",
    description: '"negative" or "positive", if every value has that sign (else an error)',
    arity: [1, 1],
    call: (args, name, fail) => {
      const items = list(args[0], name, fail);
      const neg = items.filter((i) => i.v.hi < 0);
      const pos = items.filter((i) => i.v.lo > 0);
      if (neg.length === items.length) return { t: "str", v: "negative", keys: allKeys(items) };
      if (pos.length === items.length) return { t: "str", v: "positive", keys: allKeys(items) };
      const odd = (neg.length >= pos.length ? items.find((i) => !(i.v.hi < 0)) : items.find((i) => !(i.v.lo > 0)))!;
      return fail(msg.claimFailed(`all values are ${neg.length >= pos.length ? "negative" : "positive"}`, firstKey(odd, name), I.mid(odd.v)), msg.claimHint());
    },
  },
  trend: {
    signature: "trend(list)",
    description: '"increases" or "decreases" along the first choice, in every group of the others (else an error)',
    arity: [1, 1],
    call: (args, name, fail) => {
      const items = list(args[0], name, fail);
      const groups = new Map<string, Item[]>();
      for (const it of items) {
        const g = it.from.names.slice(1).join("|");
        groups.set(g, [...(groups.get(g) ?? []), it]);
      }
      // A group of one has no direction: it would pass as "increases".
      for (const [, g] of groups) if (g.length < 2) fail(msg.trendNeedsTwo(firstKey(g[0]!, name)), msg.trendHint());
      let up = true;
      let down = true;
      let culprit: Item | undefined;
      for (const [, g] of groups)
        for (let i = 1; i < g.length; i++) {
          if (!(I.mid(g[i]!.v) > I.mid(g[i - 1]!.v))) {
            up = false;
            culprit ??= g[i];
          }
          if (!(I.mid(g[i]!.v) < I.mid(g[i - 1]!.v))) down = false;
        }
      if (up) return { t: "str", v: "increases", keys: allKeys(items) };
      if (down) return { t: "str", v: "decreases", keys: allKeys(items) };
      return fail(msg.claimFailed("a monotone trend", firstKey(culprit!, name), I.mid(culprit!.v)), msg.claimHint());
    },
  },
  same: {
    signature: "same(a, b)",
    description: "the common name of two picks (e.g. two max()), if they agree (else an error)",
    arity: [2, 2],
    call: (args, name, fail) => {
      const [a, b] = args as [Value, Value];
      const na = a.t === "num" ? named({ v: a.v, from: a.from }, name, fail) : a.t === "str" ? a.v : undefined;
      const nb = b.t === "num" ? named({ v: b.v, from: b.from }, name, fail) : b.t === "str" ? b.v : undefined;
      if (na === undefined || nb === undefined) return fail(msg.badArgument(name, "arguments must be picks such as max(...) or argmax(...)"));
      if (na !== nb) {
        const key = keysOf(b)[0];
        return fail(msg.claimFailed(`the same winner (${na})`, key ?? nb, b.t === "num" ? I.mid(b.v) : NaN), msg.claimHint());
      }
      return { t: "str", v: na, keys: [...keysOf(a), ...keysOf(b)] };
    },
  },
  bound: {
    signature: 'bound(list, "<" | "<=" | ">" | ">=", threshold)',
    description: "the threshold, if every value satisfies the comparison (else an error)",
    arity: [3, 3],
    call: (args, name, fail) => {
      const items = list(args[0], name, fail);
      const op = text(args[1], name, fail, 1);
      if (!BOUND_OPS.includes(op)) return fail(msg.badArgument(name, `operator must be one of ${BOUND_OPS.join(" ")}`));
      if (args[2]?.t !== "num") return fail(msg.badArgument(name, "argument 3 must be a number"));
      const t = args[2].v;
      const bad = items.find((i) => I.compare(op, i.v, t) !== true);
      if (bad) return fail(msg.claimFailed(`every value ${op} ${I.mid(t)}`, firstKey(bad, name), I.mid(bad.v)), msg.claimHint());
      return { t: "num", v: t, from: { keys: allKeys(items), names: [] } };
    },
  },
};
