import type { MethodEffect, Params } from "./types.js";

/**
 * The model's mean score of a cell: baseline + lift + [treated] * alignment * retention,
 * evaluated in exactly this order (bench/numpy/compute.py does the same, so samples agree bit for bit).
 */
export function cellMeanOf(p: Params, scale: string, method: string, condition: string, benchmark: string): number {
  const e = p.methodEffects[method] as MethodEffect;
  let mu = (p.baseline[scale] as Record<string, number>)[benchmark] as number;
  mu = mu + (e.lift[benchmark] as number);
  if (condition === p.conditions.treated) mu = mu + ((p.alignment[scale] as Record<string, number>)[benchmark] as number) * (e.retention[benchmark] as number);
  return mu;
}
