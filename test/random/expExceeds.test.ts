import { describe, expect, it } from "vitest";
import { expExceeds } from "../../src/random/expExceeds.js";
import { f64, fixture } from "./fixtures.js";

const libm = fixture("libm.json");
const next = (d: number, dir: 1 | -1): number => {
  const v = new Float64Array([d]);
  const b = new BigInt64Array(v.buffer);
  b[0]! += BigInt(dir);
  return v[0]!;
};

describe("expExceeds(y, x)", () => {
  it("decides y < exp(x) exactly as glibc's exp does, for y far from and next to exp(x)", () => {
    const xs = f64(libm.exp_x).subarray(0, 3000);
    const glibc = f64(libm.exp);
    for (let i = 0; i < xs.length; i++) {
      const x = -0.5 * xs[i]! * xs[i]!;
      const e = glibc[i]!;
      for (const y of [e * 0.999, e * 1.001, next(e, -1), e, next(e, 1)]) {
        if (expExceeds(y, x) !== y < e) expect({ i, x, y, e }).toBe("decided as glibc");
      }
    }
  });
  it("negative control: deciding next to exp(x) with V8's Math.exp disagrees with glibc somewhere", () => {
    const xs = f64(libm.exp_x);
    const glibc = f64(libm.exp);
    let disagree = 0;
    for (let i = 0; i < xs.length; i++) {
      const e = glibc[i]!;
      const y = next(e, -1);
      if (y < Math.exp(-0.5 * xs[i]! * xs[i]!) !== y < e) disagree++;
    }
    expect(disagree).toBeGreaterThan(0);
  });
});
