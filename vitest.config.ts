import { defineConfig } from "vitest/config";

export const TEST_FILES = ["test/**/*.test.ts"];

/**
 * Test files that start a process, a browser or worker threads, change the
 * process's working folder, send it signals or mock a module: each runs in a fresh process of its own
 * (`isolate: true`), so nothing it starts or changes can reach another file.
 * A new test file that does one of these belongs here.
 */
export const ISOLATED = [
  "test/cli/bundle.test.ts",
  "test/cli/main.test.ts",
  "test/cli/commands/*.test.ts",
  "test/watch/stopSignal.test.ts",
  "test/packaging.test.ts",
  "test/packageExports.test.ts",
  "test/compiledWorkerFile.test.ts",
  "test/startWorker.test.ts",
  // Mocks node:worker_threads (vi.mock) and sets process.execArgv.
  "test/startWorkerFallback.test.ts",
  "test/study/analyze/analyze.test.ts",
  "test/study/analyze/bootstrapPool.test.ts",
  "test/study/analyze/streamIndependence.test.ts",
  "test/random/threadedFill.test.ts",
  "test/random/wedgeDecision.test.ts",
  // Reload modules (vi.resetModules) to build their module-level constants inside a test: in a shared
  // process the next files would get other instances of the same modules.
  "test/render/figures/freshModules.test.ts",
  "test/study/source.test.ts",
  "test/study/params/modelSchema.test.ts",
  "test/study/params/jsonSchema.test.ts",
  "test/site/unit/interactiveSpecChannels.test.ts",
  // Mocks node:fs (vi.mock) and reloads the kernel's module for a fresh kernel.
  "test/random/wasmKernelFresh.test.ts",
  // Mocks node:worker_threads and node:fs (vi.mock) to run the fill helper's module on this thread.
  "test/random/fillWorker.test.ts",
  // Starts worker threads, and mocks startWorker and compiledWorkerFile (vi.mock) to watch or replace them.
  "test/random/threadedFillHelper.test.ts",
  "test/study/results/paperTables.test.ts",
  "test/review/cliCheck.test.ts",
  "test/review/cliDiff.test.ts",
  "test/review/materializeRevision.test.ts",
  // Starts processes (node -e scripts) to test spawnRunner.
  "test/review/materialize/spawnRunner.test.ts",
  // Stubs process.kill (vi.spyOn) and calls materializeRevision's SIGINT/SIGTERM listeners, restored after each test.
  "test/review/materialize/interrupt.test.ts",
  "test/review/published/reviewFiles.test.ts",
  "test/review/workflow.test.ts",
  "test/source/commandPaper.test.ts",
  "test/sweep/cliSweep.test.ts",
  "test/sweep/sweep.test.ts",
  "test/source/commandResults.test.ts",
  "test/source/runResultsCommand.test.ts",
  // Mocks resultsFileSchema (vi.mock) for a lower limit on numbers: in a shared process the mock would reach other files.
  "test/source/readResultsFileLimit.test.ts",
  // Mocks node:fs (vi.mock): in a shared process the mock would reach other files.
  "test/pipeline/writeTreeAtomicallyRefused.test.ts",
  // Mocks node:fs (vi.mock): in a shared process the mock would reach other files.
  "test/pipeline/stageCachePruneRace.test.ts",
  // Mock modules (vi.mock): runResultsCommand, so the starter paper's results command writes its file in this process; node:fs, to see what checkReplaceable asks.
  "test/pipeline/stages/*.test.ts",
  // Mocks runResultsCommand (vi.mock), so the starter paper's results command writes its file in this process.
  "test/cli/inProcess/review.test.ts",
  // Adds an error listener to process.stdout (processIO) and swaps process.stdout.write for a moment.
  "test/cli/inProcess/main.test.ts",
  // Mocks runResultsCommand and compiledWorkerFile (vi.mock); watch listens on a port and installs SIGINT listeners.
  "test/cli/inProcess/buildWatch.test.ts",
  // Mocks runResultsCommand (vi.mock), so the starter paper's results command writes its file in this process.
  "test/watch/inProcess/rebuild.test.ts",
  // Installs SIGINT/SIGTERM listeners and stubs process.exit (vi.spyOn), restored after each test.
  "test/watch/inProcess/stopSignal.test.ts",
  // Mocks compiledWorkerFile and startWorker (vi.mock) to put a fake worker under startServerThread.
  "test/watch/inProcess/serverThread.test.ts",
  // Mocks node:worker_threads (vi.mock) to run the server worker's module on this thread.
  "test/watch/inProcess/serverWorker.test.ts",
  // Mocks watch's collaborators (vi.mock: rebuild, server thread, PdfPrinter, watchFolders, stopSignal, resolveOptions).
  "test/cli/unit/watchCommand.test.ts",
  // Mocks puppeteer-core (vi.mock) with a fake browser, and process.kill: in a shared process the mocks would reach other files.
  "test/pdf/unit/*.test.ts",
];

/**
 * Test files that open pages in Chromium: each runs in a fresh process of its
 * own, like ISOLATED, and all share one browser that the project's globalSetup
 * starts (test/chromiumSetup.ts), each in a browser context of its own
 * (test/helpers/sharedChromium.ts).
 */
export const BROWSER = ["test/**/*.browser.test.ts"];

/**
 * End-to-end test files: they start Chromium themselves (its flags,
 * PdfPrinter, a build or watch session that prints the PDF), or run the whole
 * CLI on copies of the paper (hostile inputs, builds into odd output
 * folders, builds of git revisions, a build from the packed tarball). Each runs in a fresh process
 * of its own, like ISOLATED.
 */
export const END_TO_END = [
  "test/pdf/PdfPrinter.test.ts",
  "test/pdf/chromiumArgs.test.ts",
  "test/hostile/print.test.ts",
  "test/hostile/inputs.test.ts",
  "test/hostile/escaping.test.ts",
  "test/pipeline/build.test.ts",
  "test/pipeline/interrupt.test.ts",
  "test/watch/rebuild.test.ts",
  "test/watch/watchCommand.test.ts",
  "test/paper.test.ts",
  "test/cli/commands/build.test.ts",
  "test/review/materializeRevision.test.ts",
  "test/review/diffSummaryRealPaper.test.ts",
  "test/packaging.test.ts",
];

/**
 * The suite's two tiers. The quick one is every file that needs no browser
 * and runs no end-to-end build; the other (BROWSER and END_TO_END) is about
 * two thirds of the suite's CPU time: a page load, an axe-core audit, a PDF
 * print or a build of the paper costs seconds each.
 * SAFETY_GAP_TESTS=quick, which `npm test` sets (scripts/test.js), runs the
 * quick tier only; unset or `all` (`npm run test:all`, CI, a plain
 * `npx vitest run`), both.
 */
export function tierOf(env: NodeJS.ProcessEnv): "quick" | "all" {
  const tier = env.SAFETY_GAP_TESTS ?? "all";
  if (tier !== "quick" && tier !== "all") throw new Error(`SAFETY_GAP_TESTS must be "quick" or "all", got ${JSON.stringify(tier.slice(0, 40))}`);
  return tier;
}

/** The vitest projects of a tier (see tierOf). */
export function projectsOf(tier: "quick" | "all") {
  return [
    // Run first (vitest orders projects by name): the long files, so the short ones fill the gaps at the end.
    ...(tier === "quick"
      ? []
      : [
          { extends: true as const, test: { name: "browser", include: BROWSER, isolate: true, globalSetup: ["test/chromiumSetup.ts"] } },
          { extends: true as const, test: { name: "e2e", include: END_TO_END, isolate: true } },
        ]),
    { extends: true as const, test: { name: "isolated", include: ISOLATED, exclude: END_TO_END, isolate: true } },
    // The other files share a process per worker (`isolate: false`): a fresh one per file costs ~0.6 s of CPU
    // (starting Node, loading vitest and the modules again), over a minute for the whole suite. They keep no
    // state between files: what one changes (process.env, a kernel choice) it restores.
    { extends: true as const, test: { name: "shared", include: TEST_FILES, exclude: [...ISOLATED, ...BROWSER, ...END_TO_END], isolate: false } },
  ];
}

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
    projects: projectsOf(tierOf(process.env)),
  },
});
