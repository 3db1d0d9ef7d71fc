/** The CSV files of out/data/: every sample, and one summary table per scale. */
import type { Params } from "../params/types.js";
import { cellIds } from "../simulate/cells.js";
import { cellKey, type CellId, type Samples } from "../simulate/types.js";
import type { StudyResultsFile } from "./types.js";

/** RFC 4180 quoting, only when needed (names may contain `+`, never in practice `,`). */
const field = (s: string): string => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

const HEADER = "scale,method,condition,benchmark,index,score\n";

/**
 * `scale,method,condition,benchmark,index,score`, as UTF-8 bytes; scores as
 * shortest round-trip decimals (String(x)), so they read back bit-exact.
 * Written byte by byte into one buffer: each cell's prefix is encoded once,
 * the index and String(score) (ASCII) copied in directly. Joining the lines
 * as one string and encoding it makes `compute` 4-5% slower (docs/speed.md).
 */
export function samplesCsv(params: Params, samples: Samples): Uint8Array {
  const encoder = new TextEncoder();
  const out = new ByteBuffer(64 + 48 * params.samplesPerCell * cellIds(params).length);
  out.bytes(encoder.encode(HEADER));
  for (const c of cellIds(params)) {
    const x = samples.get(cellKey(c)) as Float64Array;
    const prefix = encoder.encode(prefixOf(c));
    for (let i = 0; i < x.length; i++) out.line(prefix, i, String(x[i]));
  }
  return out.written();
}

const prefixOf = (c: CellId): string => `${field(c.scale)},${field(c.method)},${field(c.condition)},${field(c.benchmark)},`;

/** Bytes appended into one buffer, doubled when full. */
class ByteBuffer {
  private buf: Uint8Array;
  private at = 0;

  constructor(capacity: number) {
    this.buf = new Uint8Array(capacity);
  }

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(2 * this.buf.length, this.at + n));
    grown.set(this.buf.subarray(0, this.at));
    this.buf = grown;
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.at);
    this.at += b.length;
  }

  /** prefix, then `index,score` and a newline; the score's String() is ASCII (digits, '.', 'e', '+', '-'). */
  line(prefix: Uint8Array, index: number, score: string): void {
    this.room(prefix.length + 12 + score.length);
    const buf = this.buf;
    let at = this.at;
    for (let k = 0; k < prefix.length; k++) buf[at++] = prefix[k] as number;
    // The index's decimal digits, most significant first.
    let digits = 1;
    for (let v = index; v >= 10; v = Math.floor(v / 10)) digits++;
    for (let k = digits - 1, v = index; k >= 0; k--, v = Math.floor(v / 10)) buf[at + k] = 48 + (v % 10);
    at += digits;
    buf[at++] = 44; // ","
    for (let k = 0; k < score.length; k++) buf[at++] = score.charCodeAt(k);
    buf[at++] = 10; // "\n"
    this.at = at;
  }

  written(): Uint8Array {
    return this.buf.subarray(0, this.at);
  }
}

export const SUMMARY_COLUMNS = [
  "apSafety",
  "noapSafety",
  "safetyGap",
  "safetyGap.ciLow",
  "safetyGap.ciHigh",
  "apCap",
  "noapCap",
  "tax",
  "tax.ciLow",
  "tax.ciHigh",
  "retention",
  "retention.ciLow",
  "retention.ciHigh",
  "delta",
  "delta.ciLow",
  "delta.ciHigh",
] as const;

/** One row per method: the `summary.<scale>.<method>.*` numbers. */
export function summaryCsv(results: StudyResultsFile, scale: string): string {
  const lines = [["method", ...SUMMARY_COLUMNS].join(",")];
  for (const m of results.sizes.methods) lines.push([field(m), ...SUMMARY_COLUMNS.map((c) => String(results.numbers[`summary.${scale}.${m}.${c}`]))].join(","));
  return `${lines.join("\n")}\n`;
}
