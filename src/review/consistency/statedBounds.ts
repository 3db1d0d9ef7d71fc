/**
 * The same quantity described with different numbers in different places
 * ("~1%" in the abstract, "<1.1%" in Section 5, "<1.2%" in Figure 5) is a
 * text-vs-text inconsistency even if each bound were individually true: a
 * reader cannot tell which one the authors mean. Statements in published.yaml
 * that share a `quantity` must give the same `bound`.
 */
import type { PublishedStatement } from "../published/types.js";
import type { ConsistencyRule, Finding } from "./finding.js";

const pct = (x: number): string => `${Number((x * 100).toPrecision(3))}%`;

export const statedBounds: ConsistencyRule = {
  id: "stated-bounds-agree",
  title: "Statements bounding the same quantity give the same bound",
  run(p) {
    const groups = new Map<string, PublishedStatement[]>();
    for (const s of p.statements) if (s.quantity !== undefined && s.bound !== undefined) groups.set(s.quantity, [...(groups.get(s.quantity) ?? []), s]);
    const out: Finding[] = [];
    for (const [quantity, ss] of groups) {
      const bounds = [...new Set(ss.map((s) => s.bound!))].sort((a, b) => a - b);
      if (bounds.length < 2) continue;
      const list = bounds.map((b) => `${pct(b)} (${ss.filter((s) => s.bound === b).map((s) => s.where).join(", ")})`).join(" vs ");
      out.push({
        rule: this.id,
        severity: "inconsistent",
        where: ss[0]!.where,
        message: `the ${quantity} is stated as ${list}`,
        ids: ss.map((s) => s.id),
        at: ss[0]!.at,
      });
    }
    return out;
  },
};
