/**
 * ACM reference style as the paper prints it:
 *   Authors. Year. Title. *Journal* Volume (Year), pages.
 *   Authors. Year. Title. In *Booktitle*. pages.
 * "and others" becomes "et al."; 2 authors "A and B"; 3+ "A, B, and C".
 */
import type { BibEntry } from "./parseBibtex.js";
import { escapeHtml } from "../../text/escapeHtml.js";


/** "Bai, Yuntao" -> "Yuntao Bai"; "OpenAI" stays. */
function displayName(n: string): string {
  const [last, first] = n.split(",").map((s) => s.trim());
  return first ? `${first} ${last}` : last!;
}

export function authorList(field: string): string {
  const parts = field.split(/\s+and\s+/).map((s) => s.trim());
  const others = parts[parts.length - 1] === "others";
  const names = (others ? parts.slice(0, -1) : parts).map(displayName);
  if (others) return names.length === 1 ? `${names[0]} et al.` : `${names.join(", ")}, et al.`;
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names.slice(0, -1).join(", ")}, and ${names[names.length - 1]}`;
}

/** Sort key: first author's family name, then year, then title (the paper's alphabetical order). */
export function sortKey(e: BibEntry): string {
  const first = (e.fields.author ?? e.key).split(/\s+and\s+/)[0]!;
  const family = first.includes(",") ? first.split(",")[0]! : first.split(" ").pop()!;
  return `${family.toLowerCase()}\u0000${e.fields.year ?? ""}\u0000${(e.fields.title ?? "").toLowerCase()}`;
}

export function formatReference(e: BibEntry): string {
  const f = e.fields;
  const authors = f.author ? authorList(f.author) : "";
  const year = f.year ?? "";
  const title = f.title ?? "";
  // "et al." already ends with a period: do not double it.
  const dot = (x: string): string => (x.endsWith(".") ? x : x + ".");
  const head = `${dot(escapeHtml(authors))} ${escapeHtml(year)}. ${dot(escapeHtml(title))}`;
  const end = (s: string): string => (s.endsWith(".") ? s : s + ".");
  if (e.type === "inproceedings") {
    return end(`${head} In <em>${escapeHtml(f.booktitle ?? "")}</em>.${f.pages ? " " + escapeHtml(f.pages) : ""}`);
  }
  const venue = f.journal ?? f.howpublished ?? f.institution ?? "";
  let tail = venue ? ` <em>${escapeHtml(venue)}</em>` : "";
  if (f.volume) tail += ` ${escapeHtml(f.volume)}`;
  if (year) tail += ` (${escapeHtml(year)})`;
  if (f.pages) tail += `, ${escapeHtml(f.pages)}`;
  return end(`${head}${tail}`);
}
