/**
 * Makes Chromium's PDF reproducible. Skia stamps /CreationDate and /ModDate
 * with the wall clock; we rewrite both from SOURCE_DATE_EPOCH. The new
 * strings have exactly the old length, so every byte offset in the xref
 * table stays valid and no re-serialization is needed. A document /ID, if
 * present, is replaced by a hash of the rest of the file for the same reason.
 */
import { createHash } from "node:crypto";
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/pdf.js";

/** PDF date `D:YYYYMMDDHHmmSS+00'00'` of a Unix time in seconds, in UTC. */
export function pdfDate(epochSeconds: number): string {
  const d = new Date(epochSeconds * 1000);
  const p = (n: number, w = 2): string => String(n).padStart(w, "0");
  return `D:${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}+00'00'`;
}

export function normalizePdf(pdf: Uint8Array, sourceDateEpoch: number): Buffer {
  // latin1 maps bytes 1:1 to chars, so string offsets are byte offsets.
  let text = Buffer.from(pdf).toString("latin1");
  const date = pdfDate(sourceDateEpoch);
  for (const field of ["CreationDate", "ModDate"]) {
    text = text.replace(new RegExp(`/${field}\\s*\\(([^)]*)\\)`, "g"), (whole, old: string) => {
      if (old.length !== date.length) throw new SafetyGapError(msg.dateFieldChanged(`/${field} (${old})`), undefined, msg.dateFieldChangedHint());
      return whole.replace(old, date);
    });
  }
  const idPattern = /\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/g;
  if (idPattern.test(text)) {
    const digest = createHash("sha256").update(text.replace(idPattern, "")).digest("hex");
    text = text.replace(idPattern, (whole) => {
      let n = 0;
      // Both halves get the digest (rotated for the second), at their original lengths.
      return whole.replace(/<([0-9A-Fa-f]+)>/g, (_, hex: string) => `<${(n++ === 0 ? digest : digest.slice(8) + digest.slice(0, 8)).slice(0, hex.length).padEnd(hex.length, "0")}>`);
    });
  }
  return Buffer.from(text, "latin1");
}
