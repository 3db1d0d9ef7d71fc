/**
 * Everything the paper can cite by key: results.numbers plus the design
 * sizes and the seed that src/render exposes to its templates ("30
 * configurations", "n = 500" are placeholders too). Taken from src/render's
 * own scope so the two can never disagree on a name.
 */
import type { Results } from "../results/types.js";
import { sizeNumbers } from "../results/sizeNumbers.js";

export function withCitableNumbers(results: Results): Results {
  return { ...results, numbers: { ...sizeNumbers(results), ...results.numbers } };
}
