/** Every comparison of the design, in table order: scale, method, benchmark. */
import type { Params } from "../params/types.js";
import type { ComparisonId } from "./types.js";

export function comparisonIds(p: Params): ComparisonId[] {
  const out: ComparisonId[] = [];
  for (const scale of p.scales) for (const method of p.methods) for (const { name: benchmark } of p.benchmarks) out.push({ scale, method, benchmark });
  return out;
}
