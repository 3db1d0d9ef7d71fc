/** Every cell of the design, in table order: scale, method, condition (treated first), benchmark. */
import type { Params } from "../params/types.js";
import type { CellId } from "./types.js";

export function cellIds(p: Params): CellId[] {
  const out: CellId[] = [];
  for (const scale of p.scales)
    for (const method of p.methods)
      for (const condition of [p.conditions.treated, p.conditions.control])
        for (const { name: benchmark } of p.benchmarks) out.push({ scale, method, condition, benchmark });
  return out;
}
