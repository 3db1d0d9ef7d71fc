import { defineConfig } from "vitest/config";
import base, { TEST_FILES } from "./vitest.config.js";

// The test run Stryker uses for each mutant (stryker.config.mjs). Left out:
// - tests that start Chromium, or run the compiled CLI or scripts/dist.js in
//   a child process: the child runs dist/, which Stryker does not mutate (and
//   dist.js fails on Stryker's instrumented sources), so they cannot kill a
//   mutant;
// - the end-to-end builds of the paper: they cover nearly every line and
//   would run, for tens of seconds, for each mutant the unit tests miss (and
//   Stryker runs vitest in worker threads, where process.chdir() fails).
export const EXCLUDE = [
  "**/node_modules/**",
  "test/**/*.browser.test.ts",
  "test/pdf/PdfPrinter.test.ts",
  "test/hostile/print.test.ts",
  "test/cli/bundle.test.ts",
  "test/cli/main.test.ts",
  "test/cli/commands/build.test.ts",
  "test/watch/rebuild.test.ts",
  "test/watch/watchCommand.test.ts",
  // Sends the process signals: in Stryker's worker thread they would reach Stryker's runner.
  "test/watch/stopSignal.test.ts",
  "test/paper.test.ts",
  "test/packageExports.test.ts",
  "test/packaging.test.ts",
  "test/compiledWorkerFile.test.ts",
  "test/pipeline/build.test.ts",
  "test/study/results/paperTables.test.ts",
  "test/study/analyze/bootstrapPool.test.ts",
  "test/study/analyze/streamIndependence.test.ts",
  "test/random/wedgeDecision.test.ts",
  "test/review/integration.test.ts",
  "test/review/workflow.test.ts",
  "test/review/materializeRevision.test.ts",
  "test/review/diffSummaryRealPaper.test.ts",
];

// SAFETY_GAP_MUTATION_TESTS (set by `npm run mutation -- --tests <glob,...>`):
// only these test files, e.g. the folder's own tests, for a faster run.
const only = process.env.SAFETY_GAP_MUTATION_TESTS?.split(",").filter((g) => g !== "") ?? [];

// The base config's projects are left out: with projects, vitest would take
// each project's own include and exclude, not these. isolate and maxWorkers
// are Stryker's business (stryker.config.mjs: one sandbox at a time).
const { projects: _projects, maxWorkers: _maxWorkers, ...shared } = base.test ?? {};

// Spread, not mergeConfig: mergeConfig would add these lists to the base ones.
export default defineConfig({
  ...base,
  test: {
    ...shared,
    include: only.length > 0 ? only : TEST_FILES,
    exclude: EXCLUDE,
    reporters: ["default"],
  },
});
