/**
 * Text against tables (and tables against tables): every place that prints
 * the same results key must print compatible values, e.g. Section 3.2's
 * "0.7934" and a table's ratio, one table's difference and another's,
 * or Section 4.1's "0.76" (fewer digits) and Table 1's 0.7601.
 */
import * as I from "../../lang/interval.js";
import { fmt, interval, type ConsistencyRule, type Finding } from "./finding.js";
import type { PublishedNumber } from "../published/types.js";

export const samePrintedValue: ConsistencyRule = {
  id: "same-key-same-value",
  title: "Text vs tables: every place printing the same key prints a compatible value",
  run(p) {
    const byKey = new Map<string, PublishedNumber[]>();
    for (const n of p.numbers) if (n.key) byKey.set(n.key, [...(byKey.get(n.key) ?? []), n]);
    const out: Finding[] = [];
    for (const [key, ns] of byKey) {
      // Compare each later print with the first table print (or the first print).
      const ref = ns.find((n) => n.origin === "table") ?? ns[0]!;
      for (const n of ns) {
        if (n === ref || I.overlaps(interval(n), interval(ref))) continue;
        out.push({
          rule: this.id,
          severity: "inconsistent",
          where: n.where,
          message: `${n.where} prints ${fmt(n)} for ${key}, but ${ref.where} prints ${fmt(ref)}`,
          ids: [n.id, ref.id],
          at: n.at,
        });
      }
    }
    return out;
  },
};
