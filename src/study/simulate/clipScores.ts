/**
 * Scores are proportions: clips x in place to [0, 1] like np.clip(x, 0, 1)
 * (= minimum(maximum(x, 0), 1)); -0 and NaN are left as they are.
 *
 * A function of its own so that V8 optimises only this small loop: inside
 * simulateCell it would make the whole cell function (the stream, the
 * generator, the normal fill, all inlined) hot, and compiling that takes a
 * background thread's CPU from the bootstrap (see --trace-opt).
 */
export function clipScores(x: Float64Array): Float64Array {
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    x[i] = v < 0 ? 0 : v > 1 ? 1 : v;
  }
  return x;
}
