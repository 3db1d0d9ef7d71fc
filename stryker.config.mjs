// Mutation testing (Stryker): does the test suite notice when one line of
// src/ is wrong? Run through `npm run mutation` (scripts/mutation/run.js),
// which also checks the per-area scores below. See docs/contributing.md.

/**
 * Minimum mutation score (killed + timed out, over all covered and uncovered
 * mutants that compile) per area of src/. The first prefix that matches a
 * file wins. The critical areas are those where a surviving bug gives a wrong
 * number or a security hole: statistics, the NumPy generator's TypeScript,
 * the numeric kernels, the numbers diff, the build cache and the output
 * commit, the results language, and escaping.
 */
export const areaThresholds = [
  { area: "src/stats/", min: 90 },
  { area: "src/numeric/", min: 90 },
  { area: "src/random/", min: 90 },
  { area: "src/review/diffResults.ts", min: 90 },
  { area: "src/pipeline/stageCache.ts", min: 90 },
  { area: "src/pipeline/hashing.ts", min: 90 },
  { area: "src/pipeline/writeTreeAtomically.ts", min: 90 },
  { area: "src/pipeline/swapEntries.ts", min: 90 },
  { area: "src/lang/", min: 90 },
  { area: "src/render/template/", min: 90 },
  { area: "src/review/claims/", min: 90 },
  { area: "src/text/escapeHtml.ts", min: 90 },
  { area: "src/render/markdown/htmlPolicy.ts", min: 90 },
  { area: "src/", min: 80 },
];

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  // No TypeScript checker: every mutant runs, and one that would not compile
  // counts like any other (the tests run esbuild's output, types dropped). The
  // checker type-checks the mutated file anew for each mutant of that file,
  // ~2 s each, so it, not the tests, set the pace: on src/lang/formatValue.ts
  // (127 mutants, one runner) 4 min 31 s with it, 1 min 27 s without.
  checkers: [],
  mutate: [
    "src/**/*.ts",
    // AssemblyScript (compiled to wasm by scripts/dist.js, not run from src/).
    "!src/**/assembly/**",
    // Generated constant tables: checked whole against NumPy/glibc fixtures.
    "!src/random/glibcExpTable.ts",
    "!src/random/zigguratTables.ts",
    // Types and message texts only.
    "!src/**/types.ts",
    "!src/messages/**",
  ],
  coverageAnalysis: "perTest",
  // The machine is shared: one sandbox at a time unless asked otherwise.
  concurrency: 1,
  // Above the slowest covering test run on a busy machine; a mutant that loops forever (a loop bound
  // flipped in an iterative method) costs this much, so not more.
  timeoutMS: 10_000,
  // The first run of the whole suite, on a busy 2-core machine.
  dryRunTimeoutMinutes: 30,
  timeoutFactor: 2,
  incremental: true,
  incrementalFile: ".cache/mutation/stryker-incremental.json",
  tempDirName: ".stryker-tmp",
  // Generated output and caches are not needed to run the tests.
  ignorePatterns: ["/out", "/out.*", "/.cache", "/reports"],
  cleanTempDir: true,
  reporters: ["html", "json", "clear-text", "progress"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // One threshold set per run; scripts/mutation/run.js applies areaThresholds.
  thresholds: { high: 90, low: 80, break: null },
};
