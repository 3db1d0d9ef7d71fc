/**
 * Stage 6: the published paper and its claims against the reproduction, on
 * every build: failing claims are warnings, or errors with
 * --strict. Writes check.json (the whole report) for the record.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildCheckReport, type CheckReport } from "../../review/checkPublished.js";
import { loadClaims } from "../../review/claims/loadClaims.js";
import { loadPublished } from "../../review/published/loadPublished.js";
import type { Results } from "../../results/types.js";
import { SafetyGapError } from "../../errors.js";
import { timed, type BuildContext } from "../context.js";
import * as msg from "../../messages/build.js";
import * as sweepMsg from "../../messages/sweep.js";
import { sweepFor } from "../../sweep/loadSweep.js";

export async function reviewStage(ctx: BuildContext, results: Results): Promise<CheckReport | undefined> {
  const publishedFile = join(ctx.options.reportDir, "published.yaml");
  const claimsFile = join(ctx.options.reportDir, "claims.yaml");
  if (!existsSync(publishedFile)) {
    await timed(ctx, "review", false, "no published.yaml", () => undefined);
    return undefined;
  }
  return timed(ctx, "review", true, "always runs", () => {
    const published = loadPublished(publishedFile);
    const claims = existsSync(claimsFile) ? loadClaims(claimsFile) : undefined;
    // A sweep left in the output folder by `safety-gap sweep` (docs/sweep.md): fragile claims and the seeds' yardstick.
    const sweep = sweepFor(join(ctx.options.outDir, "sweep.json"), "sweep.json", results, false);
    if (sweep.note) ctx.warnings.push(sweep.note);
    const report = buildCheckReport({
      published,
      results,
      ...(claims ? { claims, claimsFile } : {}),
      strict: ctx.options.strict,
      // out/ must not depend on where the project is checked out: paths as `report/published.yaml`.
      pathsRelativeTo: dirname(ctx.options.reportDir),
      ...(sweep.data ? { sweep: { file: join(dirname(ctx.options.reportDir), "sweep.json"), data: sweep.data } } : {}),
    });
    for (const f of report.sweep?.fragile ?? []) ctx.warnings.push(sweepMsg.fragileWarning(f.id, f.rate, f.holds, f.of));
    const failing = report.claims.filter((c) => c.status !== "pass");
    for (const c of failing) ctx.warnings.push(`claim ${c.id} ${c.status === "fail" ? "fails" : "is broken"}: ${c.message}`);
    if (ctx.options.strict && failing.length > 0) {
      throw new SafetyGapError(msg.claimsFailStrict(failing.length, claimsFile), { file: claimsFile }, msg.claimsFailStrictHint());
    }
    return report;
  });
}
