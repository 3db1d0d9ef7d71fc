/**
 * Text numbers given by a formula (a printed difference of two table
 * cells; a percentage printed as 1 - a ratio) must follow from the
 * numbers printed elsewhere. The formula is evaluated over the published
 * numbers (by key), excluding the number itself.
 */
import { ExprEvalError, evaluateNumber } from "../../lang/evaluate.js";
import { publishedScope } from "../scopes.js";
import { compareImplied, type ConsistencyRule, type Finding } from "./finding.js";

export const derivedTextNumbers: ConsistencyRule = {
  id: "derived-text-numbers",
  title: "Text numbers defined by a formula agree with the printed numbers it uses",
  run(p) {
    const out: Finding[] = [];
    for (const n of p.numbers) {
      if (n.origin !== "text" || !n.formula) continue;
      const scope = publishedScope(p, n.id);
      let value;
      try {
        value = evaluateNumber(n.formula, scope);
      } catch (error) {
        // Inputs the paper never prints (e.g. sizes.methods for "30") cannot be checked internally.
        if (error instanceof ExprEvalError) continue;
        throw error;
      }
      const inputs = p.numbers.filter((x) => x !== n && (value.reads.includes(x.id) || (x.key !== undefined && value.reads.includes(x.key))));
      const pt = evaluateNumber(n.formula, publishedScope(p, n.id, true)).value.lo;
      // A key printed twice (a table cell and the text) is listed once; numbers without a key (formula cells, derived text numbers) each count.
      const f = compareImplied(this.id, n, value.value, pt, n.formulaText ?? "its formula", inputs.filter((x, i) => x.key === undefined || inputs.findIndex((y) => y.key === x.key) === i));
      if (f) out.push(f);
    }
    return out;
  },
};
