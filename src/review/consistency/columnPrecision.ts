/**
 * A table cell printed with fewer digits than the rest of its column (0.81 in
 * a column of 0.7934, 0.8263, ...) is a sign it was typed in by hand rather
 * than generated; worth a look even when its value is plausible.
 */
import { fmt, type ConsistencyRule, type Finding } from "./finding.js";

export const columnPrecision: ConsistencyRule = {
  id: "column-precision",
  title: "Table cells are printed with the precision of the rest of their column",
  run(p) {
    const cols = new Map<string, typeof p.numbers>();
    for (const n of p.numbers) if (n.cell) cols.set(`${n.cell.table}.${n.cell.column}`, [...(cols.get(`${n.cell.table}.${n.cell.column}`) ?? []), n]);
    const out: Finding[] = [];
    for (const ns of cols.values()) {
      const counts = new Map<number, number>();
      for (const n of ns) counts.set(n.decimals, (counts.get(n.decimals) ?? 0) + 1);
      const usual = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
      for (const n of ns) {
        if (n.decimals >= usual) continue;
        out.push({
          rule: this.id,
          severity: "rounding",
          where: n.where,
          message: `${n.where} prints ${fmt(n)} with ${n.decimals} decimals; the rest of the column has ${usual}`,
          ids: [n.id],
          at: n.at,
        });
      }
    }
    return out;
  },
};
