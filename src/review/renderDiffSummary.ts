/**
 * The pull-request comment as a summary that fits a size limit (GitHub
 * refuses a comment over 65,536 characters; a seed change moves thousands of
 * numbers). In order of what a reviewer needs:
 *
 *   1. the changed numbers the paper prints (provenance.json says which),
 *      significant ones first;
 *   2. the other significant changes;
 *   3. counts of the rest (changes within noise, added or removed keys,
 *      changed sentences), then as many of them as still fit, collapsed.
 *
 * Every list that is cut says how many rows it leaves out. The text is at
 * most `maxChars` characters (UTF-16 code units, which are never fewer than
 * the characters GitHub counts).
 */
import { isPrinted, type DiffEntry, type DiffReport, type SentenceChange } from "./diffResults.js";
import { formatNumber, formatSigned } from "./formatNumber.js";
import { verdictOf } from "./renderDiffText.js";
import * as msg from "../messages/review.js";

/** The smallest limit accepted: the header, the counts and the notes of a seed change fit in it. */
export const MIN_SUMMARY_CHARS = 2000;

/** A cell of a table or a sentence longer than this is cut: one row never takes the budget. */
const MAX_CELL = 300;
const MAX_SENTENCE = 1000;

const cut = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const cell = (s: string): string => cut(s.replace(/\|/g, "\\|").replace(/\n/g, " "), MAX_CELL);
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const TABLE_HEAD = ["| where | key | old | new | delta | ±SE | verdict |", "|---|---|--:|--:|--:|--:|---|"];

const row = (e: DiffEntry, sigmas: number): string =>
  `| ${cell(e.places.join(", "))} | \`${cell(e.key)}\` | ${formatNumber(e.old)} | ${formatNumber(e.new)} | ${formatSigned(e.delta)} | ${formatNumber(e.se)} | ${verdictOf(e, sigmas)} |`;

const sentence = (s: SentenceChange): string =>
  [
    `**${cell(s.where)}** (\`${cell(s.id)}\`, ${s.status})`,
    "```diff",
    ...(s.old !== undefined ? [`- ${cut(s.old.replace(/\n/g, " "), MAX_SENTENCE)}`] : []),
    ...(s.new !== undefined ? [`+ ${cut(s.new.replace(/\n/g, " "), MAX_SENTENCE)}`] : []),
    "```",
  ].join("\n");

/** A list of rows under a heading; `shown` of them fit. */
interface Section {
  title: (total: number) => string;
  open: boolean;
  head: string[];
  rows: string[];
  shown: number;
}

function renderSection(s: Section): string[] {
  if (s.rows.length === 0) return [];
  const left = s.rows.length - s.shown;
  const listed = s.shown > 0 ? [...s.head, ...s.rows.slice(0, s.shown)] : [];
  // The "N more" line: a paragraph of its own after listed rows, or the section's only line.
  const more = left > 0 ? [...(listed.length > 0 ? [""] : []), msg.summaryMore(left, s.shown === 0)] : [];
  const body = [...listed, ...more];
  if (s.open) return [`#### ${s.title(s.rows.length)}`, "", ...body, ""];
  return ["<details>", `<summary>${s.title(s.rows.length)}</summary>`, "", ...body, "", "</details>", ""];
}

export function renderDiffSummary(report: DiffReport, maxChars: number): string {
  const out = [`### safety-gap diff \`${cut(report.a, 200)}\` → \`${cut(report.b, 200)}\``, ""];
  const notes = report.meta.map((m) => `- ${cut(m.replace(/^(\w+):/, "`$1`:"), MAX_CELL)}`);
  if (report.identical) {
    out.push("✅ **Identical**: every number and rendered sentence is unchanged.");
    if (notes.length) out.push("", ...notes);
    return `${out.join("\n")}\n`;
  }
  const byKey = new Map(report.entries.map((e) => [e.key, e]));
  const ordered = report.groups.flatMap((g) => g.keys.map((k) => byKey.get(k) as DiffEntry));
  const changed = ordered.filter((e) => e.status === "changed");
  const printed = changed.filter((e) => isPrinted(e, report));
  const printedRows = [...printed.filter((e) => e.significant), ...printed.filter((e) => !e.significant)];
  const otherSignificant = changed.filter((e) => e.significant && !isPrinted(e, report));
  const noise = changed.filter((e) => !e.significant && !isPrinted(e, report));
  const addedRemoved = ordered.filter((e) => e.status !== "changed");
  const significantCount = changed.filter((e) => e.significant).length;

  out.push(
    `**${significantCount}** number${significantCount === 1 ? "" : "s"} changed beyond ${report.sigmas}σ Monte-Carlo noise, ` +
      `${changed.length - significantCount} within noise, ${addedRemoved.length} added or removed` +
      (report.sentences.length ? `, ${plural(report.sentences.length, "rendered sentence")} changed.` : "."),
    "",
  );
  if (notes.length) out.push(...notes, "");
  if (report.grouped !== "provenance") out.push(msg.summaryNoProvenance(), "");
  const counts = [
    ...(noise.length ? [`- ${plural(noise.length, "change")} within Monte-Carlo noise in numbers the paper does not print`] : []),
    ...(addedRemoved.length ? [`- ${plural(addedRemoved.length, "key")} added or removed`] : []),
    ...(report.sentences.length ? [`- ${plural(report.sentences.length, "rendered sentence")} changed`] : []),
  ];

  const sections: Section[] = [
    { title: (n) => `Numbers printed in the paper (${n} changed)`, open: true, head: TABLE_HEAD, rows: printedRows.map((e) => row(e, report.sigmas)), shown: 0 },
    { title: (n) => `Other significant changes (${n}, not printed in the paper)`, open: true, head: TABLE_HEAD, rows: otherSignificant.map((e) => row(e, report.sigmas)), shown: 0 },
    { title: (n) => plural(n, "changed sentence"), open: false, head: [], rows: report.sentences.map(sentence), shown: 0 },
    { title: (n) => `${plural(n, "change")} within Monte-Carlo noise`, open: false, head: TABLE_HEAD, rows: noise.map((e) => row(e, report.sigmas)), shown: 0 },
    { title: (n) => plural(n, "added or removed key"), open: false, head: TABLE_HEAD, rows: addedRemoved.map((e) => row(e, report.sigmas)), shown: 0 },
  ];
  const render = (): string => {
    const rest = counts.length ? ["#### The rest", "", ...counts, ""] : [];
    const [first, second, ...collapsed] = sections as [Section, Section, ...Section[]];
    return `${[...out, ...renderSection(first), ...renderSection(second), ...rest, ...collapsed.flatMap(renderSection)].join("\n").trimEnd()}\n`;
  };
  // Sections fill in order, as many rows each as fit; the length is measured on the rendered text, so
  // table heads and "and N more" lines count as they are. Below all rows the length grows with each
  // row, so the largest count that fits is found by bisection.
  for (const s of sections) {
    s.shown = s.rows.length;
    if (render().length <= maxChars) continue;
    let [fits, over] = [0, s.rows.length];
    while (over - fits > 1) {
      s.shown = (fits + over) >> 1;
      if (render().length <= maxChars) fits = s.shown;
      else over = s.shown;
    }
    s.shown = fits;
  }
  const text = render();
  if (text.length > maxChars) throw new Error(`diff summary: ${text.length} characters exceed the limit ${maxChars} (MIN_SUMMARY_CHARS is too small)`);
  return text;
}
