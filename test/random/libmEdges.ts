// Readers for test/fixtures/random/libm_edges.json (scripts/fixtures/random_libm_edges.py).
import { fixture } from "./fixtures.js";

const view = new DataView(new ArrayBuffer(8));

/** 16 hex digits of IEEE bits -> the double (keeps -0 and every last bit). */
export function fromBits(hex: string): number {
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

/** The double's IEEE bits as 16 hex digits, for failure messages that show the last bit. */
export function toBits(x: number): string {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}

export interface LibmEdges {
  log1p: { x: string; y: string; why: string }[];
  fma: { a: string; b: string; c: string; y: string }[];
  roundToDouble: { m: string; e: number; y: string }[];
}

export const edges: LibmEdges = fixture("libm_edges.json");
