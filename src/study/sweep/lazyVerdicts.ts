/**
 * A claim's comparisons are bootstrapped only in the seeds whose verdict
 * depends on them. `tax-not-amplified`, for instance, asks
 *   |tax(m)| - |tax(SFT+DPO)| < 2 sqrt(se(m)^2 + se(SFT+DPO)^2)
 * at every scale; where the left side is negative it holds whatever the SEs
 * are, and a seed then needs no bootstrap of those capability comparisons.
 *
 * How: before a bootstrap has run, each of its numbers is known to lie in an
 * interval (unknownInterval, ./neededBootstraps.ts). The results language
 * evaluates over intervals with three-valued truth, so a claim evaluated
 * with those intervals comes out true or false only when every value they
 * allow gives that verdict, the one `check` gives with the real numbers
 * (decidableWithIntervals says for which claims that argument holds); it
 * is otherwise "unknown". For an unknown claim, the instances of its
 * quantifiers and the sides of its and/or that are unknown are found, and
 * their comparisons are bootstrapped, those most of them share first
 * (comparisonsToDecide); a claim whose parts ask for nothing new gets every
 * comparison it may read, so the rounds end with its numbers exact at the
 * latest. A claim that is not eligible, a statement and a published number
 * are computed from comparisons that run in every seed.
 */
import type { Binding, Expr } from "../../lang/ast.js";
import { ExprEvalError, evaluateValue, instancesOf, type Scope } from "../../lang/evaluate.js";
import type { Interval, Truth } from "../../lang/interval.js";
import type { Claim } from "../../review/claims/loadClaims.js";
import { resultsScope } from "../../review/scopes.js";
import type { Results } from "../../results/types.js";
import { keysRead, unknownInterval, type KeyIndex } from "./neededBootstraps.js";

/** A seed's numbers while some of its bootstraps have not run. */
export interface PartialResults {
  /** The keys the checks may read, in the order of the results; an unknown key's value is NaN. */
  results: Results;
  /** The keys whose comparisons have not all been bootstrapped. */
  unknown: ReadonlySet<string>;
  /** The bootstrapped comparisons. */
  bootstrapped: ReadonlySet<string>;
  /** 16 times the largest |score| of the seed's samples (unknownInterval). */
  bound: number;
}

/** The results language's view of a partial seed: every unknown key as its interval. */
export function partialScope(p: PartialResults): Scope {
  const known = resultsScope(p.results);
  return {
    lookup: (name): Interval | undefined => (p.unknown.has(name) ? (unknownInterval(name, p.bound) ?? { lo: -Infinity, hi: Infinity }) : known.lookup(name)),
    names: known.names,
    sets: known.sets,
  };
}

/** A claim whose comparisons run only where its verdict needs them. */
export interface LazyClaim {
  claim: Claim;
  /** Every comparison it may read (the fallback when its instances do not settle it). */
  reads: ReadonlySet<string>;
}

export interface LazyContext {
  /** The keys the checks may read (keyIndex). */
  keys: KeyIndex;
  /** The comparisons each bootstrap key comes from. */
  comparisonsOf: ReadonlyMap<string, readonly string[]>;
  /** readsOf's and partsReading's memos, kept for the whole sweep. */
  reads: WeakMap<Expr, Map<string, ReadonlySet<string>>>;
  sharing: WeakMap<LazyClaim, Map<string, number>>;
}

/**
 * The comparisons to bootstrap next so that every claim gets decided (empty when all are). Each
 * undecided part (a quantifier's instance, a side of and/or) asks for the comparisons of its
 * unknown numbers that most undecided parts share, then most of the claim's parts: one baseline
 * method's comparisons, shared by the four instances of its scale, come first, and often decide
 * them all (|tax(m)| - |tax(SFT+DPO)| below 2 se(SFT+DPO) holds whatever se(m) is); a part whose
 * comparisons are shared alike asks for all of them. Rounds go on until nothing is undecided; a
 * claim whose parts ask for nothing new gets every comparison it may read.
 */
export function comparisonsToDecide(claims: readonly LazyClaim[], p: PartialResults, ctx: LazyContext, truths?: Map<Claim, Truth>): Set<string> {
  const scope = partialScope(p);
  const out = new Set<string>();
  const parts: { claim: LazyClaim; asks: Set<string> }[] = [];
  const undecidedClaims: LazyClaim[] = [];
  for (const claim of claims) {
    const truth = truthOf(claim.claim.assert, scope, {});
    truths?.set(claim.claim, truth);
    if (truth !== "unknown") continue;
    undecidedClaims.push(claim);
    undecided(claim.claim.assert, {}, scope, (e, vars) => {
      const asks = new Set<string>();
      for (const key of readsOf(e, vars, ctx)) if (p.unknown.has(key)) for (const c of ctx.comparisonsOf.get(key) ?? []) if (!p.bootstrapped.has(c)) asks.add(c);
      parts.push({ claim, asks });
    });
  }
  const shared = new Map<string, number>();
  for (const { asks } of parts) for (const c of asks) shared.set(c, (shared.get(c) ?? 0) + 1);
  const asked = new Set<LazyClaim>();
  for (const { claim, asks } of parts) {
    // Most shared by the undecided parts, then by all the claim's parts (one undecided instance asks for the baseline's).
    const rank = (c: string): number => (shared.get(c) ?? 0) * 1e6 + (partsReading(claim, scope, ctx).get(c) ?? 0);
    const best = Math.max(0, ...[...asks].map(rank));
    for (const c of asks)
      if (rank(c) === best) {
        out.add(c);
        asked.add(claim);
      }
  }
  for (const claim of undecidedClaims) if (!asked.has(claim)) for (const c of claim.reads) if (!p.bootstrapped.has(c)) out.add(c);
  return out;
}

/** How many of a claim's parts (decided or not) may read each comparison, memoised per claim. */
function partsReading(claim: LazyClaim, scope: Scope, ctx: LazyContext): Map<string, number> {
  let counts = ctx.sharing.get(claim);
  if (counts) return counts;
  const found = new Map<string, number>();
  const walk = (e: Expr, vars: Readonly<Record<string, string>>): void => {
    const instances = e.kind === "quant" && e.bindings.every((b) => b.set.kind !== "pattern") ? instancesIn(e.bindings, scope) : undefined;
    if (e.kind === "quant" && instances) for (const inst of instances) walk(e.body, { ...vars, ...inst });
    else if (e.kind === "logic") {
      walk(e.left, vars);
      walk(e.right, vars);
    } else if (e.kind === "not") walk(e.arg, vars);
    else {
      const comparisons = new Set<string>();
      for (const key of readsOf(e, vars, ctx)) for (const c of ctx.comparisonsOf.get(key) ?? []) comparisons.add(c);
      for (const c of comparisons) found.set(c, (found.get(c) ?? 0) + 1);
    }
  };
  walk(claim.claim.assert, {});
  ctx.sharing.set(claim, (counts = found));
  return counts;
}

/** The keys an expression may read with `vars` bound, memoised per expression node and binding. */
function readsOf(e: Expr, vars: Readonly<Record<string, string>>, ctx: LazyContext): ReadonlySet<string> {
  let byVars = ctx.reads.get(e);
  if (!byVars) ctx.reads.set(e, (byVars = new Map()));
  const id = JSON.stringify(vars);
  let keys = byVars.get(id);
  if (!keys) byVars.set(id, (keys = keysRead([e], ctx.keys, vars)));
  return keys;
}

function truthOf(e: Expr, scope: Scope, vars: Readonly<Record<string, string>>): Truth {
  try {
    const v = evaluateValue(e, scope, vars);
    return v.t === "bool" ? v.v : "unknown";
  } catch (error) {
    if (!(error instanceof ExprEvalError)) throw error;
    return "unknown";
  }
}

/** A quantifier's instances, or undefined when its sets are not all known (an error `check` reports). */
function instancesIn(bindings: Binding[], scope: Scope): Record<string, string>[] | undefined {
  try {
    return instancesOf(bindings, scope);
  } catch (error) {
    if (!(error instanceof ExprEvalError)) throw error;
    return undefined;
  }
}

/**
 * Calls `leaf` for each undecided part of an undecided expression: the unknown instances of a
 * quantifier over named sets or lists (the sets do not depend on the numbers), the unknown sides
 * of and/or, what `not` negates; any other unknown expression whole, with the variables bound.
 */
function undecided(e: Expr, vars: Readonly<Record<string, string>>, scope: Scope, leaf: (e: Expr, vars: Readonly<Record<string, string>>) => void): void {
  if (truthOf(e, scope, vars) !== "unknown") return;
  const instances = e.kind === "quant" && e.bindings.every((b) => b.set.kind !== "pattern") ? instancesIn(e.bindings, scope) : undefined;
  if (e.kind === "quant" && instances) {
    for (const inst of instances) undecided(e.body, { ...vars, ...inst }, scope, leaf);
  } else if (e.kind === "logic") {
    undecided(e.left, vars, scope, leaf);
    undecided(e.right, vars, scope, leaf);
  } else if (e.kind === "not") undecided(e.arg, vars, scope, leaf);
  else leaf(e, vars);
}
