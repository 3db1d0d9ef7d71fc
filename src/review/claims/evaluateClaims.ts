/**
 * Evaluates the paper's claims against a reproduction. A failing claim lists
 * the instances that break it with the numbers read there, so the message
 * says which numbers to look at ("m=M, s=S: <key of M and S> = 0.0012").
 * Run by `safety-gap check` and by the build on every run; failures are
 * warnings unless --strict.
 */
import type { Results } from "../../results/types.js";
import { ExprEvalError, evaluateCondition, type Counterexample } from "../../lang/evaluate.js";
import { resultsScope } from "../scopes.js";
import type { Claim } from "./loadClaims.js";

export interface ClaimResult {
  id: string;
  claim: string;
  where?: string;
  status: "pass" | "fail" | "error";
  /** Up to 20 failing instances, each with the numbers that break it. */
  counterexamples: Counterexample[];
  /** One line: why it failed, naming the numbers (empty when it passes). */
  message: string;
  at: Claim["at"];
}

const show = (x: number): string => String(Number(x.toPrecision(5)));

export function describeFailure(c: Counterexample): string {
  const b = Object.entries(c.bindings)
    .filter(([, v]) => !c.numbers.some((n) => n.name === v))
    .map(([k, v]) => `${k}=${v}`)
    .join(", ");
  const nums = c.numbers.map((n) => `${n.name} = ${show(n.value.lo)}`).join(", ");
  // The failing comparison first; then at most 6 of the numbers it read.
  const shown = c.numbers.length > 6 ? `${nums.split(", ").slice(0, 6).join(", ")}, ...` : nums;
  const body = c.reason ? `${c.reason} is false (${shown})` : shown;
  return b ? `${b}: ${body}` : body;
}

export function evaluateClaims(claims: readonly Claim[], results: Results): ClaimResult[] {
  const scope = resultsScope(results);
  return claims.map((c) => {
    const base = { id: c.id, claim: c.claim, ...(c.where ? { where: c.where } : {}), at: c.at };
    try {
      const r = evaluateCondition(c.assert, scope);
      if (r.truth === true) return { ...base, status: "pass" as const, counterexamples: [], message: "" };
      const first = r.counterexamples[0];
      const more = r.counterexamples.length > 1 ? ` (and ${r.counterexamples.length - 1} more)` : "";
      return { ...base, status: "fail" as const, counterexamples: r.counterexamples, message: first ? `broken by ${describeFailure(first)}${more}` : "does not hold" };
    } catch (error) {
      if (!(error instanceof ExprEvalError)) throw error;
      return { ...base, status: "error" as const, counterexamples: [], message: `cannot evaluate: ${error.message}` };
    }
  });
}
