// Watch mode's stop: the first SIGINT/SIGTERM asks for a graceful stop, a second one exits at once.
import { describe, expect, it } from "vitest";
import { stopSignal } from "../../src/watch/stopSignal.js";

describe("stopSignal()", () => {
  it("resolves on the first signal, exits 130 on the second, and removes its listeners", async () => {
    const before = process.listenerCount("SIGINT");
    const exits: number[] = [];
    const stop = stopSignal((code) => exits.push(code));
    try {
      expect(process.listenerCount("SIGINT")).toBe(before + 1);
      process.emit("SIGTERM", "SIGTERM");
      expect(await stop.stopped).toBe("SIGTERM");
      expect(exits).toEqual([]);
      process.emit("SIGINT", "SIGINT");
      expect(exits).toEqual([130]);
    } finally {
      stop.dispose();
    }
    expect(process.listenerCount("SIGINT")).toBe(before);
  });
});
