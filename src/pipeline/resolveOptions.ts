/**
 * Turns the command line's folders into BuildOptions: the report folder,
 * templates (the project's own `templates/` beside `report/`, else the
 * package's), the output folder (checked to stay clear of the source:
 * checkOutDir.ts) and the stage cache (`.cache/` beside `report/`,
 * git-ignored).
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { SafetyGapError } from "../errors.js";
import type { BuildOptions } from "./context.js";
import { checkOutDir } from "./checkOutDir.js";
import { packageRoot } from "./packageRoot.js";
import * as msg from "../messages/build.js";

export interface BuildFlags {
  cwd: string;
  report?: string | undefined;
  out?: string | undefined;
  workers?: number | undefined;
  pdf?: boolean;
  site?: boolean;
  strict?: boolean;
}

export function resolveOptions(flags: BuildFlags): BuildOptions {
  const reportDir = resolve(flags.cwd, flags.report ?? "report");
  if (!existsSync(join(reportDir, "model.yaml"))) {
    throw new SafetyGapError(msg.noModelFile(reportDir), { file: join(reportDir, "model.yaml") }, msg.noModelFileHint());
  }
  const root = packageRoot();
  const projectTemplates = join(dirname(reportDir), "templates");
  return {
    packageRoot: root,
    reportDir,
    templatesDir: existsSync(projectTemplates) ? projectTemplates : join(root, "templates"),
    outDir: checkOutDir(flags.cwd, flags.out ?? "out", reportDir),
    cacheDir: join(dirname(reportDir), ".cache", "safety-gap"),
    workers: flags.workers ?? availableParallelism(),
    pdf: flags.pdf ?? true,
    site: flags.site ?? true,
    strict: flags.strict ?? false,
  };
}
