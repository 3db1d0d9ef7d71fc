/**
 * Which of the paper's claims and statements hold on one seed's results, by
 * the evaluators `check` uses: a claim holds when evaluateClaims says "pass"
 * (what `check` reports for it), a qualitative statement of published.yaml
 * when evaluatedStatements, read on the reproduction (reproducedScope), says
 * true. No second evaluator.
 */
import { ExprEvalError, evaluateCondition, type Scope } from "../lang/evaluate.js";
import { evaluateClaims } from "../review/claims/evaluateClaims.js";
import type { Claim } from "../review/claims/loadClaims.js";
import { evaluatedStatements } from "../review/consistency/qualitativeStatements.js";
import type { Published } from "../review/published/types.js";
import { reproducedScope } from "../review/scopes.js";
import type { Results } from "../results/types.js";

export interface Checked {
  /** The claim's id; a statement's id, or `published.<id>` if a claim has the same one. */
  id: string;
  kind: "claim" | "statement";
  /** The sentence: a claim's `claim`, a statement's quote. */
  text: string;
  where?: string;
}

/** The claims, then the statements, in file order. */
export function checkedItems(claims: readonly Claim[], published?: Published): Checked[] {
  const out: Checked[] = claims.map((c) => ({ id: c.id, kind: "claim", text: c.claim, ...(c.where ? { where: c.where } : {}) }));
  const taken = new Set(out.map((c) => c.id));
  for (const s of published?.statements ?? []) out.push({ id: taken.has(s.id) ? `published.${s.id}` : s.id, kind: "statement", text: s.quote, where: s.where });
  return out;
}

/** One boolean per checkedItems entry, in that order. */
export function holdsOn(results: Results, claims: readonly Claim[], published?: Published): boolean[] {
  return [...evaluateClaims(claims, results).map((c) => c.status === "pass"), ...statementsHoldOn(results, published)];
}

/** One boolean per statement of published.yaml, in order. */
export function statementsHoldOn(results: Results, published?: Published): boolean[] {
  return published ? [...evaluatedStatements(published, reproducedScope(published, results))].map(({ result }) => result?.truth === true) : [];
}

/**
 * evaluateClaims' verdict on one claim (pass: its assertion is true; an evaluation error is no
 * pass) in any scope of results, e.g. one whose unknown numbers are intervals (src/study/sweep/lazyVerdicts.ts).
 */
export function claimHolds(claim: Claim, scope: Scope): boolean {
  try {
    return evaluateCondition(claim.assert, scope).truth === true;
  } catch (error) {
    if (!(error instanceof ExprEvalError)) throw error;
    return false;
  }
}

/** Prefix of the published numbers' reproduced values among a seed's numbers (no results key starts with "@"). */
export const PUBLISHED_PREFIX = "@published.";

/** Each published number's reproduced value in this seed (its key's or formula's), by `@published.<id>`: the yardstick check compares it by. */
export function publishedValuesOn(results: Results, published?: Published): Record<string, number> {
  const out: Record<string, number> = {};
  if (!published) return out;
  const scope = reproducedScope(published, results);
  for (const n of published.numbers) {
    const v = scope.lookup(n.id);
    if (v !== undefined && v.lo === v.hi && Number.isFinite(v.lo)) out[`${PUBLISHED_PREFIX}${n.id}`] = v.lo;
  }
  return out;
}
