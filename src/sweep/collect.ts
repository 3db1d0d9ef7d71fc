/**
 * What a sweep keeps while it runs: per number, a Float64Array of its value
 * in each seed (8 bytes × seeds × ~2,600 keys, 2 MB for 100 seeds), and per
 * claim one bit per seed. No seed's Results object outlives its turn, so
 * memory grows only by these arrays, never by whole results.
 *
 * Why the values and not only running sums: the q025/q975 of K values are
 * order statistics, which no fixed-size summary gives exactly; and a sharded
 * sweep merges from the values, so that mean and SD are computed by the same
 * operations, in the same (seed) order, as in one run (./aggregate.ts).
 */

export class Collector {
  readonly keys: string[] = [];
  private readonly series = new Map<string, Float64Array>();
  private readonly held: Uint8Array[];
  private count = 0;

  constructor(
    readonly seeds: readonly number[],
    readonly items: number,
  ) {
    this.held = Array.from({ length: items }, () => new Uint8Array(seeds.length));
  }

  /** Seeds must come in the order of `seeds`. */
  add(seed: number, values: Readonly<Record<string, number>>, holds: readonly boolean[]): void {
    const i = this.count;
    if (this.seeds[i] !== seed) throw new Error(`sweep: seed ${seed} arrived out of order (expected ${this.seeds[i]})`);
    const numbers = Object.entries(values).filter(([, v]) => Number.isFinite(v));
    if (i === 0) for (const [k] of numbers) this.keys.push(k);
    if (numbers.length !== this.keys.length) throw new Error(`sweep: seed ${seed} has ${numbers.length} finite numbers, seed ${this.seeds[0]} had ${this.keys.length}`);
    for (const [k, v] of numbers) {
      let s = this.series.get(k);
      if (!s) {
        if (i !== 0) throw new Error(`sweep: seed ${seed} has a number ${k} that seed ${this.seeds[0]} had not`);
        s = new Float64Array(this.seeds.length);
        this.series.set(k, s);
      }
      s[i] = v;
    }
    holds.forEach((h, j) => ((this.held[j] as Uint8Array)[i] = h ? 1 : 0));
    this.count++;
  }

  get done(): number {
    return this.count;
  }

  values(key: string): Float64Array {
    return this.series.get(key) as Float64Array;
  }

  holds(item: number): Uint8Array {
    return this.held[item] as Uint8Array;
  }
}
