/**
 * A stated bound that holds, but so loosely that it misleads: "Cohen's
 * d > .9" where every d is above 10, "p < 10^-15" where every log10 p is
 * below -150. Each statement that holds is looked at for its comparisons with
 * a written number (the evaluator records them as bound uses); a bound is
 * understated when every value it bounds is beyond it by a factor of 10 or
 * more (in the bound's own units: log10 p values compare as logs). Bounds of
 * 0 have no scale and are skipped.
 */
import type { BoundUse } from "../../lang/evaluate.js";
import { evaluatedStatements } from "./qualitativeStatements.js";
import type { ConsistencyRule, Finding } from "./finding.js";

const FACTOR = 10;

/** The value every bounded value must be beyond for the bound to be understated. */
function looseLimit(op: string, bound: number): number | undefined {
  if (bound === 0) return undefined;
  const above = op === ">" || op === ">=";
  const below = op === "<" || op === "<=";
  if (above) return bound > 0 ? bound * FACTOR : bound / FACTOR;
  if (below) return bound > 0 ? bound / FACTOR : bound * FACTOR;
  return undefined;
}

const show = (x: number): string => String(Number(x.toPrecision(4)));

export function understated(uses: readonly BoundUse[]): { op: string; bound: number; limit: number; closest: number; count: number }[] {
  const groups = new Map<string, BoundUse[]>();
  for (const u of uses) groups.set(`${u.op} ${u.bound}`, [...(groups.get(`${u.op} ${u.bound}`) ?? []), u]);
  const out = [];
  for (const us of groups.values()) {
    const { op, bound } = us[0]!;
    const limit = looseLimit(op, bound);
    if (limit === undefined) continue;
    const above = op === ">" || op === ">=";
    const closest = above ? Math.min(...us.map((u) => u.value.lo)) : Math.max(...us.map((u) => u.value.hi));
    if (above ? closest >= limit : closest <= limit) out.push({ op, bound, limit, closest, count: us.length });
  }
  return out;
}

export const understatedBounds: ConsistencyRule = {
  id: "understated-bound",
  title: "A stated bound that holds is not loose by an order of magnitude or more against every value it bounds",
  run(p) {
    const out: Finding[] = [];
    // A statement that cannot be evaluated is qualitative-statement's finding.
    for (const { s, result } of evaluatedStatements(p)) {
      if (result?.truth !== true) continue;
      for (const u of understated(result.bounds)) {
        const beyond = u.op.startsWith(">") ? "above" : "below";
        out.push({
          rule: this.id,
          severity: "understated",
          where: s.where,
          message: `"${s.quote}" is understated: it bounds ${u.count} value${u.count === 1 ? "" : "s"} by ${u.op} ${show(u.bound)}, and every one is ${beyond} ${show(u.limit)} (the closest is ${show(u.closest)})`,
          ids: [s.id],
          at: s.at,
        });
      }
    }
    return out;
  },
};
