/** The terminal rendering of `check`: aligned tables, colour only on a TTY. */
import { problemCount, type CheckReport } from "./checkPublished.js";
import * as msg from "../messages/review.js";
import * as sweepMsg from "../messages/sweep.js";
import { alignColumns, formatNumber, formatSigned, painter } from "./formatNumber.js";

export function renderCheckText(r: CheckReport, color = false): string {
  const p = painter(color);
  const out: string[] = [];
  for (const n of r.notes) out.push(p.yellow(`note: ${n}`));

  // 1. Reproduction
  if (r.comparisons.length) {
    const counts = countBy(r.comparisons.map((c) => c.verdict));
    out.push(
      p.bold(`Published numbers vs reproduction (${r.resultsFile ?? ""})`),
      `  ${r.comparisons.length} numbers: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ")}   ${r.sweep ? `z = (reproduced - published) / SD over ${r.sweep.seeds} seeds (${r.sweep.file})` : "z = (reproduced - published) / (sqrt(2)·SE)"}`,
    );
    const rows = [["  where", "key or formula", "published", "reproduced", "diff", r.sweep ? "SD seeds" : "SE", "z", "verdict"]];
    // Off and missing first: those are what a reader acts on.
    const order = { off: 0, missing: 1, reproduced: 2, "within rounding": 3 };
    for (const c of [...r.comparisons].sort((a, b) => order[a.verdict] - order[b.verdict])) {
      const v = c.verdict === "off" ? p.red(c.verdict) : c.verdict === "missing" ? p.yellow(c.verdict) : p.green(c.verdict);
      rows.push([
        `  ${c.where}`,
        c.ref.length > 48 ? `${c.ref.slice(0, 45)}...` : c.ref,
        c.published.toFixed(c.decimals),
        formatNumber(c.value),
        formatSigned(c.difference),
        formatNumber(c.seedSd ?? c.se),
        c.z === undefined ? "" : c.z.toFixed(2),
        v,
      ]);
    }
    out.push(...alignColumns(rows, [false, false, true, true, true, true, true, false]), "");
  }

  // 2. Internal consistency
  const inconsistent = r.findings.filter((f) => f.severity === "inconsistent");
  const rounding = r.findings.filter((f) => f.severity === "rounding");
  const understated = r.findings.filter((f) => f.severity === "understated");
  out.push(p.bold(`Internal consistency of the published paper (${r.publishedFile}, ${r.rules.length} rules)`));
  out.push(
    `  ${inconsistent.length} inconsistenc${inconsistent.length === 1 ? "y" : "ies"}, ${understated.length} understated bound${understated.length === 1 ? "" : "s"}, ${rounding.length} rounding note${rounding.length === 1 ? "" : "s"}`,
  );
  for (const f of inconsistent) out.push(`  ${p.red("✗")} ${f.message}  ${p.dim(`[${f.rule}]`)}`);
  for (const f of understated) out.push(`  ${p.yellow("≪")} ${f.message}  ${p.dim(`[${f.rule}]`)}`);
  for (const f of rounding) out.push(`  ${p.yellow("~")} ${f.message}  ${p.dim(`[${f.rule}]`)}`);
  out.push("");

  // 3. Claims
  if (r.claims.length) {
    const failed = r.claims.filter((c) => c.status !== "pass");
    out.push(p.bold(`Claims (${r.claimsFile ?? ""}) against the reproduction`));
    out.push(`  ${r.claims.length - failed.length}/${r.claims.length} hold${failed.length ? `; ${failed.length} ${r.strict ? "error" : "warning"}${failed.length === 1 ? "" : "s"}` : ""}`);
    for (const c of r.claims) {
      const mark = c.status === "pass" ? p.green("✓") : r.strict ? p.red("✗") : p.yellow("!");
      // A claim that cannot be evaluated is a bug in claims.yaml: say where.
      const at = c.status === "error" ? ` (${c.at.file}:${c.at.line}:${c.at.column})` : "";
      out.push(`  ${mark} ${c.claim}${c.status === "pass" ? "" : ` — ${c.message}${at}`}`);
    }
    out.push("");
  }

  // 4. Fragile claims (with a sweep)
  if (r.sweep) {
    out.push(p.bold(`Robustness to the seed (${r.sweep.file}, ${r.sweep.seeds} seeds)`));
    out.push(`  ${r.sweep.fragile.length} fragile: hold${r.sweep.fragile.length === 1 ? "s" : ""} in the paper's seed but in fewer than ${(r.sweep.fragileBelow * 100).toFixed(0)}% of the seeds`);
    for (const f of r.sweep.fragile) out.push(`  ${p.yellow("~")} ${sweepMsg.fragileLine(f.id, f.rate, f.holds, f.of, f.low, f.high)} — ${f.text}`);
    out.push("");
  }
  out.push(checkVerdict(r, p));
  return `${out.join("\n")}\n`;
}

/** The last line: what --strict fails on, and whether it did. */
function checkVerdict(r: CheckReport, p: ReturnType<typeof painter>): string {
  if (problemCount(r.problems) === 0) return p.green(`✓ ${msg.checkClean()}`);
  const line = msg.checkProblems(r.problems);
  return r.strict ? p.red(`✗ ${line}: ${msg.checkStrictFails()}`) : p.yellow(`! ${line}: ${msg.checkWarningsOnly()}`);
}

function countBy(xs: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}
