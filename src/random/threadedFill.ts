/**
 * `integers` arrays on two threads with the same bits as one: the calling
 * thread fills the first half, a helper thread the second half from the
 * state the first half will end in, found ahead with `advance`.
 *
 * Why that is exact: with the half-word buffer empty, k draws (k even) with
 * no rejection use exactly k / 2 steps. The guess is checked afterwards: if
 * the first half ended in the state the helper started from (no rejection
 * happened), the helper's values and end state are the stream's own; if not
 * (a rejection used an extra word), the second half is refilled here from
 * the true state, so the result is still exact, only not faster. Ranges
 * whose rejection rate would make the guess fail often are not split.
 *
 * The helper is one worker thread per process (per thread), started on first
 * use and unref'd, so it never keeps a process alive. It waits on a shared
 * control block (fillChannel.ts) with Atomics.wait: a job costs no event
 * loop turn on either side, and the calling thread blocks while it waits,
 * as a synchronous `integers` must.
 */
import { MessageChannel, type MessagePort, type Worker } from "node:worker_threads";
import { ARRAY, COUNT, CONTROL_BYTES, DONE, LOW_BYTE, PROGRESS, READY, REQUEST, RNG, STATE_IN, STATE_OUT, arrayKind, viewOf, type FillArray } from "./fillChannel.js";
import { readLimbs, sameState, writeLimbs } from "./limbs.js";
import type { PCG64 } from "./pcg64.js";
import type { WasmKernel } from "./wasmKernel.js";
import { compiledWorkerFile } from "../compiledWorkerFile.js";
import { startWorker } from "../startWorker.js";

/** Below this many values one thread is as fast (the hand-over costs ~0.1 ms). */
export const THREADED_MIN_COUNT = 1 << 18;
/**
 * Split only when the first half's chance of a rejection (expected count,
 * an upper bound) is below this: a failed guess costs the second half again
 * on this thread, so on average a split is then still >= 1.6x faster.
 * (integers(0, 500) over 2,000,000 values: 0.07.)
 */
const MAX_REJECTION_CHANCE = 0.25;
/**
 * How long to wait for the helper (ms) before giving up on it: to start, and
 * for each progress report. A worker's error and exit events cannot arrive
 * while this thread blocks, so only a time limit ends a wait on a helper that
 * died; the values are then drawn here, the helper is not used again.
 */
const WAIT_LIMIT_MS = 10_000;

interface Helper {
  ctl: Int32Array;
  low: Float64Array;
  port: MessagePort;
  data: SharedArrayBuffer | undefined;
  /** Set by the worker's error/exit events (delivered between calls). */
  dead: boolean;
}

/** undefined: not started yet; null: cannot run here (no worker file, no kernel, start failed). */
let helper: Helper | null | undefined;

/**
 * Fills `out` with `integers(low, low + rng + 1)` draws on two threads if
 * that is possible and worthwhile, and returns true; returns false (nothing
 * drawn) when the caller should fill on one thread.
 */
export function threadedFill(kernel: WasmKernel, bg: PCG64, rng: number, low: number, out: FillArray): boolean {
  if (out.length < THREADED_MIN_COUNT) return false;
  // Lemire's rejection threshold (2**32 - (rng + 1)) % (rng + 1), which is 2**32 % (rng + 1) (0 for the full range).
  const threshold = 4294967296 % (rng + 1);
  if ((threshold / 4294967296) * (out.length / 2) > MAX_REJECTION_CHANCE) return false;
  const h = startedHelper();
  if (!h) return false;
  if (h.dead) {
    helper = null;
    return false;
  }

  // A buffered half-word is used by the next draw(s): take them here until the buffer is empty.
  let start = 0;
  while (bg.hasUint32 && start < out.length) kernel.fillBounded32(bg, rng, low, out.subarray(start, ++start));
  const rest = out.subarray(start);
  const n = rest.length;
  const k = 2 * Math.floor(n / 4);

  // The helper's start: where k rejection-free draws leave the stream.
  const ahead = bg.jumped(0).advance(k / 2);
  writeLimbs(ahead, h.ctl, STATE_IN);
  const bytes = (n - k) * out.BYTES_PER_ELEMENT;
  if (!h.data || h.data.byteLength < bytes) {
    h.data = new SharedArrayBuffer(bytes);
    h.port.postMessage(h.data);
  }
  h.ctl[COUNT] = n - k;
  h.ctl[ARRAY] = arrayKind(out);
  h.ctl[RNG] = rng | 0;
  h.low[0] = low;
  Atomics.store(h.ctl, PROGRESS, 0);
  const job = Atomics.add(h.ctl, REQUEST, 1) + 1;
  Atomics.notify(h.ctl, REQUEST);

  kernel.fillBounded32(bg, rng, low, rest.subarray(0, k));
  // k draws take k / 2 steps or more, exactly k / 2 when none was rejected, and then leave no half-word buffered.
  let ok = sameState(bg, ahead);
  // Copy the helper's values as they come (it is still drawing the last of them).
  const theirs = viewOf(arrayKind(out), h.data, n - k);
  for (let copied = 0; ok && copied < n - k; ) {
    const progress = Atomics.load(h.ctl, PROGRESS);
    if (progress < 0) ok = false;
    else if (progress !== copied) {
      rest.set(theirs.subarray(copied, progress), k + copied);
      copied = progress;
    } else if (Atomics.wait(h.ctl, PROGRESS, copied, WAIT_LIMIT_MS) === "timed-out") {
      ok = false;
      h.dead = true;
    }
  }
  // The channel is free (and STATE_OUT final) once the helper says DONE.
  while (!h.dead && Atomics.load(h.ctl, DONE) !== job) {
    if (Atomics.wait(h.ctl, DONE, Atomics.load(h.ctl, DONE), WAIT_LIMIT_MS) === "timed-out") h.dead = true;
  }
  if (ok && !h.dead) readLimbs(bg, h.ctl, STATE_OUT);
  else kernel.fillBounded32(bg, rng, low, rest.subarray(k));
  return true;
}

/** The helper, started (and waited for) on first use; null if it cannot run. */
function startedHelper(): Helper | null {
  if (helper !== undefined) return helper;
  helper = null;
  const url = workerUrl();
  if (!url) return null;
  const control = new SharedArrayBuffer(CONTROL_BYTES);
  const ctl = new Int32Array(control);
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = startWorker(url, { workerData: { control, port: port2 }, transferList: [port2] });
  } catch {
    return null;
  }
  worker.unref();
  port1.unref();
  Atomics.wait(ctl, READY, 0, WAIT_LIMIT_MS);
  if (Atomics.load(ctl, READY) !== 1) {
    // It is being dropped: its late error is of no interest. (terminate() then drops what the worker has not
    // delivered yet, its error among them, so no test sees the difference: the listener is a guard.)
    // Stryker disable next-line StringLiteral,ArrowFunction: equivalent, see above
    worker.on("error", () => {});
    void worker.terminate();
    return null;
  }
  const started: Helper = { ctl, low: new Float64Array(control, LOW_BYTE, 1), port: port1, data: undefined, dead: false };
  const died = (): void => void (started.dead = true);
  worker.on("error", died);
  worker.on("exit", died);
  helper = started;
  return helper;
}

/** The compiled helper entry: dist/bundle/fillWorker.js, else dist/random/fillWorker.js (see compiledWorkerFile). */
const workerUrl = (): URL | undefined => compiledWorkerFile(import.meta.url, "random", "fillWorker");
