/**
 * The pull-request-comment rendering of a diff: significant changes first, in
 * an open table; changes within Monte-Carlo noise, added/removed keys and
 * changed sentences in collapsible <details> so a long diff stays readable.
 */
import type { DiffEntry, DiffReport } from "./diffResults.js";
import { formatNumber, formatSigned } from "./formatNumber.js";
import { verdictOf } from "./renderDiffText.js";

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

function table(entries: DiffEntry[], sigmas: number): string[] {
  const rows = ["| where | key | old | new | delta | ±SE | verdict |", "|---|---|--:|--:|--:|--:|---|"];
  for (const e of entries) {
    rows.push(
      `| ${cell(e.places.join(", "))} | \`${e.key}\` | ${formatNumber(e.old)} | ${formatNumber(e.new)} | ${formatSigned(e.delta)} | ${formatNumber(e.se)} | ${verdictOf(e, sigmas)} |`,
    );
  }
  return rows;
}

function details(summary: string, body: string[]): string[] {
  return ["<details>", `<summary>${summary}</summary>`, "", ...body, "", "</details>"];
}

export function renderDiffMarkdown(report: DiffReport): string {
  const out = [`### safety-gap diff \`${report.a}\` → \`${report.b}\``, ""];
  // Seed, parameter and size changes are worth a line even when no number moved.
  const notes = report.meta.map((m) => `- ${m.replace(/^(\w+):/, "`$1`:")}`);
  if (report.identical) {
    out.push("✅ **Identical**: every number and rendered sentence is unchanged.");
    if (notes.length) out.push("", ...notes);
    return `${out.join("\n")}\n`;
  }
  // Document order (the groups' order) within each section.
  const byKey = new Map(report.entries.map((e) => [e.key, e]));
  const ordered = report.groups.flatMap((g) => g.keys.map((k) => byKey.get(k)!));
  const significant = ordered.filter((e) => e.status === "changed" && e.significant);
  const noise = ordered.filter((e) => e.status === "changed" && !e.significant);
  const addedRemoved = ordered.filter((e) => e.status !== "changed");
  out.push(
    `**${significant.length}** number${significant.length === 1 ? "" : "s"} changed beyond ${report.sigmas}σ Monte-Carlo noise, ` +
      `${noise.length} within noise, ${addedRemoved.length} added or removed` +
      (report.sentences.length ? `, ${report.sentences.length} rendered sentence${report.sentences.length === 1 ? "" : "s"} changed.` : "."),
    "",
  );
  if (notes.length) out.push(...notes, "");
  if (significant.length) out.push("#### Changed numbers", "", ...table(significant, report.sigmas), "");
  if (report.sentences.length) {
    const body = report.sentences.flatMap((s) => [
      `**${cell(s.where)}** (\`${s.id}\`, ${s.status})`,
      "```diff",
      ...(s.old !== undefined ? [`- ${s.old}`] : []),
      ...(s.new !== undefined ? [`+ ${s.new}`] : []),
      "```",
    ]);
    out.push(...details(`${report.sentences.length} changed sentence${report.sentences.length === 1 ? "" : "s"}`, body), "");
  }
  if (noise.length) out.push(...details(`${noise.length} change${noise.length === 1 ? "" : "s"} within Monte-Carlo noise`, table(noise, report.sigmas)), "");
  if (addedRemoved.length) out.push(...details(`${addedRemoved.length} added or removed key${addedRemoved.length === 1 ? "" : "s"}`, table(addedRemoved, report.sigmas)), "");
  return `${out.join("\n").trimEnd()}\n`;
}
