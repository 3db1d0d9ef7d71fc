/**
 * Helper-thread entry of threadedFill.ts: waits on the control block for a
 * job, fills `count` integers from the state it is given with the wasm
 * kernel into the shared data buffer, STRIDE values at a time, each followed
 * by a PROGRESS update (the end state is written before the last), then
 * signals DONE. New data buffers arrive on `port`, read synchronously before each
 * job (the thread never returns to its event loop).
 */
import { receiveMessageOnPort, workerData, type MessagePort } from "node:worker_threads";
import { ARRAY, COUNT, DONE, LOW_BYTE, PROGRESS, READY, REQUEST, RNG, STATE_IN, STATE_OUT, STRIDE, viewOf } from "./fillChannel.js";
import { readLimbs, writeLimbs } from "./limbs.js";
import { PCG64 } from "./pcg64.js";
import { wasmKernel } from "./wasmKernel.js";

const { control, port } = workerData as { control: SharedArrayBuffer; port: MessagePort };
const ctl = new Int32Array(control);
const low = new Float64Array(control, LOW_BYTE, 1);

const kernel = wasmKernel(false);
Atomics.store(ctl, READY, kernel ? 1 : -1);
Atomics.notify(ctl, READY);

if (kernel) {
  const bg = new PCG64(0);
  let data: SharedArrayBuffer | undefined;
  let seen = 0;
  for (;;) {
    Atomics.wait(ctl, REQUEST, seen);
    seen = Atomics.load(ctl, REQUEST);
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) data = m.message as SharedArrayBuffer;
    try {
      readLimbs(bg, ctl, STATE_IN);
      const count = ctl[COUNT]!;
      const out = viewOf(ctl[ARRAY]!, data as SharedArrayBuffer, count);
      for (let at = 0; at < count; at += STRIDE) {
        const end = Math.min(count, at + STRIDE);
        kernel.fillBounded32(bg, ctl[RNG]! >>> 0, low[0]!, out.subarray(at, end));
        if (end === count) writeLimbs(bg, ctl, STATE_OUT); // before the last PROGRESS: the asker reads it then
        Atomics.store(ctl, PROGRESS, end);
        Atomics.notify(ctl, PROGRESS);
      }
    } catch {
      Atomics.store(ctl, PROGRESS, -1);
      Atomics.notify(ctl, PROGRESS);
    }
    Atomics.store(ctl, DONE, seen);
    Atomics.notify(ctl, DONE);
  }
}
