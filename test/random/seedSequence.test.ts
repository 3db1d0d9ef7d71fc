import { describe, expect, it } from "vitest";
import { PCG64, SeedSequence, defaultRng, type Entropy } from "../../src/random/index.js";
import { SafetyGapError } from "../../src/errors.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";
import { fixture, pcgState } from "./fixtures.js";

const { cases } = fixture("seeding.json");
const edge = fixture("edge_cases.json");
type Nested = string | Nested[];
const entropyOf = (e: Nested): Entropy => (Array.isArray(e) ? e.map(entropyOf) : BigInt(e));

/** Rebuild the fixture's SeedSequence: from entropy/spawn key, or by replaying its spawn() calls. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function seedSequenceOf(c: any): SeedSequence {
  if (c.spawn) {
    const parent = new SeedSequence(entropyOf(c.entropy));
    const counts: number[] = c.spawn.slice(0, -1);
    let kids: SeedSequence[] = [];
    for (const n of counts) kids = parent.spawn(n);
    return kids[c.spawn.at(-1)]!;
  }
  return new SeedSequence(entropyOf(c.entropy), { spawnKey: c.spawn_key.map(BigInt), poolSize: c.pool_size });
}

describe("new SeedSequence(entropy, { spawnKey, poolSize })", () => {
  for (const c of cases.filter((c: { entropy?: unknown }) => c.entropy !== undefined)) {
    it(`${c.name}: pool, generateState, PCG64 state and increment match NumPy`, () => {
      const ss = seedSequenceOf(c);
      expect(Array.from(ss.pool)).toEqual(c.pool);
      expect(ss.spawnKey.map(String)).toEqual(c.child_spawn_key);
      expect(Array.from(ss.generateState(9))).toEqual(c.state32);
      expect(Array.from(ss.generateState(5, "uint64"), String)).toEqual(c.state64);
      const bg = new PCG64(ss);
      expect(bg.state).toEqual(pcgState(c.pcg64));
      expect(Array.from(bg.randomRaw(5), String)).toEqual(c.raw);
    });
  }

  it("number and bigint entropy give the same pool", () => {
    expect(new SeedSequence(42).pool).toEqual(new SeedSequence(42n).pool);
    expect(new SeedSequence([1, 2]).pool).toEqual(new SeedSequence([1n, 2n]).pool);
  });

  it("spawn(n).spawn(1) of a child: grandchild key and pool match NumPy", () => {
    const c = cases.find((c: { name: string }) => c.name.startsWith("grandchild"));
    const grand = new SeedSequence(42).spawn(2)[0]!.spawn(1)[0]!;
    expect(grand.spawnKey.map(String)).toEqual(c.child_spawn_key);
    expect(Array.from(grand.pool)).toEqual(c.pool);
  });

  it("defaultRng(seedSequence) seeds like PCG64(seedSequence)", () => {
    const c = cases.find((c: { name: string }) => c.name === "seed 42");
    expect(defaultRng(new SeedSequence(42)).bitGenerator.state).toEqual(pcgState(c.pcg64));
    expect(defaultRng(42).bitGenerator.state).toEqual(pcgState(c.pcg64));
  });

  it("refuses negative, fractional, NaN and non-integer entropy with a SafetyGapError", () => {
    for (const bad of [-1, 1.5, NaN, Infinity, -1n, [1, -2]] as Entropy[]) {
      expect(() => new SeedSequence(bad)).toThrow(SafetyGapError);
    }
    expect(() => new SeedSequence("42" as unknown as Entropy)).toThrow(/non-negative integer/);
    expect(() => new SeedSequence(1, { poolSize: 3 })).toThrow(SafetyGapError);
    expect(() => new SeedSequence(1, { poolSize: 2 ** 40 })).toThrow(/cannot allocate/); // NumPy: MemoryError
    expect(() => new SeedSequence(undefined, { poolSize: 2 ** 40 })).toThrow(/cannot allocate/);
  });

  it("integer typed arrays are entropy like NumPy's integer ndarrays (Uint32Array, BigUint64Array, Int32Array); float ones and negatives are refused", () => {
    const e = edge.ndarray_entropy;
    expect(Array.from(new SeedSequence(new Uint32Array([1, 2, 3])).pool)).toEqual(e.uint32);
    expect(Array.from(new SeedSequence([1, 2, 3]).pool)).toEqual(e.list_1_2_3);
    expect(Array.from(new SeedSequence(new BigUint64Array([2n ** 40n, 5n])).pool)).toEqual(e.uint64);
    expect(Array.from(new SeedSequence(new Int32Array([1, 2, 3])).pool)).toEqual(e.uint32);
    expect(Array.from(new SeedSequence([new Uint8Array([1, 2]), 3]).pool)).toEqual(e.uint32);
    expect(new PCG64(new Uint32Array([1, 2, 3])).state).toEqual(new PCG64([1, 2, 3]).state);
    expect(e.float64).toBe("TypeError");
    expect(() => new SeedSequence(new Float64Array([1, 2]) as unknown as Entropy)).toThrow(SafetyGapError);
    expect(() => new SeedSequence(new Float64Array([1, 2]) as unknown as Entropy)).toThrow(/Float64Array/);
    expect(e.int32_negative).toBe("ValueError");
    expect(() => new SeedSequence(new Int32Array([-1]))).toThrow(/got -1/);
  });
  it("no entropy draws fresh OS entropy (two sequences differ)", () => {
    expect(new SeedSequence().pool).not.toEqual(new SeedSequence().pool);
  });
});

describe("SeedSequence.spawn(n) with { nChildrenSpawned }", () => {
  it("continues counting from nChildrenSpawned (NumPy: spawn keys (5,), (6,))", () => {
    const ss = new SeedSequence(1, { nChildrenSpawned: 5 });
    expect(ss.spawn(2).map((c) => `(${c.spawnKey.join(", ")},)`)).toEqual(edge.n_children_spawned["5"]);
    expect(ss.nChildrenSpawned).toBe(7);
  });
  it("refuses a count that is not a uint32 (NumPy: OverflowError) with a SafetyGapError at construction", () => {
    expect(edge.n_children_spawned["-1"]).toBe("OverflowError");
    expect(edge.n_children_spawned["2**32"]).toBe("OverflowError");
    for (const bad of [-1, 2 ** 32, NaN, 1.5, Infinity]) {
      expect(() => new SeedSequence(1, { nChildrenSpawned: bad })).toThrow(/nChildrenSpawned must be/);
    }
  });
  it("refuses to count past 2**32 - 1 children (NumPy's uint32 counter) and spawns nothing then", () => {
    const ss = new SeedSequence(1, { nChildrenSpawned: 2 ** 32 - 2 });
    expect(() => ss.spawn(3)).toThrow(SafetyGapError);
    expect(ss.nChildrenSpawned).toBe(2 ** 32 - 2);
    expect(ss.spawn(1)[0]!.spawnKey).toEqual([2 ** 32 - 2]);
  });
});

describe("SeedSequence.generateState(n, dtype)", () => {
  it("n = 0 gives an empty array; bad n or dtype throw a SafetyGapError", () => {
    const ss = new SeedSequence(0);
    expect(ss.generateState(0).length).toBe(0);
    expect(() => ss.generateState(-1)).toThrow(SafetyGapError);
    expect(() => ss.generateState(2, "float64" as "uint32")).toThrow(SafetyGapError);
  });
  it("every refusal says what was wrong and carries a hint (how to fix it)", () => {
    const ss = new SeedSequence(0);
    const seedHint = "pass e.g. 42, 2n ** 70n, [1, 2, 3] or an integer typed array, as np.random.SeedSequence accepts";
    for (const [f, message, hint] of [
      [() => ss.generateState(-1), "generateState needs a non-negative integer word count, got -1", 'call e.g. generateState(4) or generateState(4, "uint64")'],
      [() => ss.generateState(2, "float64" as "uint32"), 'generateState dtype must be "uint32" or "uint64", got "float64"', 'call e.g. generateState(4) or generateState(4, "uint64")'],
      [() => new SeedSequence(1, { poolSize: 3 }), "poolSize must be an integer >= 4, got 3", "leave poolSize out (4, NumPy's default) or pass a whole number >= 4"],
      [() => ss.spawn(-1), "spawn needs a non-negative integer count, got -1", "call e.g. spawn(4) for four children, as np.random.SeedSequence.spawn takes"],
      [() => new SeedSequence(-1), "seed entropy must be a non-negative integer (number or bigint) or an array of them, got -1", seedHint],
    ] as const) {
      const e = safetyGapErrorOf(f);
      expect([e.message, e.hint]).toEqual([message, hint]);
    }
  });
  it("a count no array can hold (2**40 words: NumPy's MemoryError) throws a SafetyGapError, not a RangeError", () => {
    const ss = new SeedSequence(0);
    expect(() => ss.generateState(2 ** 40)).toThrow(/cannot allocate/);
    expect(() => ss.generateState(2 ** 40, "uint64")).toThrow(SafetyGapError);
  });
});
