import { describe, expect, it } from "vitest";
import { glibcExp } from "../../src/random/glibcExp.js";
import { f64, fixture } from "./fixtures.js";

const libm = fixture("libm.json");

describe("glibcExp(x)", () => {
  it("equals glibc's exp (x86-64 FMA build) on 20,000 wedge arguments -z*z/2", () => {
    const xs = f64(libm.exp_x);
    const glibc = f64(libm.exp);
    let mismatches = 0;
    for (let i = 0; i < xs.length; i++) if (!Object.is(glibcExp(-0.5 * xs[i]! * xs[i]!), glibc[i])) mismatches++;
    expect(mismatches).toBe(0);
  });
  it("tiny, zero and out-of-range arguments", () => {
    expect(glibcExp(0)).toBe(1);
    expect(glibcExp(-1e-300)).toBe(1);
    expect(glibcExp(1)).toBe(Math.E);
    expect(glibcExp(-1000)).toBe(0);
    expect(glibcExp(NaN)).toBeNaN();
  });
});
