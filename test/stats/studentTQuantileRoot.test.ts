import { describe, expect, it } from "vitest";
import { studentTLogSf, studentTQuantile } from "../../src/stats/index.js";

const view = new DataView(new ArrayBuffer(8));
const bitsOf = (x: number): bigint => {
  view.setFloat64(0, x);
  return view.getBigInt64(0);
};
const fromBits = (b: bigint): number => {
  view.setBigInt64(0, b);
  return view.getFloat64(0);
};

/** The largest double t >= 0 with log P(T > t) >= logQ (studentTLogSf's own crossing), by bisection on the doubles. */
function crossing(logQ: number, df: number): number {
  let lo = 0n;
  let hi = bitsOf(Number.MAX_VALUE);
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (studentTLogSf(fromBits(mid), df) >= logQ) lo = mid;
    else hi = mid;
  }
  return fromBits(lo);
}

const DFS = [0.5, 1, 2, 3.5, 10, 30, 100, 999, 1e4, 1e6, 1e9, Infinity];
const PS = [1e-300, 1e-20, 1e-5, 0.0005, 0.001, 0.0011, 0.01, 0.1, 0.3, 0.4999, 0.7, 0.9, 0.975, 0.999, 0.9995];
// Where log sf is so flat in t (near p = 1/2, or far in a heavy tail) that the Newton
// stop at 1e-15 relative leaves the answer up to 3.5e4 doubles from the crossing.
const FLAT = new Set([
  "1e-20 0.5", "0.00001 0.5", "0.0011 0.5", "0.4999 0.5", "0.999 0.5", "0.9995 0.5",
  "1e-300 1", "0.00001 1", "0.4999 1", "1e-300 2", "1e-20 2", "0.4999 2", "1e-300 3.5", "0.4999 3.5",
  "1e-300 30", "0.4999 30", "0.4999 100", "0.4999 999", "0.9 999", "0.4999 1000000", "0.4999 Infinity",
]);

describe("studentTQuantile(p, df) against the crossing of studentTLogSf", () => {
  it("is within 8 doubles of the largest t with log sf(t) >= log(min(p, 1 - p)), except where log sf is flat (within 4e4 there)", () => {
    for (const df of DFS) {
      for (const p of PS) {
        const logQ = p < 0.5 ? Math.log(p) : Math.log1p(-p);
        const t = studentTQuantile(p, df);
        expect(Math.sign(t), `p=${p} df=${df}`).toBe(p < 0.5 ? -1 : 1);
        const apart = Number(bitsOf(Math.abs(t)) - bitsOf(crossing(logQ, df)));
        const limit = FLAT.has(`${p} ${df}`) ? 40000 : 8;
        expect(Math.abs(apart), `p=${p} df=${df}`).toBeLessThanOrEqual(limit);
      }
    }
  });
});

describe("studentTQuantile(p, df) at p = 0 and 1 for the normal (df = Infinity)", () => {
  it("is -Infinity and Infinity, not the largest t whose doubling still has sf > 0", () => {
    expect(studentTQuantile(0, Infinity)).toBe(-Infinity);
    expect(studentTQuantile(1, Infinity)).toBe(Infinity);
  });
});
