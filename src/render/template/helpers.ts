/**
 * Helpers: functions that choose words and numbers from the results so a
 * sentence stays true when the parameters change. A helper whose claim does
 * not hold (allsign on mixed signs, trend on a non-monotone series, same()
 * on two different winners, bound() on a value past the threshold) fails
 * the build instead of printing something false.
 */
import { TemplateError } from "./ast.js";
import { itemName, keysOf, type Item, type Value } from "./value.js";
import * as msg from "../../messages/render.js";

/** The call being evaluated: its name and where it stands in the placeholder. */
interface Call {
  name: string;
  pos: number;
  len: number;
}
export interface Helper {
  /** Human-readable signature for docs and arity errors. */
  sig: string;
  arity: [number, number];
  fn(args: Value[], call: Call): Value;
}

const fail = (call: Call, text: string, hint?: string): never => {
  throw new TemplateError(text, call.pos, call.len, hint);
};

function list(v: Value | undefined, call: Call, i = 0): Item[] {
  if (v?.t === "list") return v.items;
  if (v?.t === "num") return [v.item];
  return fail(call, msg.badArgument(call.name, `argument ${i + 1} must be a number or a key pattern`));
}
function num(v: Value | undefined, call: Call, i: number): number {
  if (v?.t === "num") return v.item.value;
  return fail(call, msg.badArgument(call.name, `argument ${i + 1} must be a number`));
}
function str(v: Value | undefined, call: Call, i: number): string {
  if (v?.t === "str") return v.s;
  return fail(call, msg.badArgument(call.name, `argument ${i + 1} must be a "string"`));
}
const allKeys = (items: Item[]): string[] => items.flatMap((i) => i.keys);

/** The item's wildcard names; a single key has none, and the empty name printed nothing. */
function nameOf(item: Item, call: Call): string {
  const name = itemName(item);
  if (name === "") fail(call, msg.noName(call.name + "()'s pick " + (item.keys[0] ?? "")), msg.noNameHint());
  return name;
}

/** Items sorted by value; ties keep paper order (stable sort). */
const sorted = (items: Item[], desc: boolean): Item[] => [...items].sort((a, b) => (desc ? b.value - a.value : a.value - b.value));

function extreme(desc: boolean) {
  return (args: Value[], call: Call): Value => ({ t: "num", item: sorted(list(args[0], call), desc)[0]! });
}

/** argmax(list) -> the winner's name; argmax(list, axis) -> the winner along wildcard `axis`, which must be the same in every group. */
function argExtreme(desc: boolean) {
  return (args: Value[], call: Call): Value => {
    const items = list(args[0], call);
    if (args.length === 1) return { t: "str", s: nameOf(sorted(items, desc)[0]!, call), keys: allKeys(items) };
    const axis = num(args[1], call, 1) - 1;
    if (!(axis >= 0 && axis < (items[0]?.names.length ?? 0))) fail(call, msg.badArgument(call.name, `axis must be between 1 and ${items[0]?.names.length ?? 0}`));
    const groups = new Map<string, Item[]>();
    for (const it of items) {
      const g = it.names.filter((_, i) => i !== axis).join("|");
      groups.set(g, [...(groups.get(g) ?? []), it]);
    }
    let winner: string | undefined;
    for (const [, g] of groups) {
      const best = sorted(g, desc)[0]!;
      const name = best.names[axis]!;
      if (winner !== undefined && name !== winner)
        fail(call, msg.claimFailed(`one ${desc ? "largest" : "smallest"} along the axis (${winner})`, best.keys[0]!, best.value), msg.claimHint());
      winner = name;
    }
    return { t: "str", s: winner!, keys: allKeys(items) };
  };
}

function rankHelper(desc: boolean) {
  return (args: Value[], call: Call): Value => {
    const items = sorted(list(args[0], call), desc);
    const k = num(args[1], call, 1);
    const it = items[k - 1];
    if (!it) return fail(call, msg.badArgument(call.name, `rank ${k} is out of 1..${items.length}`));
    return { t: "num", item: it };
  };
}

const compare: Record<string, (a: number, b: number) => boolean> = {
  "<": (a, b) => a < b,
  "<=": (a, b) => a <= b,
  ">": (a, b) => a > b,
  ">=": (a, b) => a >= b,
};

export const helpers: Record<string, Helper> = {
  min: { sig: "min(list) -> number", arity: [1, 1], fn: extreme(false) },
  max: { sig: "max(list) -> number", arity: [1, 1], fn: extreme(true) },
  argmin: { sig: "argmin(list[, axis]) -> name", arity: [1, 2], fn: argExtreme(false) },
  argmax: { sig: "argmax(list[, axis]) -> name", arity: [1, 2], fn: argExtreme(true) },
  rank: { sig: "rank(list, k) -> k-th smallest", arity: [2, 2], fn: rankHelper(false) },
  rankdesc: { sig: "rankdesc(list, k) -> k-th largest", arity: [2, 2], fn: rankHelper(true) },
  mean: {
    sig: "mean(list) -> number",
    arity: [1, 1],
    fn: (args, call) => {
      const items = list(args[0], call);
      return { t: "num", item: { value: items.reduce((s, i) => s + i.value, 0) / items.length, keys: allKeys(items), names: [] } };
    },
  },
  count: {
    sig: "count(list) -> number",
    arity: [1, 1],
    fn: (args, call) => ({ t: "num", item: { value: list(args[0], call).length, keys: [], names: [] } }),
  },
  abs: {
    sig: "abs(x) -> |x| (elementwise)",
    arity: [1, 1],
    fn: (args, call) => {
      const a = args[0];
      if (a?.t === "list") return { t: "list", items: a.items.map((i) => ({ ...i, value: Math.abs(i.value) })) };
      if (a?.t === "num") return { t: "num", item: { ...a.item, value: Math.abs(a.item.value) } };
      return fail(call, msg.badArgument("abs", "argument 1 must be a number or a key pattern"));
    },
  },
  range: {
    sig: "range(list) -> lo–hi",
    arity: [1, 1],
    fn: (args, call) => {
      const items = sorted(list(args[0], call), false);
      return { t: "range", lo: items[0]!, hi: items[items.length - 1]! };
    },
  },
  allsign: {
    sig: 'allsign(list) -> "negative" | "positive"',
    arity: [1, 1],
    fn: (args, call) => {
      const items = list(args[0], call);
      const neg = items.filter((i) => i.value < 0);
      const pos = items.filter((i) => i.value > 0);
      if (neg.length === items.length) return { t: "str", s: "negative", keys: allKeys(items) };
      if (pos.length === items.length) return { t: "str", s: "positive", keys: allKeys(items) };
      const odd = (neg.length >= pos.length ? items.find((i) => !(i.value < 0)) : items.find((i) => !(i.value > 0)))!;
      return fail(call, msg.claimFailed(`all values are ${neg.length >= pos.length ? "negative" : "positive"}`, odd.keys[0]!, odd.value), msg.claimHint());
    },
  },
  trend: {
    sig: 'trend(list) -> "increases" | "decreases" (along the first wildcard, in every group of the others)',
    arity: [1, 1],
    fn: (args, call) => {
      const items = list(args[0], call);
      const groups = new Map<string, Item[]>();
      for (const it of items) {
        const g = it.names.slice(1).join("|");
        groups.set(g, [...(groups.get(g) ?? []), it]);
      }
      // A group of one has no direction: without this check it passed vacuously as "increases".
      for (const [, g] of groups) if (g.length < 2) fail(call, msg.trendNeedsTwo(g[0]!.keys[0] ?? call.name), msg.trendHint());
      let up = true;
      let down = true;
      let culprit: Item | undefined;
      for (const [, g] of groups)
        for (let i = 1; i < g.length; i++) {
          if (!(g[i]!.value > g[i - 1]!.value)) {
            up = false;
            culprit ??= g[i];
          }
          if (!(g[i]!.value < g[i - 1]!.value)) down = false;
        }
      if (up) return { t: "str", s: "increases", keys: allKeys(items) };
      if (down) return { t: "str", s: "decreases", keys: allKeys(items) };
      return fail(call, msg.claimFailed("a monotone trend", culprit!.keys[0]!, culprit!.value), msg.claimHint());
    },
  },
  same: {
    sig: "same(a, b) -> the common name of two picks (e.g. two max())",
    arity: [2, 2],
    fn: (args, call) => {
      const [a, b] = args;
      const na = a?.t === "num" ? nameOf(a.item, call) : a?.t === "str" ? a.s : undefined;
      const nb = b?.t === "num" ? nameOf(b.item, call) : b?.t === "str" ? b.s : undefined;
      if (na === undefined || nb === undefined) return fail(call, msg.badArgument("same", "arguments must be picks such as max(...) or argmax(...)"));
      if (na !== nb) {
        const bi = b!.t === "num" ? b!.item : { keys: keysOf(b!), value: NaN };
        return fail(call, msg.claimFailed(`the same winner (${na})`, bi.keys[0] ?? nb, bi.value), msg.claimHint());
      }
      return { t: "str", s: na, keys: [...keysOf(a!), ...keysOf(b!)] };
    },
  },
  bound: {
    sig: 'bound(list, "<" | "<=" | ">" | ">=", threshold) -> threshold, if every value satisfies it',
    arity: [3, 3],
    fn: (args, call) => {
      const items = list(args[0], call);
      const op = str(args[1], call, 1);
      const cmp = compare[op];
      if (!cmp) return fail(call, msg.badArgument("bound", `operator must be one of ${Object.keys(compare).join(" ")}`));
      const t = num(args[2], call, 2);
      const bad = items.find((i) => !cmp(i.value, t));
      if (bad) return fail(call, msg.claimFailed(`every value ${op} ${t}`, bad.keys[0]!, bad.value), msg.claimHint());
      return { t: "num", item: { value: t, keys: allKeys(items), names: [] } };
    },
  },
};
