import { randomBytes } from "node:crypto";
import { fail } from "./fail.js";
import { uint32Words, type Entropy } from "./uint32Words.js";
import { allocated } from "./allocated.js";
import { childrenSpawnedHint, generateStateHint, poolSizeHint, childrenSpawnedInvalid, poolSizeTooSmall, spawnCountHint, spawnCountInvalid, stateDtypeInvalid, stateWordsInvalid } from "../messages/random.js";

// Constants of numpy/random/bit_generator.pyx (Melissa O'Neill's seed_seq hashing).
const DEFAULT_POOL_SIZE = 4;
const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;
const XSHIFT = 16;

export interface SeedSequenceOptions {
  /** NumPy's `spawn_key`: the path of child indices that led to this sequence. */
  spawnKey?: readonly (number | bigint)[];
  /** NumPy's `pool_size` (>= 4, default 4). */
  poolSize?: number;
  /** NumPy's `n_children_spawned`: where `spawn` continues counting. */
  nChildrenSpawned?: number;
}

/**
 * NumPy's `SeedSequence`: hashes arbitrary integer entropy into a pool of
 * 32-bit words, from which `generateState` derives the bit generator's seed.
 * Same pool, same words as `np.random.SeedSequence(entropy, spawn_key=...)`.
 */
export class SeedSequence {
  readonly entropy: Entropy;
  readonly spawnKey: readonly (number | bigint)[];
  readonly poolSize: number;
  nChildrenSpawned: number;
  /** The mixed entropy pool (`SeedSequence.pool`). */
  readonly pool: Uint32Array;

  /** `entropy` undefined draws fresh OS entropy (poolSize * 32 bits), like `SeedSequence(None)`. */
  constructor(entropy?: Entropy, options: SeedSequenceOptions = {}) {
    const poolSize = options.poolSize ?? DEFAULT_POOL_SIZE;
    if (!Number.isInteger(poolSize) || poolSize < DEFAULT_POOL_SIZE) fail(poolSizeTooSmall(poolSize), poolSizeHint());
    this.pool = allocated(poolSize, 4, () => new Uint32Array(poolSize));
    if (entropy === undefined) entropy = BigInt("0x" + randomBytes(poolSize * 4).toString("hex"));
    this.entropy = entropy;
    this.spawnKey = [...(options.spawnKey ?? [])];
    this.poolSize = poolSize;
    const spawned = options.nChildrenSpawned ?? 0;
    // NumPy keeps it in a uint32_t (OverflowError outside); NaN or a fraction would break spawn's keys.
    if (!isUint32(spawned)) fail(childrenSpawnedInvalid(spawned), childrenSpawnedHint());
    this.nChildrenSpawned = spawned;
    mixEntropy(this.pool, assembledEntropy(entropy, this.spawnKey, poolSize));
  }

  /**
   * `generate_state(n_words, dtype)`: `n` words of seed material, uint32
   * words as numbers, uint64 words (two uint32 words, low first) as bigints.
   */
  generateState(n: number, dtype?: "uint32"): Uint32Array;
  generateState(n: number, dtype: "uint64"): BigUint64Array;
  generateState(n: number, dtype: "uint32" | "uint64" = "uint32"): Uint32Array | BigUint64Array {
    if (!Number.isSafeInteger(n) || n < 0) fail(stateWordsInvalid(n), generateStateHint());
    if (dtype !== "uint32" && dtype !== "uint64") fail(stateDtypeInvalid(dtype), generateStateHint());
    const words = allocated(n, dtype === "uint64" ? 8 : 4, () => new Uint32Array(dtype === "uint64" ? 2 * n : n));
    let hashConst = INIT_B;
    for (const i of words.keys()) {
      let value = this.pool[i % this.poolSize]! ^ hashConst;
      hashConst = Math.imul(hashConst, MULT_B) >>> 0;
      value = Math.imul(value, hashConst) >>> 0;
      words[i] = (value ^ (value >>> XSHIFT)) >>> 0;
    }
    if (dtype === "uint32") return words;
    const out = allocated(n, 8, () => new BigUint64Array(n));
    for (let i = 0; i < n; i++) out[i] = (BigInt(words[2 * i + 1]!) << 32n) | BigInt(words[2 * i]!);
    return out;
  }

  /** `spawn(n_children)`: independent children keyed by (spawnKey..., i). */
  spawn(n: number): SeedSequence[] {
    if (!Number.isSafeInteger(n) || n < 0) fail(spawnCountInvalid(n), spawnCountHint());
    if (!isUint32(this.nChildrenSpawned + n)) fail(childrenSpawnedInvalid(this.nChildrenSpawned + n), childrenSpawnedHint());
    const children: SeedSequence[] = [];
    for (let i = this.nChildrenSpawned; i < this.nChildrenSpawned + n; i++) {
      children.push(new SeedSequence(this.entropy, { spawnKey: [...this.spawnKey, i], poolSize: this.poolSize }));
    }
    this.nChildrenSpawned += n;
    return children;
  }
}

const isUint32 = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 0xffffffff;

/** `hashmix`: the hash constant advances on every call, hence the closure. */
function hasher(init: number): (value: number) => number {
  let hashConst = init;
  return (value) => {
    value = (value ^ hashConst) >>> 0;
    hashConst = Math.imul(hashConst, MULT_A) >>> 0;
    value = Math.imul(value, hashConst) >>> 0;
    return (value ^ (value >>> XSHIFT)) >>> 0;
  };
}

/** `mix(x, y)`. */
function mix(x: number, y: number): number {
  const result = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
  return (result ^ (result >>> XSHIFT)) >>> 0;
}

/**
 * `get_assembled_entropy`: run entropy zero-padded to the pool size, then the
 * spawn key. NumPy pads only when a spawn key follows, but `mix_entropy`
 * reads missing words as 0, so padding always gives the same pool.
 */
function assembledEntropy(entropy: Entropy, spawnKey: readonly (number | bigint)[], poolSize: number): number[] {
  const run = uint32Words(entropy);
  while (run.length < poolSize) run.push(0);
  return run.concat(uint32Words(spawnKey));
}

/** `mix_entropy` (entropy at least pool-sized): fill the pool, cross-mix every word into every other, then fold in the surplus words. */
function mixEntropy(pool: Uint32Array, entropy: number[]): void {
  const hashmix = hasher(INIT_A);
  for (let i = 0; i < pool.length; i++) pool[i] = hashmix(entropy[i]!);
  for (let src = 0; src < pool.length; src++) {
    for (let dst = 0; dst < pool.length; dst++) {
      if (src !== dst) pool[dst] = mix(pool[dst]!, hashmix(pool[src]!));
    }
  }
  for (let src = pool.length; src < entropy.length; src++) {
    for (let dst = 0; dst < pool.length; dst++) pool[dst] = mix(pool[dst]!, hashmix(entropy[src]!));
  }
}
