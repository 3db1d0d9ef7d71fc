/** The array an integers() range takes, and the out arrays it accepts: each bound, on both sides. */
import { describe, expect, it } from "vitest";
import { integerArrayKind } from "../../src/random/integerArray.js";
import { checkedIntegerOut } from "../../src/random/out.js";
import { outHint, outInvalid, outSizeMismatch, outTooNarrow, tooBig } from "../../src/messages/random.js";
import { defaultRng } from "../../src/random/index.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

const I32 = 2n ** 31n;
const U32 = 2n ** 32n;
const F64 = 2n ** 53n - 1n;

describe("integerArrayKind(lowest, highest): the narrowest array holding [lowest, highest]", () => {
  it("int32 exactly for [-2**31, 2**31 - 1]", () => {
    expect(integerArrayKind(-I32, I32 - 1n)).toBe("int32");
    expect(integerArrayKind(-I32 - 1n, 0n)).toBe("float64");
    expect(integerArrayKind(0n, I32)).toBe("uint32");
  });
  it("uint32 exactly for [0, 2**32 - 1] beyond int32", () => {
    expect(integerArrayKind(0n, U32 - 1n)).toBe("uint32");
    expect(integerArrayKind(0n, U32)).toBe("float64");
    expect(integerArrayKind(-1n, I32)).toBe("float64");
  });
  it("float64 exactly for [-(2**53 - 1), 2**53 - 1], else bigint64", () => {
    expect(integerArrayKind(-F64, F64)).toBe("float64");
    expect(integerArrayKind(-F64 - 1n, 0n)).toBe("bigint64");
    expect(integerArrayKind(0n, F64 + 1n)).toBe("bigint64");
  });
});

describe("checkedIntegerOut(out, size, low, high): an out that holds every value of [low, high)", () => {
  const refused = (out: unknown, low: bigint, high: bigint) => {
    const e = safetyGapErrorOf(() => checkedIntegerOut(out, undefined, low, high));
    return { message: e.message, hint: e.hint };
  };
  it("Int32Array: [-2**31, 2**31) and nothing wider", () => {
    const out = new Int32Array(2);
    expect(checkedIntegerOut(out, undefined, -I32, I32)).toBe(out);
    expect(refused(out, -I32 - 1n, 0n)).toEqual({ message: outTooNarrow("integers", "Int32Array", -I32 - 1n, 0n), hint: outHint() });
    expect(refused(out, 0n, I32 + 1n)).toEqual({ message: outTooNarrow("integers", "Int32Array", 0n, I32 + 1n), hint: outHint() });
  });
  it("Uint32Array: [0, 2**32) and nothing wider", () => {
    const out = new Uint32Array(2);
    expect(checkedIntegerOut(out, 2, 0n, U32)).toBe(out);
    expect(refused(out, -1n, 5n)).toEqual({ message: outTooNarrow("integers", "Uint32Array", -1n, 5n), hint: outHint() });
    expect(refused(out, 0n, U32 + 1n)).toEqual({ message: outTooNarrow("integers", "Uint32Array", 0n, U32 + 1n), hint: outHint() });
  });
  it("Float64Array: [-(2**53 - 1), 2**53] (highest value 2**53 - 1) and nothing wider", () => {
    const out = new Float64Array(2);
    expect(checkedIntegerOut(out, [2], -F64, F64 + 1n)).toBe(out);
    expect(refused(out, -F64 - 1n, 0n)).toEqual({ message: outTooNarrow("integers", "Float64Array", -F64 - 1n, 0n), hint: outHint() });
    expect(refused(out, 0n, F64 + 2n)).toEqual({ message: outTooNarrow("integers", "Float64Array", 0n, F64 + 2n), hint: outHint() });
  });
  it("BigInt64Array: any int64 range", () => {
    const out = new BigInt64Array(2);
    expect(checkedIntegerOut(out, undefined, -(2n ** 63n), 2n ** 63n)).toBe(out);
  });
});

describe("integers' arrays and out refusals: exact sizes and messages", () => {
  it("a Uint32Array result takes 4 bytes a value (its buffer, and the size named when it cannot be made)", () => {
    const g = defaultRng(2, { kernel: "ts" });
    expect(g.integers(0, 2 ** 32, 3).buffer.byteLength).toBe(12);
    expect(g.integers(0, 10, 3).buffer.byteLength).toBe(12);
    expect(g.integers(-1, 2 ** 32, 3).buffer.byteLength).toBe(24);
    expect(safetyGapErrorOf(() => g.integers(0, 2 ** 32, 2 ** 40)).message).toBe(tooBig(2 ** 40, 4));
  });
  it("names integers in the wrong-type and wrong-length refusals", () => {
    const g = defaultRng(2);
    expect(refusedOut(() => g.integers(0, 5, undefined, { out: new Int16Array(2) as unknown as Int32Array }))).toEqual({
      message: outInvalid("integers", "an Int32Array, Uint32Array, Float64Array or BigInt64Array", new Int16Array(2)),
      hint: outHint(),
    });
    expect(refusedOut(() => g.integers(0, 5, 3, { out: new Int32Array(2) }))).toEqual({ message: outSizeMismatch("integers", 3, 2), hint: outHint() });
  });
});

function refusedOut(run: () => unknown) {
  const e = safetyGapErrorOf(run);
  return { message: e.message, hint: e.hint };
}
