import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Browser and PDF tests start Chromium; on a 2-core machine a long
    // timeout avoids flakiness without hiding hangs forever.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
    reporters: ["default", "./test/summaryReporter.ts"],
  },
});
