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
  it("no entropy draws poolSize * 32 bits of OS entropy, kept as the integer entropy the pool is mixed from", () => {
    const ss = new SeedSequence(undefined, { poolSize: 8 });
    const entropy = ss.entropy as bigint;
    expect(typeof entropy).toBe("bigint");
    // Below 2**256 always; below 2**128 with probability 2**-128.
    expect([entropy < 2n ** 256n, entropy >= 2n ** 128n]).toEqual([true, true]);
    expect(ss.pool).toEqual(new SeedSequence(entropy, { poolSize: 8 }).pool);
  });
  it("0 is one entropy word, not none: [0, 5] matches NumPy", () => {
    expect(Array.from(new SeedSequence([0, 5]).pool)).toEqual(edge.seed_sequence.entropy_0_5);
  });
  it("a spawn key after entropy shorter than a pool of 8 (zero-padded to 8 words) matches NumPy", () => {
    expect(Array.from(new SeedSequence(3, { spawnKey: [1], poolSize: 8 }).pool)).toEqual(edge.seed_sequence.spawn_key_pool_size_8);
  });
  it("refuses float typed arrays and DataViews (NumPy: TypeError), naming what it got", () => {
    const got = [new Float32Array([1, 2]), new Float64Array([1]), new DataView(new ArrayBuffer(8))].map((e) => {
      const err = safetyGapErrorOf(() => new SeedSequence(e as unknown as Entropy));
      return [err.message, err.hint];
    });
    const hint = "pass e.g. 42, 2n ** 70n, [1, 2, 3] or an integer typed array, as np.random.SeedSequence accepts";
    expect(got).toEqual(["Float32Array", "Float64Array", "DataView"].map((name) => [
      `seed entropy must be a non-negative integer (number or bigint) or an array of them, got "a ${name}"`,
      hint,
    ]));
  });
  it("refuses a number beyond 2**53 - 1 (it may not be the integer meant: pass a bigint), naming it", () => {
    expect(safetyGapErrorOf(() => new SeedSequence(2 ** 53)).message).toBe(
      "seed entropy must be a non-negative integer (number or bigint) or an array of them, got 9007199254740992",
    );
    expect(new SeedSequence(2 ** 53 - 1).pool).toEqual(new SeedSequence(2n ** 53n - 1n).pool);
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
  it("children of a pool_size 8 sequence keep its pool size: keys and pools match NumPy", () => {
    const kids = new SeedSequence(42, { poolSize: 8 }).spawn(2);
    expect(kids.map((c) => ({ spawn_key: c.spawnKey, pool_size: c.poolSize, pool: Array.from(c.pool) }))).toEqual(
      edge.seed_sequence.pool_size_8_children,
    );
  });
  it("says which count it refused, and how to pass one", () => {
    const ss = new SeedSequence(1, { nChildrenSpawned: 2 ** 32 - 2 });
    const countHint = "call e.g. spawn(4) for four children, as np.random.SeedSequence.spawn takes";
    const spawnedHint = "pass the n_children_spawned of the sequence being recreated (0 for a new one)";
    const got = [() => ss.spawn(3), () => ss.spawn(1.5), () => ss.spawn(2 ** 53), () => new SeedSequence(1, { nChildrenSpawned: 0.5 })].map((f) => {
      const e = safetyGapErrorOf(f);
      return [e.message, e.hint];
    });
    expect(got).toEqual([
      ["nChildrenSpawned must be a whole number in [0, 2**32 - 1] (NumPy's uint32 counter), got 4294967297", spawnedHint],
      ["spawn needs a non-negative integer count, got 1.5", countHint],
      ["spawn needs a non-negative integer count, got 9007199254740992", countHint],
      ["nChildrenSpawned must be a whole number in [0, 2**32 - 1] (NumPy's uint32 counter), got 0.5", spawnedHint],
    ]);
  });
  it("spawn(0) gives no children and leaves the count", () => {
    const ss = new SeedSequence(1, { nChildrenSpawned: 3 });
    expect(ss.spawn(0)).toEqual([]);
    expect(ss.nChildrenSpawned).toBe(3);
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
  it("refuses a fractional, unsafe or NaN word count and a poolSize that is not a whole number, naming it", () => {
    const ss = new SeedSequence(0);
    const stateHint = 'call e.g. generateState(4) or generateState(4, "uint64")';
    const poolHint = "leave poolSize out (4, NumPy's default) or pass a whole number >= 4";
    const got = [() => ss.generateState(1.5), () => ss.generateState(2 ** 53), () => ss.generateState(NaN, "uint64"), () => new SeedSequence(1, { poolSize: 4.5 })].map((f) => {
      const e = safetyGapErrorOf(f);
      return [e.message, e.hint];
    });
    expect(got).toEqual([
      ["generateState needs a non-negative integer word count, got 1.5", stateHint],
      ["generateState needs a non-negative integer word count, got 9007199254740992", stateHint],
      ["generateState needs a non-negative integer word count, got NaN", stateHint],
      ["poolSize must be an integer >= 4, got 4.5", poolHint],
    ]);
  });
  it("a count no array can hold says how many bytes it asked for: 4 a uint32 word, 8 a uint64 one", () => {
    const ss = new SeedSequence(0);
    const hint = "draw fewer values per call (NumPy raises MemoryError here too)";
    const got = [() => ss.generateState(2 ** 40), () => ss.generateState(2 ** 40, "uint64")].map((f) => {
      const e = safetyGapErrorOf(f);
      return [e.message, e.hint];
    });
    expect(got).toEqual([
      ["cannot allocate 1099511627776 values (4398046511104 bytes): too big for one array", hint],
      ["cannot allocate 1099511627776 values (8796093022208 bytes): too big for one array", hint],
    ]);
  });
  it("a count no array can hold (2**40 words: NumPy's MemoryError) throws a SafetyGapError, not a RangeError", () => {
    const ss = new SeedSequence(0);
    expect(() => ss.generateState(2 ** 40)).toThrow(/cannot allocate/);
    expect(() => ss.generateState(2 ** 40, "uint64")).toThrow(SafetyGapError);
  });
});
