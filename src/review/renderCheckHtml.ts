/**
 * `check` as an HTML fragment for the supplement: three captioned tables
 * with header scopes (screen readers announce the column for each cell) and
 * verdicts spelled out in text, never conveyed by colour alone.
 */
import type { CheckReport } from "./checkPublished.js";
import { displayMinus, formatNumber, formatSigned } from "./formatNumber.js";
import { escapeHtml } from "../text/escapeHtml.js";

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, "-");

/** A body row: its header cell (`th scope="row"`), its data cells, and its class. */
interface Row {
  head: string;
  cells: string[];
  cls: string;
}

/** numeric[i]: whether the i-th data cell of a row is a number (class "num", right-aligned). */
function table(caption: string, headers: string[], rows: Row[], numeric: boolean[] = []): string {
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("");
  const body = rows
    .map(
      (r) =>
        `<tr class="${r.cls}"><th scope="row">${escapeHtml(r.head)}</th>${r.cells
          .map((c, i) => `<td${numeric[i] ? ' class="num"' : ""}>${escapeHtml(c)}</td>`)
          .join("")}</tr>`,
    )
    .join("\n");
  return `<table>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

export function renderCheckHtml(r: CheckReport): string {
  const parts = ['<section class="review-check" aria-labelledby="review-check-title">', '<h2 id="review-check-title">Checking the published paper</h2>'];
  for (const n of r.notes) parts.push(`<p class="note">${escapeHtml(n)}</p>`);
  if (r.comparisons.length) {
    parts.push(
      "<h3>Published numbers against the reproduction</h3>",
      `<p>${
        r.sweep
          ? `z = (reproduced − published) / SD, the SD of the reproduced number over the ${r.sweep.seeds} seeds of the sweep (<a href="robustness.html">Robustness to the seed</a>).`
          : "z = (reproduced − published) / (√2 · SE): both are Monte-Carlo estimates with standard error SE."
      } Verdicts: <em>within rounding</em> (the difference is below half a unit of the printed last digit), <em>reproduced</em> (|z| ≤ 3), <em>off</em>.</p>`,
      table(
        "Each published number, its reproduction, and the verdict",
        ["Where", "Key or formula", "Published", "Reproduced", "Difference", r.sweep ? "SD over seeds" : "SE", "z", "Verdict"],
        r.comparisons.map((c) => ({
          head: c.where,
          cells: [c.ref, ...[c.published.toFixed(c.decimals), formatNumber(c.value), formatSigned(c.difference), formatNumber(c.seedSd ?? c.se), c.z === undefined ? "" : c.z.toFixed(2)].map(displayMinus), c.verdict],
          cls: `verdict-${slug(c.verdict)}`,
        })),
        [false, true, true, true, true, true, false],
      ),
    );
  }
  parts.push(
    "<h3>Internal consistency of the published paper</h3>",
    table(
      "Inconsistencies found by checking the paper against itself",
      ["Where", "Finding", "Severity", "Rule"],
      r.findings.map((f) => ({ head: f.where, cells: [f.message, f.severity === "rounding" ? "rounding note" : f.severity === "understated" ? "understated bound" : "inconsistent", f.rule], cls: `severity-${f.severity}` })),
    ),
  );
  if (r.claims.length) {
    parts.push(
      "<h3>The paper's claims, evaluated on the reproduction</h3>",
      table(
        "Claims and whether the reproduction supports them",
        ["Claim", "Where", "Result", "Numbers that break it"],
        r.claims.map((c) => ({ head: c.claim, cells: [c.where ?? "", c.status === "pass" ? "holds" : c.status === "fail" ? "fails" : "error", c.message], cls: `claim-${c.status}` })),
      ),
    );
  }
  if (r.sweep) {
    parts.push(
      "<h3>Fragile claims</h3>",
      `<p>Claims and statements that hold in the paper's seed but in fewer than ${(r.sweep.fragileBelow * 100).toFixed(0)}% of the sweep's ${r.sweep.seeds} seeds (<a href="robustness.html">Robustness to the seed</a>).</p>`,
      table(
        "Fragile claims and their hold rates over the seeds",
        ["Claim", "Where", "Holds in", "Rate (95% CI)"],
        r.sweep.fragile.map((f) => ({ head: f.text, cells: [f.where ?? "", `${f.holds} of ${f.of}`, `${(f.rate * 100).toFixed(0)}% (${(f.low * 100).toFixed(0)}–${(f.high * 100).toFixed(0)}%)`], cls: "claim-fragile" })),
        [false, true, true],
      ),
    );
  }
  parts.push("</section>");
  return `${parts.join("\n")}\n`;
}
