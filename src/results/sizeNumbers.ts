/**
 * The numbers the results language sees besides `results.numbers`: the
 * design numbers a source declares (`results.design`), cited as
 * `sizes.<name>` so prose like "30 configurations" or "n = 500" is a
 * placeholder too, and the seed as `seed`.
 */
import type { Results } from "./types.js";

export function sizeNumbers(r: Results): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(r.design ?? {})) out[`sizes.${k}`] = v;
  if (r.seed !== undefined) out.seed = r.seed;
  return out;
}
