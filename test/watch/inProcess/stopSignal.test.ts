/**
 * stopSignal() without a signal: the listeners it installs are called
 * directly (an emitted SIGINT would also reach a test runner's listeners).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { stopSignal } from "../../../src/watch/stopSignal.js";

/** The listeners of `signal` added since `before`. */
const added = (signal: "SIGINT" | "SIGTERM", before: readonly unknown[]): ((s: NodeJS.Signals) => void)[] =>
  process.listeners(signal).filter((l) => !before.includes(l)) as ((s: NodeJS.Signals) => void)[];

afterEach(() => {
  vi.restoreAllMocks();
});

describe("stopSignal", () => {
  it("installs one listener for SIGINT and SIGTERM, resolves with the first signal, exits 130 on the second", async () => {
    const beforeInt = process.listeners("SIGINT");
    const beforeTerm = process.listeners("SIGTERM");
    const exits: number[] = [];
    const stop = stopSignal((code) => exits.push(code));
    const [onInt] = added("SIGINT", beforeInt);
    expect(added("SIGINT", beforeInt).length).toBe(1);
    expect(added("SIGTERM", beforeTerm)).toEqual([onInt]);
    onInt!("SIGTERM");
    expect(await stop.stopped).toBe("SIGTERM");
    expect(exits).toEqual([]);
    onInt!("SIGINT");
    expect(exits).toEqual([130]);
    stop.dispose();
    expect(process.listeners("SIGINT")).toEqual(beforeInt);
    expect(process.listeners("SIGTERM")).toEqual(beforeTerm);
  });

  it("exits the process by default on a second signal", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    const before = process.listeners("SIGINT");
    const stop = stopSignal();
    const [onInt] = added("SIGINT", before);
    try {
      onInt!("SIGINT");
      expect(exit).not.toHaveBeenCalled();
      onInt!("SIGINT");
      expect(exit.mock.calls).toEqual([[130]]);
    } finally {
      stop.dispose();
    }
  });

  it("does not resolve before a signal", async () => {
    const stop = stopSignal(() => undefined);
    try {
      expect(await Promise.race([stop.stopped, Promise.resolve("pending")])).toBe("pending");
    } finally {
      stop.dispose();
    }
  });
});
