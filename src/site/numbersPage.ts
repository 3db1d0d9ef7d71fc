/**
 * numbers.html: every key of results.json with its value, so that any number
 * the paper cites (including those no table shows, such as p-values) has a
 * row to link to.
 */
import type { Results } from "../results/types.js";
import { page } from "./layout.js";
import { escapeHtml } from "../text/escapeHtml.js";
import { anchorFor } from "./keys.js";
import { formatFull, formatSmart } from "./format.js";
import type { KeyFamily } from "../lang/keyFamily.js";

/**
 * A key wraps on a phone only after one of its dots, never inside a name: each
 * name with its dot is a span that does not wrap (site.css), so not at the hyphen
 * of "Reasoning-PT" either, with a <wbr> between.
 */
const breakAfterDots = (escaped: string): string =>
  escaped
    .split(/(?<=\.)/)
    .map((name) => `<span>${name}</span>`)
    .join("<wbr>");

/** A number's spread over a sweep's seeds, shown in its row here, when there is a sweep. */
export type SpreadOf = (key: string) => { sd: number; q025: number; q975: number; seeds: number; href: string } | undefined;

/**
 * One family's key shape for a reader: `cell.<scale>.<method>.{mean,sd,se}`; a family
 * whose leaves have sub-leaves names the leaf and lists those (`<metric>[.{ciLow,ciHigh,se}]`).
 */
export function familyGrammar(f: KeyFamily): string {
  const subs = [...new Set(f.leaves.flatMap((l) => (l.sub ?? []).flatMap((s) => s.names)))];
  const leaf = subs.length > 0 ? `<${f.leafName}>[.{${subs.join(",")}}]` : `{${f.leaves.flatMap((l) => l.names).join(",")}}`;
  return [f.prefix, ...f.dimensions.map((d) => `<${d}>`), leaf].join(".");
}

/** The key grammar sentence, when the results declare their key families (a results file may not). */
const grammarSentence = (families: readonly KeyFamily[] | undefined): string =>
  families && families.length > 0 ? ` Key grammar: ${families.map((f) => `<code>${escapeHtml(familyGrammar(f))}</code>`).join(", ")}.` : "";

export function numbersPage(results: Results, spread?: SpreadOf, families?: readonly KeyFamily[]): string {
  const rows = Object.keys(results.numbers)
    .sort()
    .map((k) => {
      const v = results.numbers[k]!;
      const s = spread?.(k);
      const over = !spread ? "" : s ? `<td>SD ${escapeHtml(formatSmart(k, s.sd))}; 95% in [${escapeHtml(formatSmart(k, s.q025))}, ${escapeHtml(formatSmart(k, s.q975))}]</td>` : "<td></td>";
      return `<tr id="${anchorFor(k)}"><th scope="row"><code>${breakAfterDots(escapeHtml(k))}</code></th><td>${escapeHtml(formatSmart(k, v))}</td><td>${escapeHtml(formatFull(v))}</td>${over}</tr>`;
    });
  return page({
    file: "numbers.html",
    title: "All numbers",
    body: `<h1>All numbers</h1>
<p>Every number of <a href="results.json">results.json</a> and the design sizes the paper cites (${rows.length} keys), sorted by key.${grammarSentence(families)}</p>
<div class="table-scroll"><table class="sg-table numbers">
<caption>Every key of results.json</caption>
<thead><tr><th scope="col">Key</th><th scope="col">Value</th><th scope="col">Full precision</th>${spread ? '<th scope="col">Over the seeds (<a href="robustness.html">robustness</a>)</th>' : ""}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table></div>`,
  });
}
