import { describe, expect, it } from "vitest";
import { PCG64, defaultRng, type PCG64State } from "../../src/random/index.js";
import { SafetyGapError } from "../../src/errors.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";
import { fixture, pcgState, sha } from "./fixtures.js";

const streams = fixture("streams.json");
const edge = fixture("edge_cases.json");

describe("PCG64.randomRaw(size)", () => {
  for (const c of streams.random_raw) {
    it(`seed ${c.seed}: 1000 raw 64-bit outputs and the final state match NumPy`, () => {
      const bg = new PCG64(c.seed);
      expect(Array.from(bg.randomRaw(10), String)).toEqual(c.first);
      expect(sha(bg.randomRaw(990))).toBe(c.sha_next_990);
      expect(bg.state).toEqual(pcgState(c.state));
    });
  }
  it("the wasm and TS fills agree (SAFETY_GAP_KERNEL=ts forces TS)", () => {
    const saved = process.env.SAFETY_GAP_KERNEL;
    try {
      process.env.SAFETY_GAP_KERNEL = "ts";
      const a = new PCG64(8);
      const ra = a.randomRaw(1001);
      process.env.SAFETY_GAP_KERNEL = "wasm";
      const b = new PCG64(8);
      expect(b.randomRaw(1001)).toEqual(ra);
      expect(b.state).toEqual(a.state);
    } finally {
      if (saved === undefined) delete process.env.SAFETY_GAP_KERNEL;
      else process.env.SAFETY_GAP_KERNEL = saved;
    }
  });
  it("fills of 64 values or more go to a kernel (so a bad SAFETY_GAP_KERNEL shows there); fewer are drawn one by one", () => {
    const saved = process.env.SAFETY_GAP_KERNEL;
    try {
      process.env.SAFETY_GAP_KERNEL = "gpu";
      const bg = new PCG64(42);
      expect(Array.from(bg.randomRaw(63).subarray(0, 6), String)).toEqual(edge.random_raw_shape);
      const e = safetyGapErrorOf(() => bg.randomRaw(64));
      expect([e.message, e.hint]).toEqual([
        'kernel must be "ts" or "wasm", got "gpu" (from option or SAFETY_GAP_KERNEL)',
        "set SAFETY_GAP_KERNEL=ts or SAFETY_GAP_KERNEL=wasm, or leave it unset",
      ]);
    } finally {
      if (saved === undefined) delete process.env.SAFETY_GAP_KERNEL;
      else process.env.SAFETY_GAP_KERNEL = saved;
    }
  });
  it("a shape [2, 3] gives 6 outputs, flat, as NumPy's random_raw((2, 3)); bad sizes throw a SafetyGapError", () => {
    expect(Array.from(new PCG64(42).randomRaw([2, 3]), String)).toEqual(edge.random_raw_shape);
    expect(new PCG64(42).randomRaw([8, 9])).toEqual(new PCG64(42).randomRaw(72)); // 72 >= 64: the wasm fill
    expect(new PCG64(42).randomRaw([]).length).toBe(1);
    for (const size of [-1, 1.5, NaN, Infinity, [2, -1]]) expect(() => new PCG64(1).randomRaw(size)).toThrow(SafetyGapError);
  });
  it("a size no array can hold (2**40, [2**20, 2**20]) throws a SafetyGapError and draws nothing", () => {
    const bg = new PCG64(1);
    const before = bg.state;
    for (const size of [2 ** 40, [2 ** 20, 2 ** 20], 2 ** 60]) expect(() => bg.randomRaw(size)).toThrow(/cannot allocate/);
    expect(bg.state).toEqual(before);
  });
  it("size 0 gives an empty array and leaves the state alone", () => {
    const bg = new PCG64(1);
    const before = bg.state;
    expect(bg.randomRaw(0).length).toBe(0);
    expect(bg.state).toEqual(before);
  });
});

/** PCG64(42) after 3 raw draws and one integers(0, 10), so the 32-bit buffer is full. */
function primed(): PCG64 {
  const bg = new PCG64(42);
  bg.randomRaw(3);
  defaultRng(bg).integers(0, 10);
  expect(bg.hasUint32).toBe(1);
  return bg;
}

describe("PCG64.advance(delta)", () => {
  const adv = streams.advance;
  for (const key of ["advance_12345", "advance_2_100_plus_7", "advance_minus_1"]) {
    it(`${key}: state (buffer cleared) and next outputs match NumPy`, () => {
      const bg = primed().advance(BigInt(adv[key].delta));
      expect(bg.state).toEqual(pcgState(adv[key].state));
      expect(Array.from(bg.randomRaw(3), String)).toEqual(adv[key].raw);
    });
  }
  it("advance(n) equals n steps; a number delta equals a bigint one", () => {
    const a = new PCG64(5);
    a.randomRaw(1000);
    expect(new PCG64(5).advance(1000).state).toEqual(a.state);
    expect(new PCG64(5).advance(1000n).state).toEqual(a.state);
  });
  it("number deltas beyond 2**53 (exact integers: 2**60, -(2**60), 2**100) advance like NumPy's int", () => {
    for (const c of edge.advance) {
      expect(new PCG64(c.seed).advance(Number(c.delta)).state.state.state).toBe(BigInt(c.state));
      expect(new PCG64(c.seed).advance(BigInt(c.delta)).state.state.state).toBe(BigInt(c.state));
    }
  });
  it("refuses a fractional, NaN or infinite delta with a SafetyGapError", () => {
    for (const d of [1.5, NaN, Infinity, -Infinity]) expect(() => new PCG64(1).advance(d)).toThrow(SafetyGapError);
  });
  it("refuses a delta that is not an integer number or a bigint (a numeric string too) with what it got and how to pass one", () => {
    const hint = "pass a whole number or a bigint (negative goes backwards; the count wraps modulo 2**128)";
    const got = [1.5, "5", undefined].map((d) => {
      const e = safetyGapErrorOf(() => new PCG64(1).advance(d as number));
      return [e.message, e.hint];
    });
    expect(got).toEqual([
      ["advance needs an integer delta (number or bigint), got 1.5", hint],
      ['advance needs an integer delta (number or bigint), got "5"', hint],
      ["advance needs an integer delta (number or bigint), got undefined", hint],
    ]);
  });
});

describe("PCG64.jumped(jumps)", () => {
  it("jumped() and jumped(3) match NumPy and leave the original unchanged", () => {
    const bg = new PCG64(42);
    defaultRng(bg).integers(0, 10);
    const j1 = bg.jumped();
    const j3 = bg.jumped(3);
    expect(j1.state).toEqual(pcgState(streams.advance.jumped_1.state));
    expect(Array.from(j1.randomRaw(3), String)).toEqual(streams.advance.jumped_1.raw);
    expect(j3.state).toEqual(pcgState(streams.advance.jumped_3.state));
    expect(Array.from(j3.randomRaw(3), String)).toEqual(streams.advance.jumped_3.raw);
    expect(bg.state).toEqual(pcgState(streams.advance.original_after_jumped));
  });
  it("negative counts jump backwards, as NumPy's int(jumps) does (jumped(-1), jumped(-3n), jumped(2)) match NumPy", () => {
    for (const c of edge.jumped) {
      expect(new PCG64(c.seed).jumped(c.jumps).state.state.state).toBe(BigInt(c.state));
      expect(new PCG64(c.seed).jumped(BigInt(c.jumps)).state.state.state).toBe(BigInt(c.state));
    }
    const bg = new PCG64(9);
    expect(bg.jumped(3).jumped(-3).state).toEqual(bg.state);
  });
  it("refuses a fractional, NaN or infinite count with a SafetyGapError", () => {
    for (const j of [1.5, NaN, Infinity, -Infinity]) expect(() => new PCG64(1).jumped(j)).toThrow(SafetyGapError);
  });
  it("refuses a count that is not an integer number or a bigint (a numeric string too) with what it got and how to pass one", () => {
    const hint = "pass a whole number or a bigint (negative goes backwards; the count wraps modulo 2**128)";
    const got = [1.5, "2", null].map((j) => {
      const e = safetyGapErrorOf(() => new PCG64(1).jumped(j as number));
      return [e.message, e.hint];
    });
    expect(got).toEqual([
      ["jumped needs an integer count (number or bigint), got 1.5", hint],
      ['jumped needs an integer count (number or bigint), got "2"', hint],
      ["jumped needs an integer count (number or bigint), got null", hint],
    ]);
  });
});

describe("PCG64.state (getter and setter)", () => {
  it("round-trips, including the half-word buffer", () => {
    const a = primed();
    const b = new PCG64(0);
    b.state = a.state;
    expect(b.state).toEqual(a.state);
    expect(defaultRng(b).integers(0, 1000, 5)).toEqual(defaultRng(a).integers(0, 1000, 5));
  });
  it("refuses malformed states with a SafetyGapError", () => {
    const bg = new PCG64(0);
    const good = bg.state;
    expect(() => (bg.state = { ...good, bitGenerator: "MT19937" as "PCG64" })).toThrow(SafetyGapError);
    expect(() => (bg.state = { ...good, hasUint32: 2 })).toThrow(SafetyGapError);
    expect(() => (bg.state = { ...good, state: { state: -1n, inc: 1n } })).toThrow(SafetyGapError);
    expect(() => (bg.state = { ...good, uinteger: 2 ** 32 })).toThrow(SafetyGapError);
  });
  it("says which part of a malformed state is wrong, with the shape to use, and keeps the old state", () => {
    const bg = new PCG64(0);
    const good = bg.state;
    const hint = 'use the shape of NumPy\'s bit_generator.state: { bitGenerator: "PCG64", state: { state, inc }, hasUint32, uinteger }';
    const name = 'invalid PCG64 state: bitGenerator must be "PCG64"';
    const words = "invalid PCG64 state: state.state and state.inc must be bigints in [0, 2**128)";
    const buffer = "invalid PCG64 state: hasUint32 must be 0 or 1 and uinteger a uint32";
    const cases: [unknown, string][] = [
      [undefined, name],
      [{ ...good, bitGenerator: "MT19937" }, name],
      [{ bitGenerator: "PCG64" }, words],
      [{ ...good, state: { state: 1, inc: 1n } }, words],
      [{ ...good, state: { state: 1n, inc: 1 } }, words],
      [{ ...good, state: { state: -1n, inc: 1n } }, words],
      [{ ...good, state: { state: 1n, inc: -1n } }, words],
      [{ ...good, state: { state: 2n ** 128n, inc: 1n } }, words],
      [{ ...good, state: { state: 1n, inc: 2n ** 128n } }, words],
      [{ ...good, hasUint32: 2 }, buffer],
      [{ ...good, hasUint32: -1 }, buffer],
      [{ ...good, hasUint32: true }, buffer],
      [{ ...good, uinteger: "5" }, buffer],
      [{ ...good, uinteger: 1.5 }, buffer],
      [{ ...good, uinteger: -1 }, buffer],
      [{ ...good, uinteger: 2 ** 32 }, buffer],
    ];
    const got = cases.map(([state]) => {
      const e = safetyGapErrorOf(() => (bg.state = state as PCG64State));
      return [e.message, e.hint];
    });
    expect(got).toEqual(cases.map(([, message]) => [message, hint]));
    expect(bg.state).toEqual(good);
  });
  it("takes every state at the edges of the ranges: 0 and 2**128 - 1 words, an empty or all-ones buffer", () => {
    const top = 2n ** 128n - 1n;
    for (const state of [
      { bitGenerator: "PCG64", state: { state: 0n, inc: top }, hasUint32: 0, uinteger: 0 },
      { bitGenerator: "PCG64", state: { state: top, inc: 0n }, hasUint32: 1, uinteger: 2 ** 32 - 1 },
    ] as const) {
      const bg = new PCG64(0);
      bg.state = state;
      expect(bg.state).toEqual(state);
    }
  });
});
