import { defineConfig } from "vitest/config";

export const TEST_FILES = ["test/**/*.test.ts"];

/**
 * Test files that start a process, a browser or worker threads, change the
 * process's working folder, or send it signals: each runs in a fresh process of its own
 * (`isolate: true`), so nothing it starts or changes can reach another file.
 * A new test file that does one of these belongs here.
 */
export const ISOLATED = [
  "test/cli/bundle.test.ts",
  "test/cli/main.test.ts",
  "test/cli/commands/*.test.ts",
  "test/hostile/*.test.ts",
  "test/pdf/PdfPrinter.test.ts",
  "test/pdf/chromiumArgs.test.ts",
  "test/pipeline/build.test.ts",
  "test/pipeline/interrupt.test.ts",
  "test/watch/rebuild.test.ts",
  "test/watch/stopSignal.test.ts",
  "test/watch/watchCommand.test.ts",
  "test/paper.test.ts",
  "test/packaging.test.ts",
  "test/packageExports.test.ts",
  "test/compiledWorkerFile.test.ts",
  "test/startWorker.test.ts",
  "test/study/analyze/analyze.test.ts",
  "test/study/analyze/bootstrapPool.test.ts",
  "test/study/analyze/streamIndependence.test.ts",
  "test/random/threadedFill.test.ts",
  "test/random/wedgeDecision.test.ts",
  "test/study/results/paperTables.test.ts",
  "test/review/cliCheck.test.ts",
  "test/review/cliDiff.test.ts",
  "test/review/materializeRevision.test.ts",
  "test/review/published/reviewFiles.test.ts",
  "test/review/renderDiffSummary.test.ts",
  "test/review/workflow.test.ts",
  "test/source/commandPaper.test.ts",
  "test/sweep/cliSweep.test.ts",
  "test/sweep/sweep.test.ts",
  "test/source/commandResults.test.ts",
  "test/source/runResultsCommand.test.ts",
];

/**
 * Test files that drive Chromium: each runs in a fresh process of its own, like
 * ISOLATED, and all share one browser that the project's globalSetup starts
 * (test/chromiumSetup.ts), each in a browser context of its own
 * (test/helpers/sharedChromium.ts). Tests about starting a browser (its
 * flags, PdfPrinter's launch) start their own and are listed in ISOLATED.
 */
export const BROWSER = ["test/**/*.browser.test.ts"];

export default defineConfig({
  test: {
    // Browser and PDF tests start Chromium; on a 2-core machine a long
    // timeout avoids flakiness without hiding hangs forever.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
    // vitest's default is one worker fewer than the cores, i.e. one test file
    // at a time on a 2-core machine, with one core idle while a file waits
    // for a child process or the browser.
    maxWorkers: 2,
    reporters: ["default", "./test/summaryReporter.ts"],
    projects: [
      // Run first (vitest orders projects by name): the long files, so the short ones fill the gaps at the end.
      { extends: true, test: { name: "browser", include: BROWSER, isolate: true, globalSetup: ["test/chromiumSetup.ts"] } },
      { extends: true, test: { name: "isolated", include: ISOLATED, isolate: true } },
      // The other files share a process per worker (`isolate: false`): a fresh one per file costs ~0.6 s of CPU
      // (starting Node, loading vitest and the modules again), over a minute for the whole suite. They keep no
      // state between files: what one changes (process.env, a kernel choice) it restores.
      { extends: true, test: { name: "shared", include: TEST_FILES, exclude: [...ISOLATED, ...BROWSER], isolate: false } },
    ],
  },
});
