/** sizeCount (NumPy's size: a count or a shape) and kernelChoice (option, then SAFETY_GAP_KERNEL, then auto): exact values and messages. */
import { afterEach, describe, expect, it } from "vitest";
import { sizeCount } from "../../src/random/sizeCount.js";
import { kernelChoice } from "../../src/random/kernelChoice.js";
import { kernelHint, kernelInvalid, sizeHint, sizeInvalid, tooBig, tooBigHint } from "../../src/messages/random.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

const error = (run: () => unknown) => {
  const e = safetyGapErrorOf(run);
  return { message: e.message, hint: e.hint };
};

describe("sizeCount(size)", () => {
  it("a count is itself, a shape the product of its dimensions, [] one value", () => {
    expect(sizeCount(7)).toBe(7);
    expect(sizeCount(0)).toBe(0);
    expect(sizeCount([3, 4, 5])).toBe(60);
    expect(sizeCount([0, 2 ** 40])).toBe(0);
    expect(sizeCount([])).toBe(1);
    expect(sizeCount([2 ** 26, 2 ** 26])).toBe(2 ** 52);
  });
  it("refuses negative, fractional, NaN or non-number dimensions and non-array shapes, naming the size", () => {
    for (const size of [-1, 2.5, NaN, [2, -1], [1.5], ["3"], { length: 2 }, "4"] as unknown as number[]) {
      expect(error(() => sizeCount(size)), String(size)).toEqual({ message: sizeInvalid(size), hint: sizeHint() });
    }
  });
  it("refuses a whole but unsafe dimension or product as too big (count, 1 byte each)", () => {
    expect(error(() => sizeCount(2 ** 53))).toEqual({ message: tooBig(2 ** 53, 1), hint: tooBigHint() });
    expect(error(() => sizeCount([2 ** 30, 2 ** 30]))).toEqual({ message: tooBig(2 ** 60, 1), hint: tooBigHint() });
    expect(error(() => sizeCount([0, 2 ** 60]))).toEqual({ message: tooBig(0, 1), hint: tooBigHint() });
  });
});

describe("kernelChoice(option)", () => {
  const saved = process.env.SAFETY_GAP_KERNEL;
  afterEach(() => {
    if (saved === undefined) delete process.env.SAFETY_GAP_KERNEL;
    else process.env.SAFETY_GAP_KERNEL = saved;
  });
  it("the option first, then SAFETY_GAP_KERNEL, then auto; an empty variable counts as unset", () => {
    process.env.SAFETY_GAP_KERNEL = "ts";
    expect(kernelChoice("wasm")).toBe("wasm");
    expect(kernelChoice()).toBe("ts");
    process.env.SAFETY_GAP_KERNEL = "";
    expect(kernelChoice()).toBe("auto");
    delete process.env.SAFETY_GAP_KERNEL;
    expect(kernelChoice()).toBe("auto");
    expect(kernelChoice("auto")).toBe("auto");
  });
  it("refuses any other name, from the option or the variable", () => {
    expect(error(() => kernelChoice("gpu" as "ts"))).toEqual({ message: kernelInvalid("gpu"), hint: kernelHint() });
    process.env.SAFETY_GAP_KERNEL = "WASM";
    expect(error(() => kernelChoice())).toEqual({ message: kernelInvalid("WASM"), hint: kernelHint() });
  });
  it("auto where there is no process (a browser) or a process without env", () => {
    const real = Object.getOwnPropertyDescriptor(globalThis, "process")!;
    try {
      Object.defineProperty(globalThis, "process", { value: undefined, configurable: true, writable: true });
      const withoutProcess = kernelChoice();
      Object.defineProperty(globalThis, "process", { value: {}, configurable: true, writable: true });
      const withoutEnv = kernelChoice();
      Object.defineProperty(globalThis, "process", real);
      expect([withoutProcess, withoutEnv]).toEqual(["auto", "auto"]);
    } finally {
      Object.defineProperty(globalThis, "process", real);
    }
  });
});
