/**
 * The shared control block between a thread that asks for an `integers`
 * fill and the helper thread that runs it (threadedFill.ts, fillWorker.ts):
 * one Int32Array over a SharedArrayBuffer, slots named below, plus the
 * float `low` at LOW_BYTE. Requests and replies are sequence numbers waited
 * on with Atomics.wait, so neither side needs its event loop.
 */
import { LIMB_WORDS } from "./limbs.js";

/** Slot indexes of the Int32Array. */
export const REQUEST = 0; // bumped by the asking thread for each job
export const DONE = 1; // set to the job's REQUEST value by the helper when the job is finished
export const READY = 2; // 1 once the helper has its kernel; -1 if it could not start
export const COUNT = 3;
export const ARRAY = 4; // arrayKind(): 0 Int32Array, 1 Uint32Array, 2 Float64Array
export const RNG = 5; // rng as int32 bits (read back with >>> 0)
export const PROGRESS = 6; // values of the job written to the data buffer so far; -1 if the job failed
export const STATE_IN = PROGRESS + 1;
export const STATE_OUT = STATE_IN + LIMB_WORDS;
const SLOTS = STATE_OUT + LIMB_WORDS;
export const LOW_BYTE = Math.ceil((SLOTS * 4) / 8) * 8;
export const CONTROL_BYTES = LOW_BYTE + 8;

export type FillArray = Int32Array | Uint32Array | Float64Array;

export function arrayKind(a: FillArray): number {
  return a instanceof Int32Array ? 0 : a instanceof Uint32Array ? 1 : 2;
}

/** The helper reports progress every this many values, so the asking thread can copy while it works. */
export const STRIDE = 1 << 16;

/** A view of `count` values of kind `kind` over `data`. */
export function viewOf(kind: number, data: SharedArrayBuffer, count: number): FillArray {
  return kind === 0 ? new Int32Array(data, 0, count) : kind === 1 ? new Uint32Array(data, 0, count) : new Float64Array(data, 0, count);
}
