/**
 * threadedFill's helper (src/random/fillWorker.ts) run on this thread: its
 * module is imported with node:worker_threads mocked (workerData, the data
 * buffers waiting on the port) and Atomics.wait replaced by one that throws
 * where the helper would block for the next job, which ends the import
 * after one job. In vitest.config.ts's ISOLATED (it mocks modules).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defaultRng, PCG64 } from "../../src/random/index.js";
import { ARRAY, CONTROL_BYTES, COUNT, DONE, LOW_BYTE, PROGRESS, READY, REQUEST, RNG, STATE_IN, STATE_OUT, STRIDE } from "../../src/random/fillChannel.js";
import { LIMB_WORDS, readLimbs, writeLimbs } from "../../src/random/limbs.js";
import { firstMismatch } from "./fixtures.js";

const io = vi.hoisted(() => ({ workerData: undefined as unknown, messages: [] as { message: unknown }[], missing: false }));
vi.mock("node:worker_threads", () => ({
  get workerData() {
    return io.workerData;
  },
  receiveMessageOnPort: () => io.messages.shift(),
}));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  return { ...fs, existsSync: (p: string) => !(io.missing && String(p).endsWith("randomKernel.wasm")) && fs.existsSync(p) };
});

const WOULD_BLOCK = "the helper waits for its next job";

/** STATE_OUT as it stood at each PROGRESS store. */
let statesAtProgress: bigint[] = [];

beforeEach(() => {
  io.messages = [];
  io.missing = false;
  statesAtProgress = [];
  const wait = Atomics.wait.bind(Atomics);
  // Only waits on a control block: anything else (the test runner's own) is left alone.
  vi.spyOn(Atomics, "wait").mockImplementation((a, i, v, t) => {
    if (a.length * 4 === CONTROL_BYTES && Atomics.load(a, i) === v) throw new Error(WOULD_BLOCK);
    return wait(a, i, v, t);
  });
  const store = Atomics.store.bind(Atomics);
  vi.spyOn(Atomics, "store").mockImplementation(((a: Int32Array, i: number, v: number) => {
    if (i === PROGRESS && a.length * 4 === CONTROL_BYTES) statesAtProgress.push(stateAt(a, STATE_OUT));
    return store(a, i, v);
  }) as typeof Atomics.store);
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** The 128-bit state in the limbs at `at`. */
function stateAt(ctl: Int32Array, at: number): bigint {
  const bg = new PCG64(0);
  readLimbs(bg, ctl, at);
  return bg.state.state.state;
}

/** A control block holding one job (request number 5) and the helper run on it until it would wait for the next. */
async function runJob(job: { start: PCG64; count: number; kind: number; rng: number; low: number; buffers: SharedArrayBuffer[] }): Promise<Int32Array> {
  const control = new SharedArrayBuffer(CONTROL_BYTES);
  const ctl = new Int32Array(control);
  writeLimbs(job.start, ctl, STATE_IN);
  ctl[COUNT] = job.count;
  ctl[ARRAY] = job.kind;
  ctl[RNG] = job.rng | 0;
  new Float64Array(control, LOW_BYTE, 1)[0] = job.low;
  ctl[REQUEST] = 5;
  io.workerData = { control, port: {} };
  io.messages = job.buffers.map((message) => ({ message }));
  vi.resetModules();
  await expect(import("../../src/random/fillWorker.js")).rejects.toThrow(WOULD_BLOCK);
  return ctl;
}

const N = 2 * STRIDE + 1001;

describe("fillWorker: one job", () => {
  for (const [kind, low, high, type] of [[0, -9, 1_000_000, Int32Array], [1, 3, 2 ** 32 - 5, Uint32Array], [2, 2 ** 40, 2 ** 40 + 77, Float64Array]] as const) {
    it(`fills ${type.name} values from the state given, STRIDE at a time, the end state written before the last progress`, async () => {
      const g = defaultRng(31, { kernel: "ts" });
      g.integers(0, 3); // a buffered half-word crosses over too
      const start = new PCG64(0);
      start.state = g.bitGenerator.state;
      const data = new SharedArrayBuffer(N * type.BYTES_PER_ELEMENT);
      // An older, smaller buffer waits on the port before the current one: the last message wins.
      const ctl = await runJob({ start, count: N, kind, rng: high - low - 1, low, buffers: [new SharedArrayBuffer(8), data] });
      expect(ctl[READY]).toBe(1);
      const want = g.integers(low, high, N);
      expect(firstMismatch(new type(data as unknown as ArrayBuffer), want)).toBeUndefined();
      const end = new PCG64(0);
      readLimbs(end, ctl, STATE_OUT);
      expect(end.state).toEqual(g.bitGenerator.state);
      expect([ctl[PROGRESS], ctl[DONE]]).toEqual([N, 5]);
      // Progress after each stride; STATE_OUT untouched (zero) until the last.
      expect(statesAtProgress).toEqual([0n, 0n, g.bitGenerator.state.state.state]);
    });
  }

  it("a count of whole strides: one progress report per stride, none after the last", async () => {
    const g = defaultRng(32, { kernel: "ts" });
    const start = new PCG64(0);
    start.state = g.bitGenerator.state;
    const data = new SharedArrayBuffer(2 * STRIDE * 4);
    const ctl = await runJob({ start, count: 2 * STRIDE, kind: 0, rng: 99, low: 0, buffers: [data] });
    expect(firstMismatch(new Int32Array(data), g.integers(0, 100, 2 * STRIDE))).toBeUndefined();
    expect(statesAtProgress).toEqual([0n, g.bitGenerator.state.state.state]);
    expect([ctl[PROGRESS], ctl[DONE]]).toEqual([2 * STRIDE, 5]);
  });

  it("a job that fails (a data buffer too small for it) reports progress -1, and is still done", async () => {
    const ctl = await runJob({ start: new PCG64(1), count: 100, kind: 0, rng: 9, low: 0, buffers: [new SharedArrayBuffer(16)] });
    expect([ctl[READY], ctl[PROGRESS], ctl[DONE]]).toEqual([1, -1, 5]);
    expect(Array.from(ctl.subarray(STATE_OUT, STATE_OUT + LIMB_WORDS)).every((v) => v === 0)).toBe(true);
  });

  it("without the kernel, says so (READY -1) and takes no job", async () => {
    io.missing = true;
    const control = new SharedArrayBuffer(CONTROL_BYTES);
    const ctl = new Int32Array(control);
    ctl[REQUEST] = 5;
    io.workerData = { control, port: {} };
    vi.resetModules();
    await import("../../src/random/fillWorker.js");
    expect([ctl[READY], ctl[PROGRESS], ctl[DONE]]).toEqual([-1, 0, 0]);
  });
});
