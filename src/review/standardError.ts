/**
 * The Monte-Carlo standard error of any number of a results object: how much
 * it would move under a different seed. The diff uses it to tell real changes
 * from noise, and `check` to compute z-scores against the published paper.
 *
 * A key's own `<k>.se` sibling, else the `se` its source derived
 * (`about[k].se`); anything else has no known SE (undefined) and is compared
 * exactly.
 */
import type { Results } from "../results/types.js";

export function standardErrorOf(key: string, results: Pick<Results, "numbers" | "about">): number | undefined {
  const own = results.numbers[`${key}.se`];
  if (own !== undefined && !key.endsWith(".se")) return own;
  return results.about?.[key]?.se;
}
