/**
 * Each qualitative sentence of the paper ("largest on <benchmark> across all
 * methods", "CAI highest AP safety", orderings, bounds) is written as a rule
 * in published.yaml and evaluated over the published numbers with interval
 * arithmetic: it fails only if no unrounded values could make it true. The
 * failing instance's numbers are quoted, so the line explains itself.
 */
import { ExprEvalError, evaluateCondition, type Counterexample, type Evaluation } from "../../lang/evaluate.js";
import type { Scope } from "../../lang/evaluate.js";
import type { Published, PublishedStatement } from "../published/types.js";
import { publishedScope } from "../scopes.js";
import type { ConsistencyRule, Finding } from "./finding.js";

/**
 * Each statement of published.yaml evaluated over the published numbers (or another scope: the sweep reads
 * them on each seed's reproduction, src/review/scopes.ts reproducedScope): its verdict, or why it cannot be evaluated.
 */
export function* evaluatedStatements(p: Published, scope: Scope = publishedScope(p)): Generator<{ s: PublishedStatement; result?: Evaluation; error?: ExprEvalError }> {
  for (const s of p.statements) {
    try {
      yield { s, result: evaluateCondition(s.rule, scope) };
    } catch (error) {
      if (!(error instanceof ExprEvalError)) throw error;
      yield { s, error };
    }
  }
}

// A whole number without its ".0000"; other values keep all 4 decimals.
const show = (x: { lo: number; hi: number }): string => ((x.lo + x.hi) / 2).toFixed(4).replace(/\.0+$/, "");

export function describeCounterexample(c: Counterexample): string {
  const b = Object.entries(c.bindings)
    .filter(([, v]) => !c.numbers.some((n) => n.name === v))
    .map(([k, v]) => `${k}=${v}`)
    .join(", ");
  const nums = c.numbers.map((n) => `${n.name} = ${show(n.value)}`).join(", ");
  // The failing comparison first; then at most 6 of the numbers it read.
  const shown = c.numbers.length > 6 ? `${nums.split(", ").slice(0, 6).join(", ")}, ...` : nums;
  const body = c.reason ? `${c.reason} is false (${shown})` : shown;
  return b ? `${b}: ${body}` : body;
}

export const qualitativeStatements: ConsistencyRule = {
  id: "qualitative-statement",
  title: "Each qualitative statement (published.yaml `statements`) holds on the published tables",
  run(p) {
    const out: Finding[] = [];
    for (const { s, result, error } of evaluatedStatements(p)) {
      if (error) {
        out.push({ rule: this.id, severity: "inconsistent", where: s.where, message: `"${s.quote}": cannot be evaluated (${error.message})`, ids: [s.id], at: s.at });
        continue;
      }
      if (result!.truth !== false) continue;
      const why = describeCounterexample(result!.counterexamples[0]!);
      out.push({
        rule: this.id,
        severity: "inconsistent",
        where: s.where,
        message: `"${s.quote}" is contradicted by ${why}${result!.counterexamples.length > 1 ? ` (and ${result!.counterexamples.length - 1} more)` : ""}`,
        ids: [s.id, ...new Set(result!.counterexamples.flatMap((c) => c.numbers.map((n) => n.name)))],
        at: s.at,
      });
    }
    return out;
  },
};
