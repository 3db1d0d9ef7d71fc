// Readers for the NumPy fixtures written by scripts/fixtures/random_parity.py.
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import type { PCG64State } from "../../src/random/index.js";

export interface FixtureState {
  state: string;
  inc: string;
  has_uint32: number;
  uinteger: number;
}

/** A fixture file of test/fixtures/random/ (or another area), parsed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function fixture(name: string, area = "random"): any {
  return JSON.parse(readFileSync(new URL(`../fixtures/${area}/${name}`, import.meta.url), "utf8"));
}

/** base64 little-endian float64 bytes -> Float64Array. */
export function f64(b64: string): Float64Array {
  const buf = Buffer.from(b64, "base64");
  return new Float64Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
}

/** The sha256 of an array's little-endian bytes (what the fixtures store for long streams). */
export function sha(a: ArrayBufferView): string {
  return createHash("sha256").update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength)).digest("hex");
}

/** Values of any integer array as int64 little-endian (NumPy's dtype), for hashing. */
export function asInt64(a: ArrayLike<number | bigint>): BigInt64Array {
  return BigInt64Array.from(Array.from(a, (v) => BigInt(v)));
}

/** A fixture state in the form of PCG64.state. */
export function pcgState(s: FixtureState): PCG64State {
  return { bitGenerator: "PCG64", state: { state: BigInt(s.state), inc: BigInt(s.inc) }, hasUint32: s.has_uint32, uinteger: s.uinteger };
}

/** Compare arrays value by value, reporting the first mismatch (index, got, want) instead of a huge diff. */
export function firstMismatch(got: ArrayLike<number | bigint>, want: ArrayLike<number | bigint>): string | undefined {
  if (got.length !== want.length) return `length ${got.length} != ${want.length}`;
  for (let i = 0; i < got.length; i++) {
    if (!Object.is(got[i], want[i])) return `index ${i}: got ${got[i]}, want ${want[i]}`;
  }
  return undefined;
}
