import { ascending } from "../text/ascending.js";
/** Keys in code-unit order (what JSON readers and `sort` agree on), so output is byte-stable. */
export function sortKeys<T>(n: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(n).sort(ascending)) out[k] = n[k] as T;
  return out;
}
