import { describe, expect, it } from "vitest";
import { expExceeds } from "../../src/random/expExceeds.js";
import { correctlyRoundedExp } from "../../src/random/correctlyRoundedExp.js";
import { f64, fixture } from "./fixtures.js";

const libm = fixture("libm.json");
const next = (d: number, dir: 1 | -1): number => {
  const v = new Float64Array([d]);
  const b = new BigInt64Array(v.buffer);
  b[0]! += BigInt(dir);
  return v[0]!;
};

describe("expExceeds(y, x)", () => {
  const xs = f64(libm.exp_x).subarray(0, 4000);
  const glibc = f64(libm.exp).subarray(0, 4000);

  it("decides y < exp(x) as glibc's exp does, for y far from and next to exp(x)", () => {
    let misroundedByGlibc = 0;
    for (let i = 0; i < xs.length; i++) {
      const x = -0.5 * xs[i]! * xs[i]!;
      const e = glibc[i]!;
      for (const y of [e * 0.999, e * 1.001]) expect(expExceeds(y, x)).toBe(y < e);
      // Next to exp(x) a decision can differ only where glibc's exp is not correctly rounded (it is within ~0.51 ulp).
      const agree = [next(e, -1), e, next(e, 1)].every((y) => expExceeds(y, x) === y < e);
      if (!agree) {
        expect(correctlyRoundedExp(x)).not.toBe(e);
        misroundedByGlibc++;
      }
    }
    expect(misroundedByGlibc).toBeLessThan(xs.length / 100);
  });

  it("correctlyRoundedExp matches Math.exp within one ulp and exactly at 0, 1", () => {
    expect(correctlyRoundedExp(0)).toBe(1);
    expect(correctlyRoundedExp(1)).toBe(Math.E);
    for (const x of [-700, -20, -1e-9, 1e-9, 3, 700]) expect(Math.abs(correctlyRoundedExp(x) / Math.exp(x) - 1)).toBeLessThan(3e-16);
  });
});
