import { describe, expect, it } from "vitest";
import { defaultRng, PCG64, type Generator } from "../../src/random/index.js";
import { SafetyGapError } from "../../src/errors.js";
import { THREADED_MIN_COUNT } from "../../src/random/threadedFill.js";
import { firstMismatch } from "./fixtures.js";

// One thread is NumPy-exact (generator.test.ts); two must give the same values and end state.
const N = THREADED_MIN_COUNT + 12_345;

function pair(seed: number, pre?: [number, number]): [Generator, Generator] {
  const one = defaultRng(seed, { kernel: "wasm" });
  const two = defaultRng(seed, { kernel: "wasm", threads: 2 });
  if (pre) {
    one.integers(pre[0], pre[1]);
    two.integers(pre[0], pre[1]);
  }
  return [one, two];
}

function expectSame(one: Generator, two: Generator, low: number, high: number, size: number): void {
  const a = one.integers(low, high, size);
  const b = two.integers(low, high, size);
  expect(b.constructor).toBe(a.constructor);
  expect(firstMismatch(b, a)).toBeUndefined();
  expect(two.bitGenerator.state).toEqual(one.bitGenerator.state);
}

describe("Generator.integers(low, high, size) with { threads: 2 }", () => {
  it("gives one thread's values and end state: Int32Array, Uint32Array (full 32-bit range) and Float64Array", () => {
    const cases: [number, number][] = [[0, 500], [-7, 1_000_000], [0, 2 ** 32], [2 ** 40, 2 ** 40 + 1000]];
    for (const [low, high] of cases) {
      const [one, two] = pair(9);
      expectSame(one, two, low, high, N);
      expectSame(one, two, low, high, N + 1); // odd size: the helper's share is odd
    }
  });

  it("gives one thread's values when the stream starts with a buffered half-word", () => {
    const [one, two] = pair(11, [0, 10]);
    expect(two.bitGenerator.hasUint32).toBe(1);
    expectSame(one, two, 0, 500, N);
  });

  it("stays exact when the first half has a rejection (the helper's guess fails and this thread redraws)", () => {
    // integers(0, 10000): threshold 7296, about a 1 in 5 chance of a rejection in the first half.
    const k = 2 * Math.floor(N / 4);
    let guessesFailed = 0;
    for (let seed = 0; seed < 24; seed++) {
      const probe = new PCG64(seed);
      const ahead = probe.jumped(0).advance(k / 2);
      defaultRng(probe, { kernel: "wasm" }).integers(0, 10_000, k);
      if (probe.state.state.state !== ahead.state.state.state || probe.hasUint32) guessesFailed++;
      const [one, two] = pair(seed);
      expectSame(one, two, 0, 10_000, N);
    }
    expect(guessesFailed).toBeGreaterThan(0); // the failure path ran
  });

  it("leaves small arrays and rejection-heavy ranges to one thread, with the same values", () => {
    const [one, two] = pair(5);
    expectSame(one, two, 0, 500, THREADED_MIN_COUNT - 1);
    expectSame(one, two, 0, 2 ** 31 + 1, N); // half the draws rejected: never split
  });

  it("refuses threads that are not whole numbers >= 1", () => {
    for (const threads of [0, 1.5, -2, Number.NaN]) {
      expect(() => defaultRng(1, { threads })).toThrow(SafetyGapError);
    }
    expect(() => defaultRng(1, { threads: 0 })).toThrow(/threads must be a whole number >= 1, got 0/);
  });
});
