/**
 * Evaluates the relations declared in published.yaml `relations` over the
 * published numbers, rounding-aware: for each instance of a check, `value`
 * and `equals` are evaluated as intervals (each printed number stands for
 * all it could have been before rounding) and as points (the printed digits).
 * Disjoint intervals, after widening by `within`, are an inconsistency; when
 * `value` is one printed number, a last digit that only rounding explains is
 * a rounding note (compareImplied).
 */
import { ExprEvalError, evaluateNumber, instancesOf, keysOfRef, type Scope } from "../../lang/evaluate.js";
import * as I from "../../lang/interval.js";
import { showExpr } from "../../lang/show.js";
import type { Expr } from "../../lang/ast.js";
import * as msg from "../../messages/review.js";
import { publishedScope } from "../scopes.js";
import type { Published, PublishedNumber, Relation, RelationCheck } from "../published/types.js";
import { compareImplied, fmt, fmtValue, type Finding } from "./finding.js";

/** Published numbers by id and by the key they report (tables first, as in publishedScope). */
function numbersByName(p: Published): Map<string, PublishedNumber> {
  const m = new Map<string, PublishedNumber>();
  for (const n of [...p.numbers.filter((x) => x.origin === "table"), ...p.numbers.filter((x) => x.origin === "text")]) {
    m.set(n.id, n);
    if (n.key && !m.has(n.key)) m.set(n.key, n);
  }
  return m;
}

export function evaluateRelations(p: Published): Finding[] {
  const scope = publishedScope(p);
  const points = publishedScope(p, undefined, true);
  const named = numbersByName(p);
  const out: Finding[] = [];
  for (const r of p.relations) for (const c of r.checks) out.push(...evaluateCheck(r, c, p, scope, points, named));
  return out;
}

function evaluateCheck(r: Relation, c: RelationCheck, p: Published, scope: Scope, points: Scope, named: Map<string, PublishedNumber>): Finding[] {
  const out: Finding[] = [];
  let evaluated = false;
  let lastError: ExprEvalError | undefined;
  let instances: Record<string, string>[];
  try {
    instances = instancesOf(c.bindings, scope);
  } catch (error) {
    if (!(error instanceof ExprEvalError)) throw error;
    return [{ rule: r.id, severity: "inconsistent", where: r.title, message: msg.relationNotEvaluated(r.id, error.message), ids: [], at: c.at }];
  }
  for (const vars of instances) {
    // The numbers each side reads, as printed ("0.5809 - 0.5905").
    const shown = (e: Expr): string =>
      showExpr(e, vars, (ref) => {
        const ns = keysOfRef(ref, scope, vars).map((k) => named.get(k));
        return ns.map((n) => (n ? fmt(n) : "?")).join(", ");
      });
    let value, valuePt, implied, impliedPt, tolerance;
    try {
      value = evaluateNumber(c.value, scope, vars);
      valuePt = evaluateNumber(c.value, points, vars).value.lo;
      implied = evaluateNumber(c.equals, scope, vars);
      impliedPt = evaluateNumber(c.equals, points, vars).value.lo;
      tolerance = c.within ? evaluateNumber(c.within, scope, vars).value.hi : 0;
    } catch (error) {
      // A partial transcription may lack an instance's numbers (no Table 2 row for the baseline): that instance is skipped.
      if (!(error instanceof ExprEvalError)) throw error;
      lastError = error;
      continue;
    }
    evaluated = true;
    // Every name read is in `named`: both it and the scopes hold each number's id and key.
    const inputs = [...new Set(implied.reads)].map((n) => named.get(n)!);
    const how = `${c.label} (${shown(c.equals)})`;
    // A value that evaluated to a number and is a reference is one printed number (a pattern would have given a list).
    const target = c.value.kind === "ref" ? named.get(value.reads[0]!) : undefined;
    if (target && c.within === undefined) {
      const f = compareImplied(r.id, target, implied.value, impliedPt, how, inputs.filter((n) => n !== target));
      if (f) out.push(f);
      continue;
    }
    const widened = { lo: value.value.lo - tolerance, hi: value.value.hi + tolerance };
    if (I.overlaps(widened, implied.value)) continue;
    const first = named.get(value.reads[0]!);
    const where = first ? first.where.replace(/, column .*$/, "") : r.title;
    const valueText = target ? `${target.where} prints ${fmt(target)}` : `${where}: ${c.valueLabel ?? "the value"} (${shown(c.value)}) = ${fmtValue(valuePt, 5)}`;
    out.push({
      rule: r.id,
      severity: "inconsistent",
      where,
      message: `${valueText} but ${how} = ${fmtValue(impliedPt, 5)}${tolerance > 0 ? `, beyond rounding and the allowed ${fmtValue(tolerance, 5)}` : ""}`,
      ids: [...new Set([...value.reads, ...implied.reads].map((n) => named.get(n)!.id))],
      ...(first ? { at: first.at } : { at: c.at }),
    });
  }
  if (!evaluated && instances.length > 0) {
    out.push({ rule: r.id, severity: "inconsistent", where: r.title, message: msg.relationNotEvaluated(r.id, lastError!.message), ids: [], at: c.at });
  }
  return out;
}
