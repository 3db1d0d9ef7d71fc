/** The CSV files of out/data/: every sample, and one summary table per scale. */
import type { Params } from "../params/types.js";
import { cellIds } from "../simulate/cells.js";
import { cellKey, type Samples } from "../simulate/types.js";
import type { Results } from "./types.js";

/** RFC 4180 quoting, only when needed (names may contain `+`, never in practice `,`). */
const field = (s: string): string => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/**
 * `scale,method,condition,benchmark,index,score`, as UTF-8 bytes; scores as
 * shortest round-trip decimals, so they read back bit-exact. Each cell's 500
 * lines are built as one string and encoded straight into one growing
 * buffer: one 4 MB string of 90,000 lines cost ~2x as much, mostly in
 * garbage collection of the surviving pieces and in encoding it to write.
 */
export function samplesCsv(params: Params, samples: Samples): Uint8Array {
  // ~40 bytes a line for the paper's names; the buffer grows if that was short.
  const out = new Utf8Buffer(64 + 48 * params.samplesPerCell * cellIds(params).length);
  out.write("scale,method,condition,benchmark,index,score\n");
  for (const c of cellIds(params)) {
    const x = samples.get(cellKey(c)) as Float64Array;
    const prefix = `${field(c.scale)},${field(c.method)},${field(c.condition)},${field(c.benchmark)},`;
    let chunk = "";
    for (let i = 0; i < x.length; i++) chunk += `${prefix}${i},${String(x[i])}\n`;
    out.write(chunk);
  }
  return out.bytes();
}

/** Strings appended as UTF-8 into one buffer, doubled when full. */
class Utf8Buffer {
  private buf: Uint8Array;
  private at = 0;
  private readonly encoder = new TextEncoder();

  constructor(capacity: number) {
    this.buf = new Uint8Array(capacity);
  }

  write(s: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.at + 3 * s.length > this.buf.length) {
      const grown = new Uint8Array(Math.max(2 * this.buf.length, this.at + 3 * s.length));
      grown.set(this.buf.subarray(0, this.at));
      this.buf = grown;
    }
    this.at += this.encoder.encodeInto(s, this.buf.subarray(this.at)).written;
  }

  bytes(): Uint8Array {
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
export function summaryCsv(results: Results, scale: string): string {
  const lines = [["method", ...SUMMARY_COLUMNS].join(",")];
  for (const m of results.sizes.methods) lines.push([field(m), ...SUMMARY_COLUMNS.map((c) => String(results.numbers[`summary.${scale}.${m}.${c}`]))].join(","));
  return `${lines.join("\n")}\n`;
}
