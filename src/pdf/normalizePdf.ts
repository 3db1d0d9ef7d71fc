/**
 * Makes Chromium's PDF reproducible. Skia stamps /CreationDate and /ModDate
 * with the wall clock; we rewrite both from SOURCE_DATE_EPOCH. The new
 * strings have exactly the old length, so every byte offset in the xref
 * table stays valid and no re-serialization is needed. A document /ID, if
 * present, is replaced by a hash of the rest of the file for the same reason.
 *
 * The tagged PDF's structure elements (table cells, which other cells name
 * as their headers) carry IDs made from the DOM nodes they come from,
 * `(node00000207)`: numbers a renderer process hands out in the order it is
 * asked, so a tab that showed other content before (PdfPrinter's kept tab)
 * gives the same page other IDs. They are renumbered by the structure
 * element each one names (its object number, which follows the page's
 * structure), at their own width, and the ID tree's leaves re-sorted, so the
 * same page gives the same bytes in any tab.
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
  text = renumberStructureIds(text);
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

/** One leaf of the ID tree: `/Limits [(first) (last)] /Names [(id) n 0 R ...]`. */
const ID_LEAF = /\/Limits \[\(node(\d+)\) \(node(\d+)\)\]\s*\/Names \[((?:\(node\d+\) \d+ 0 R ?)+)\]/g;
const LEAF_ENTRY = /\(node(\d+)\) (\d+) 0 R/g;

/**
 * The IDs renumbered by the object number of the element each names, and
 * every leaf of the ID tree rewritten in the new order (a name tree is
 * sorted). Every rewrite keeps its length, so no byte offset moves; a file
 * whose IDs do not all fit that (IDs of other widths, an ID the tree does not
 * name) is left as it is.
 */
function renumberStructureIds(text: string): string {
  const leaves = [...text.matchAll(ID_LEAF)];
  const entries = leaves.flatMap((leaf) => [...leaf[3]!.matchAll(LEAF_ENTRY)].map((e) => ({ id: e[1]!, object: Number(e[2]) })));
  if (entries.length === 0) return text;
  const width = entries[0]!.id.length;
  if (entries.some((e) => e.id.length !== width) || String(entries.length).length > width) return text;
  const sorted = [...entries].sort((a, b) => a.object - b.object);
  const renamed = new Map(sorted.map((e, i) => [e.id, String(i + 1).padStart(width, "0")]));
  if (renamed.size !== entries.length) return text;
  // Every ID anywhere (an element's own /ID, the /Headers that name it) must be one the tree names.
  for (const [, id] of text.matchAll(/\(node(\d+)\)/g)) if (!renamed.has(id!)) return text;
  // The leaves, in file order, keep their sizes and take the entries in the new order.
  let next = 0;
  const rewritten = new Map<number, string>();
  for (const leaf of leaves) {
    const count = [...leaf[3]!.matchAll(LEAF_ENTRY)].length;
    const mine = sorted.slice(next, next + count);
    next += count;
    const names = mine.map((e) => `(node${renamed.get(e.id)}) ${e.object} 0 R`).join(" ");
    const limits = `(node${renamed.get(mine[0]!.id)}) (node${renamed.get(mine[mine.length - 1]!.id)})`;
    const whole = leaf[0].replace(/\/Limits \[[^\]]*\]/, `/Limits [${limits}]`).replace(/\/Names \[[^\]]*\]/, `/Names [${names}]`);
    if (whole.length !== leaf[0].length) return text;
    rewritten.set(leaf.index, whole);
  }
  let out = "";
  let at = 0;
  for (const leaf of leaves) {
    out += text.slice(at, leaf.index).replace(/\(node(\d+)\)/g, (_, id: string) => `(node${renamed.get(id)})`);
    out += rewritten.get(leaf.index);
    at = leaf.index + leaf[0].length;
  }
  return out + text.slice(at).replace(/\(node(\d+)\)/g, (_, id: string) => `(node${renamed.get(id)})`);
}
