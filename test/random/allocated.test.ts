/** allocated(): V8's RangeError for an impossible array becomes the SafetyGapError NumPy's MemoryError stands for; other errors pass. */
import { describe, expect, it } from "vitest";
import { allocated } from "../../src/random/allocated.js";
import { defaultRng } from "../../src/random/index.js";
import { tooBig, tooBigHint } from "../../src/messages/random.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

describe("allocated(count, bytesPerValue, make)", () => {
  it("returns what make() returns", () => {
    const a = new Float64Array(3);
    expect(allocated(3, 8, () => a)).toBe(a);
  });
  it("turns a RangeError into a SafetyGapError naming the count and the bytes", () => {
    const e = safetyGapErrorOf(() => allocated(5, 8, () => { throw new RangeError("Invalid typed array length"); }));
    expect({ message: e.message, hint: e.hint }).toEqual({ message: tooBig(5, 8), hint: tooBigHint() });
    expect(e.message).toBe("cannot allocate 5 values (40 bytes): too big for one array");
  });
  it("lets any other error through unchanged", () => {
    const boom = new TypeError("not an allocation failure");
    expect(() => allocated(5, 8, () => { throw boom; })).toThrow(boom);
  });
  it("the Generator's results name their own value size (8 bytes a double, 4 an int32)", () => {
    const g = defaultRng(1, { kernel: "ts" });
    expect(safetyGapErrorOf(() => g.random(2 ** 40)).message).toBe(tooBig(2 ** 40, 8));
    expect(safetyGapErrorOf(() => g.integers(0, 10, 2 ** 40)).message).toBe(tooBig(2 ** 40, 4));
  });
});
