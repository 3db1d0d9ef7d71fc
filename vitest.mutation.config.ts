import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

// The test run Stryker uses for each mutant (stryker.config.mjs). Left out:
// tests that start Chromium or run the compiled CLI in a child process (the
// child runs dist/, which Stryker does not mutate, so they cannot kill a
// mutant), and the end-to-end builds of the paper, which cover nearly every
// line and would run, for tens of seconds, for each mutant the unit tests
// miss. Stryker runs vitest in worker threads, where process.chdir() fails.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        "**/node_modules/**",
        "test/**/*.browser.test.ts",
        "test/pdf/PdfPrinter.test.ts",
        "test/cli/bundle.test.ts",
        "test/cli/main.test.ts",
        "test/packageExports.test.ts",
        "test/review/workflow.test.ts",
        "test/review/materializeRevision.test.ts",
        "test/watch/**",
        "test/cli/**",
        "test/paper.test.ts",
        "test/pipeline/build.test.ts",
        "test/results/paperTables.test.ts",
        "test/review/integration.test.ts",
      ],
    },
  }),
);
