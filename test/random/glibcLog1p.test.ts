import { describe, expect, it } from "vitest";
import { defaultRng } from "../../src/random/index.js";
import { glibcLog1p } from "../../src/random/glibcLog1p.js";
import { fixture, sha } from "./fixtures.js";
import { edges, fromBits, toBits } from "./libmEdges.js";
import { tierOf } from "../../vitest.config.js";

const libm = fixture("libm.json");

/**
 * How many of the fixture's 1,000,000 inputs, in chunks of 10,000: under
 * mutation testing (scripts/mutation/run.js sets SAFETY_GAP_MUTATION) the
 * first chunk, since Stryker's instrumented BigInt fma takes minutes over all
 * of them, for every mutant; in `npm test`'s quick tier the first ten, since
 * the whole fixture costs seconds of BigInt arithmetic on each run; in the
 * full tier (`npm run test:all`, CI) every chunk and the whole file's hash.
 */
const underMutation = process.env.SAFETY_GAP_MUTATION === "1";
const chunks = underMutation ? 1 : tierOf(process.env) === "quick" ? 10 : libm.log1p_n / libm.log1p_chunk;
const checksAll = chunks * libm.log1p_chunk === libm.log1p_n;

describe("glibcLog1p(x)", () => {
  it(`equals glibc's log1p (x86-64 FMA build, what NumPy calls) on the first ${(chunks * libm.log1p_chunk).toLocaleString("en-US")} of the fixture's tail inputs -U`, () => {
    const out = defaultRng(libm.log1p_seed).random(chunks * libm.log1p_chunk).map((v) => glibcLog1p(-v));
    for (let k = 0; k < chunks; k++) {
      const chunk = out.subarray(k * libm.log1p_chunk, (k + 1) * libm.log1p_chunk);
      if (sha(chunk).slice(0, 12) !== libm.log1p_chunk_sha[k]) expect(`chunk ${k} differs`).toBe("");
    }
    if (checksAll) expect(sha(out)).toBe(libm.log1p_sha);
  });

  it("negative control: V8's Math.log1p disagrees with glibc on the same inputs", () => {
    const u = defaultRng(libm.log1p_seed).random(libm.log1p_n);
    expect(sha(u.map((v) => Math.log1p(-v)))).not.toBe(libm.log1p_sha);
  });

  // The fixture's prefix under mutation reaches only some branches; these inputs reach the rest
  // (each entry says which), with glibc's results from scripts/fixtures/random_libm_edges.py.
  it("equals glibc's log1p bit for bit at inputs that reach each branch", () => {
    for (const { x, y, why } of edges.log1p) {
      expect(`${why}: ${toBits(glibcLog1p(fromBits(x)))}`).toBe(`${why}: ${y}`);
    }
  });

  it("special values: -1, below -1, 0, -0, tiny, huge, NaN, Infinity", () => {
    expect(glibcLog1p(-1)).toBe(-Infinity);
    expect(glibcLog1p(-2)).toBeNaN();
    expect(Object.is(glibcLog1p(0), 0)).toBe(true);
    expect(Object.is(glibcLog1p(-0), -0)).toBe(true);
    expect(glibcLog1p(1e-300)).toBe(1e-300);
    expect(glibcLog1p(1e300)).toBeCloseTo(Math.log1p(1e300), 10);
    expect(glibcLog1p(NaN)).toBeNaN();
    expect(glibcLog1p(Infinity)).toBe(Infinity);
    for (const x of [1e-10, -1e-7, 0.3, -0.29, 0.5, 2, 1e6, 3e20]) expect(glibcLog1p(x)).toBeCloseTo(Math.log1p(x), 14);
  });
});
