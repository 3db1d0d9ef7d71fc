/**
 * Turns the config file (src/config/) and the command line's options, which
 * override it, into BuildOptions: the report folder,
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
import { loadConfig } from "../config/loadConfig.js";
import { resultsSource } from "../config/commandSource.js";
import { CONFIG_FILE } from "../config/configSchema.js";
import { shownPath } from "../text/shownPath.js";

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
  // The config file (safety-gap.config.yaml) gives the defaults; each option given on the command line wins.
  const { file: configFile, root, config } = loadConfig(flags.cwd);
  const source = resultsSource(config, root, configFile ? shownPath(flags.cwd, configFile) : CONFIG_FILE);
  const reportDir = flags.report !== undefined ? resolve(flags.cwd, flags.report) : resolve(root, config.report);
  const required = source.kind === "builtin" ? join(reportDir, "model.yaml") : reportDir;
  if (!existsSync(required)) {
    throw new SafetyGapError(
      source.kind === "builtin" ? msg.noModelFile(reportDir) : msg.noReportFolder(reportDir),
      { file: required },
      source.kind === "builtin" ? msg.noModelFileHint() : msg.noReportFolderHint(),
    );
  }
  const pkg = packageRoot();
  const projectTemplates = config.templates !== undefined ? resolve(root, config.templates) : join(dirname(reportDir), "templates");
  return {
    packageRoot: pkg,
    reportDir,
    templatesDir: existsSync(projectTemplates) ? projectTemplates : join(pkg, "templates"),
    outDir: checkOutDir(flags.cwd, flags.out ?? config.output.dir, reportDir),
    cacheDir: join(dirname(reportDir), ".cache", "safety-gap"),
    workers: flags.workers ?? availableParallelism(),
    pdf: flags.pdf ?? config.output.pdf,
    site: flags.site ?? config.output.site,
    strict: flags.strict ?? false,
    source,
    ...(config.pdf.pageSize !== undefined ? { pageSize: config.pdf.pageSize } : {}),
  };
}
