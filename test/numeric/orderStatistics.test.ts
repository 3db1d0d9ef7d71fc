/** orderStatistics' plan: after a pair near the high end, the next k is selected, not scanned for from a stale boundary. */
import { describe, expect, it } from "vitest";
import { percentile } from "../../src/numeric/index.js";

describe("percentile reading order statistics 1, 2, 3, 4 and 6 of seven values (q 20, 60, 100)", () => {
  it("gives np.percentile's values (virtual index 1.2000000000000002, 3.6 and 6)", () => {
    // Sorted: 0, 0, 1, 2, 2, 2, 3. 6 * 0.2 is 1.2000000000000002, so the first is 0 + 1 * 0.2000000000000002.
    expect(Array.from(percentile(Float64Array.of(2, 2, 2, 1, 0, 3, 0), [20, 60, 100]))).toEqual([0.20000000000000018, 2, 3]); // np.percentile(..., [20, 60, 100]), NumPy 1.24
  });
});
