/** The wasm kernel's wedge test (src/random/assembly/randomKernel.ts), against glibc's exp from the libm fixture. */
import { describe, expect, it } from "vitest";
import { f64, fixture } from "./fixtures.js";

const libm = fixture("libm.json");

describe("the wasm kernel's wedge test (randomKernel.ts wedgeDecision)", () => {
  it("decides y < exp(arg) as glibc's exp does, or declines (-1) when y is too close, at and around glibc's values", async () => {
    const { readFileSync } = await import("node:fs");
    const { execFileSync } = await import("node:child_process");
    execFileSync(process.execPath, ["scripts/dist.js"], { stdio: "inherit" });
    const bytes = readFileSync("dist/wasm/randomKernel.wasm");
    // The project's TypeScript library has no WebAssembly typings (as in src/random/wasmKernel.ts).
    type Api = { Module: new (b: Uint8Array) => object; Instance: new (m: object, i: object) => { exports: unknown } };
    const wasm = (globalThis as unknown as { WebAssembly: Api }).WebAssembly;
    const { wedgeDecision } = new wasm.Instance(new wasm.Module(bytes), {}).exports as { wedgeDecision: (y: number, arg: number) => number };
    const xs = f64(libm.exp_x);
    const glibc = f64(libm.exp);
    const bits = new Float64Array(1);
    const word = new BigInt64Array(bits.buffer);
    const step = (v: number, k: number): number => ((bits[0] = v), (word[0] = word[0]! + BigInt(k)), bits[0]!);
    let wrong = 0;
    let declined = 0;
    let decided = 0;
    for (let i = 0; i < xs.length; i++) {
      const arg = -0.5 * xs[i]! * xs[i]!;
      for (const k of [-64, -8, -3, -2, -1, 0, 1, 2, 3, 8, 64]) {
        const y = step(glibc[i]!, k);
        const d = wedgeDecision(y, arg);
        if (d < 0) declined++;
        else {
          decided++;
          if ((d === 1) !== y < glibc[i]!) wrong++;
        }
      }
    }
    expect(wrong).toBe(0);
    // Far from the boundary it decides; next to it, it declines.
    expect(decided).toBeGreaterThan(2 * xs.length); // at least the 64-ulp neighbours
    expect(declined).toBeGreaterThan(xs.length);
  });
});
