/**
 * threadedFill(kernel, bg, rng, low, out) called directly: when it splits
 * (true, one thread's bits) and when it declines (false, nothing drawn), and
 * its helper thread's life: started once, not at all without a compiled
 * worker file or when it cannot start, dropped when it reports no kernel,
 * dies or fails. Each test imports a fresh copy of the module (no helper
 * yet); startWorker and compiledWorkerFile are mocked to watch or replace
 * the worker, so the file is in vitest.config.ts's ISOLATED.
 */
import { MessagePort, Worker, type WorkerOptions } from "node:worker_threads";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defaultRng, type PCG64 } from "../../src/random/index.js";
import { wasmKernel, type WasmKernel } from "../../src/random/wasmKernel.js";
import { CONTROL_BYTES, DONE, PROGRESS } from "../../src/random/fillChannel.js";
import { firstMismatch } from "./fixtures.js";

type Mode = "real" | "throws" | "no kernel" | "fails later" | "silent" | "never done";
const io = vi.hoisted(() => ({ mode: "real" as string, noFile: false, workers: [] as Worker[], urlLookups: [] as string[][], starts: 0 }));

/** Worker bodies standing in for the helper (slots of fillChannel.ts): no kernel, then an error; or ready, one job failed, then an error. */
const FAKE: Record<string, string> = {
  "no kernel": "const c = new Int32Array(require('node:worker_threads').workerData.control); Atomics.store(c, 2, -1); Atomics.notify(c, 2); throw new Error('late');",
  "fails later": [
    "const c = new Int32Array(require('node:worker_threads').workerData.control);",
    "Atomics.store(c, 2, 1); Atomics.notify(c, 2);", // READY
    "Atomics.wait(c, 0, 0);", // a job (REQUEST)
    "Atomics.store(c, 6, -1); Atomics.notify(c, 6);", // PROGRESS: failed
    "Atomics.store(c, 1, Atomics.load(c, 0)); Atomics.notify(c, 1);", // DONE
    "throw new Error('helper failed');",
  ].join(" "),
  // Ready, then gone without a word.
  silent: "const c = new Int32Array(require('node:worker_threads').workerData.control); Atomics.store(c, 2, 1); Atomics.notify(c, 2);",
  // Ready; reports the whole job written (COUNT, slot 3) without writing it, and never says DONE.
  "never done": [
    "const c = new Int32Array(require('node:worker_threads').workerData.control);",
    "Atomics.store(c, 2, 1); Atomics.notify(c, 2); Atomics.wait(c, 0, 0);",
    "Atomics.store(c, 6, c[3]); Atomics.notify(c, 6);",
  ].join(" "),
};

vi.mock("../../src/startWorker.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/startWorker.js")>();
  return {
    startWorker: (url: URL, options: WorkerOptions): Worker => {
      io.starts++;
      if (io.mode === "throws") throw new Error("cannot start");
      const worker = io.mode === "real" ? real.startWorker(url, options) : new Worker(FAKE[io.mode]!, { ...options, eval: true });
      io.workers.push(worker);
      return worker;
    },
  };
});
vi.mock("../../src/compiledWorkerFile.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/compiledWorkerFile.js")>();
  return {
    ...real,
    compiledWorkerFile: (...args: Parameters<typeof real.compiledWorkerFile>) => {
      io.urlLookups.push(args.slice(1) as string[]);
      return io.noFile ? undefined : real.compiledWorkerFile(...args);
    },
  };
});

const kernel = wasmKernel(true) as WasmKernel;
type ThreadedFill = typeof import("../../src/random/threadedFill.js");

async function fresh(mode: Mode = "real"): Promise<ThreadedFill> {
  io.mode = mode;
  vi.resetModules();
  return import("../../src/random/threadedFill.js");
}

const exited = (w: Worker): Promise<void> => new Promise((resolve) => (w.threadId === -1 ? resolve() : w.once("exit", () => resolve())));

beforeEach(() => {
  io.noFile = false;
  io.workers = [];
  io.urlLookups = [];
  io.starts = 0;
});
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(io.workers.map(async (w) => {
    const gone = exited(w);
    await w.terminate();
    await gone;
  }));
});

/** A seeded PCG64 (TypeScript kernel) and its twin for the reference values. */
const pair = (seed: number): [PCG64, PCG64] => [defaultRng(seed, { kernel: "ts" }).bitGenerator, defaultRng(seed, { kernel: "ts" }).bitGenerator];

/**
 * threadedFill into a fresh array (Int32Array, or Float64Array for `low`
 * past 2**31): its answer, and whether values and end state are one
 * thread's (or nothing was drawn). `helped`: whether the helper's half is
 * used; if so this thread draws only the buffered half-word's values and
 * the first half (and the second half too when the first had a rejection),
 * else it also draws the second half itself.
 */
function run(m: ThreadedFill, seed: number, rng: number, n: number, options: { helped?: boolean; pre?: boolean; low?: number } = {}): boolean {
  const [bg, twin] = pair(seed);
  const low = options.low ?? 0;
  if (options.pre) for (const g of [bg, twin]) kernel.fillBounded32(g, 9, 0, new Int32Array(1));
  const before = bg.state;
  const out = low > 2 ** 31 ? new Float64Array(n) : new Int32Array(n);
  const calls: number[] = [];
  const watched: WasmKernel = { ...kernel, fillBounded32: (g, r, l, o) => void (calls.push(o.length), kernel.fillBounded32(g, r, l, o)) };
  const split = m.threadedFill(watched, bg, rng, low, out);
  if (split) {
    // What this thread draws: values one at a time while a half-word is buffered, then k, then maybe the rest.
    const singles: number[] = [];
    while (twin.hasUint32) {
      singles.push(1);
      kernel.fillBounded32(twin, rng, low, new Int32Array(1));
    }
    const rest = n - singles.length, k = 2 * Math.floor(rest / 4);
    const ahead = twin.jumped(0).advance(k / 2);
    const probe = twin.jumped(0);
    kernel.fillBounded32(probe, rng, low, new Float64Array(k));
    const guessHolds = probe.hasUint32 === 0 && probe.state.state.state === ahead.state.state.state;
    expect(calls).toEqual([...singles, k, ...(guessHolds && options.helped !== false ? [] : [rest - k])]);
    const want = out instanceof Float64Array ? new Float64Array(n) : new Int32Array(n);
    twin.state = pair(seed)[1].state;
    if (options.pre) kernel.fillBounded32(twin, 9, 0, new Int32Array(1));
    kernel.fillBounded32(twin, rng, low, want);
    expect(firstMismatch(out, want)).toBeUndefined();
    expect(bg.state).toEqual(twin.state);
  } else {
    expect(calls).toEqual([]);
    expect(out.every((v) => v === 0)).toBe(true);
    expect(bg.state).toEqual(before);
  }
  return split;
}

describe("threadedFill: when it splits", () => {
  it("from THREADED_MIN_COUNT values on, with the helper started once", async () => {
    const m = await fresh();
    const min = m.THREADED_MIN_COUNT;
    expect(min).toBe(2 ** 18);
    expect(run(m, 1, 999, min - 1)).toBe(false);
    expect(io.starts).toBe(0); // too small: no helper started
    expect(run(m, 2, 999, min)).toBe(true);
    expect(run(m, 3, 0xffffffff, min + 1)).toBe(true); // the full range: nothing rejected
    expect(io.starts).toBe(1);
  });

  it("while the first half's expected rejections are at most 0.25", async () => {
    const m = await fresh();
    const min = m.THREADED_MIN_COUNT;
    // rng + 1 = 524287 = 2**19 - 1 rejects 2**32 mod 524287 = 8192 words: 8192 / 2**32 * 2**17 = 0.25 exactly.
    expect(run(m, 4, 524_286, min)).toBe(true);
    expect(run(m, 5, 524_286, min + 2)).toBe(false);
    expect(run(m, 6, 2 ** 31, min)).toBe(false); // half of all words rejected
  });
});

describe("threadedFill: the helper's half", () => {
  it("is used, with a half-word buffered first, with a first half that rejects (this thread redraws), into a Float64Array", async () => {
    const m = await fresh();
    const min = m.THREADED_MIN_COUNT;
    expect(run(m, 20, 999, min + 1, { pre: true })).toBe(true);
    // integers(0, 10000): 7296 of 2**32 words rejected, about a 1 in 5 chance in a first half; some of these seeds do.
    for (let seed = 0; seed < 8; seed++) expect(run(m, seed, 9999, min + 3)).toBe(true);
    expect(run(m, 21, 999, min + 5, { low: 2 ** 40 })).toBe(true);
    // Seed 9's first half of integers(0, 524287) rejects twice: no half-word left over, yet the state is one step past the guess.
    expect(run(m, 9, 524_286, min)).toBe(true);
  });

  it("goes through one data buffer, replaced only when a job needs more", async () => {
    const posted = vi.spyOn(MessagePort.prototype, "postMessage");
    const m = await fresh();
    const min = m.THREADED_MIN_COUNT;
    const sizes = (): number[] => posted.mock.calls.flatMap(([data]) => (data instanceof SharedArrayBuffer ? [data.byteLength] : []));
    expect(run(m, 22, 999, min + 8)).toBe(true);
    expect(sizes()).toEqual([(min + 8) / 2 * 4]);
    expect(run(m, 23, 999, min + 8)).toBe(true);
    expect(run(m, 24, 999, min)).toBe(true);
    expect(sizes()).toEqual([(min + 8) / 2 * 4]);
    expect(run(m, 25, 999, min + 8, { low: 2 ** 40 })).toBe(true);
    expect(sizes()).toEqual([(min + 8) / 2 * 4, (min + 8) / 2 * 8]);
  });
});

describe("threadedFill: its helper", () => {
  it("none without a compiled worker file: declines, and looks once", async () => {
    io.noFile = true;
    const m = await fresh();
    expect(run(m, 7, 999, m.THREADED_MIN_COUNT)).toBe(false);
    expect(run(m, 8, 999, m.THREADED_MIN_COUNT)).toBe(false);
    expect(io.urlLookups).toEqual([["random", "fillWorker"]]); // dist/{bundle,random}/fillWorker.js
    expect(io.starts).toBe(0);
  });

  it("none when it cannot start: declines, and tries once", async () => {
    const m = await fresh("throws");
    expect(run(m, 9, 999, m.THREADED_MIN_COUNT)).toBe(false);
    expect(run(m, 10, 999, m.THREADED_MIN_COUNT)).toBe(false);
    expect(io.starts).toBe(1);
  });

  it("dropped when it reports no kernel (its later error ignored)", async () => {
    const m = await fresh("no kernel");
    expect(run(m, 11, 999, m.THREADED_MIN_COUNT)).toBe(false);
    await exited(io.workers[0]!);
    expect(run(m, 12, 999, m.THREADED_MIN_COUNT)).toBe(false);
    expect(io.starts).toBe(1);
  });

  it("dropped once it has exited: declines at once, and starts no other", async () => {
    const m = await fresh();
    expect(run(m, 13, 999, m.THREADED_MIN_COUNT)).toBe(true);
    const w = io.workers[0]!;
    const gone = exited(w);
    await w.terminate();
    await gone;
    const t0 = Date.now();
    expect(run(m, 14, 999, m.THREADED_MIN_COUNT)).toBe(false);
    expect(run(m, 15, 999, m.THREADED_MIN_COUNT)).toBe(false);
    expect(Date.now() - t0).toBeLessThan(5000); // not a wait for a dead helper's reply
    expect(io.starts).toBe(1);
  });

  it("dropped once it has failed (its error handled, not thrown here)", async () => {
    const m = await fresh("fails later");
    // The fake fails the job it gets (progress -1): this thread draws the second half itself, at once.
    const t0 = Date.now();
    expect(run(m, 16, 999, m.THREADED_MIN_COUNT, { helped: false })).toBe(true);
    expect(Date.now() - t0).toBeLessThan(5000); // not the wait limit
    await exited(io.workers[0]!);
    expect(run(m, 17, 999, m.THREADED_MIN_COUNT)).toBe(false);
    expect(io.starts).toBe(1);
  });

  describe("given up after the wait limit (Atomics.wait answering timed-out at once here)", () => {
    /** The slots this thread waits on; a wait on one of `timeOut` times out at once. */
    const waitsWithTimeouts = (timeOut: number[]): number[] => {
      const wait = Atomics.wait.bind(Atomics);
      const slots: number[] = [];
      vi.spyOn(Atomics, "wait").mockImplementation((a, i, v, t) => {
        if (a.length * 4 !== CONTROL_BYTES) return wait(a, i, v, t); // not a control block: the test runner's own
        slots.push(i);
        return timeOut.includes(i) ? "timed-out" : wait(a, i, v, t);
      });
      return slots;
    };

    it("no progress: this thread draws the second half, waits no more on it, and drops it", async () => {
      const m = await fresh("silent");
      const slots = waitsWithTimeouts([PROGRESS]);
      expect(run(m, 30, 999, m.THREADED_MIN_COUNT, { helped: false })).toBe(true);
      expect(slots.filter((i) => i === PROGRESS || i === DONE)).toEqual([PROGRESS]);
      expect(run(m, 31, 999, m.THREADED_MIN_COUNT)).toBe(false);
    });

    it("no DONE: its values and end state are not trusted; this thread draws the second half and drops it", async () => {
      const m = await fresh("never done");
      waitsWithTimeouts([DONE]);
      expect(run(m, 32, 999, m.THREADED_MIN_COUNT, { helped: false })).toBe(true);
      expect(run(m, 33, 999, m.THREADED_MIN_COUNT)).toBe(false);
    });
  });
});
