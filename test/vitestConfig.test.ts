// The isolated, browser and end-to-end projects list test files by path: a
// file moved or renamed would silently fall into the shared project, where
// what it starts or changes can reach other files, or into `npm test`'s quick tier.
import { globSync } from "tinyglobby";
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { BROWSER, END_TO_END, ISOLATED, projectsOf, tierOf } from "../vitest.config.js";
import { EXCLUDE } from "../vitest.mutation.config.js";
import { mutateList } from "../scripts/mutation/mutateList.js";

describe("vitest.config.ts", () => {
  it("names in ISOLATED only patterns that match a test file", () => {
    const root = join(import.meta.dirname, "..");
    const stale = ISOLATED.filter((pattern) => globSync(pattern, { cwd: root }).length === 0);
    expect(stale).toEqual([]);
  });

  it("names in BROWSER only patterns that match a test file", () => {
    const root = join(import.meta.dirname, "..");
    const stale = BROWSER.filter((pattern) => globSync(pattern, { cwd: root }).length === 0);
    expect(stale).toEqual([]);
  });

  it("names in END_TO_END only test files that exist", () => {
    const root = join(import.meta.dirname, "..");
    expect(END_TO_END.filter((file) => !existsSync(join(root, file)))).toEqual([]);
  });

  it("runs the quick tier (isolated, shared) for SAFETY_GAP_TESTS=quick, and every project for all or unset", () => {
    expect(tierOf({ SAFETY_GAP_TESTS: "quick" })).toBe("quick");
    expect(tierOf({ SAFETY_GAP_TESTS: "all" })).toBe("all");
    expect(tierOf({})).toBe("all");
    expect(() => tierOf({ SAFETY_GAP_TESTS: "fast" })).toThrow('SAFETY_GAP_TESTS must be "quick" or "all", got "fast"');
    expect(projectsOf("quick").map((p) => p.test.name)).toEqual(["isolated", "shared"]);
    expect(projectsOf("all").map((p) => p.test.name)).toEqual(["browser", "e2e", "isolated", "shared"]);
  });

  it("keeps every file that starts or connects to Chromium out of the quick tier", () => {
    const root = join(import.meta.dirname, "..");
    const slow = new Set([...BROWSER, ...END_TO_END].flatMap((pattern) => globSync(pattern, { cwd: root })));
    // What starts Chromium in a test: puppeteer itself, the PdfPrinter, the shared browser, or the real build with its PDF.
    const startsChromium = /from "puppeteer-core"|PdfPrinter\.launch\(|sharedChromium\(|sharedPage\(|realPdfBuild\(|sharedBuild\(\{[^}]*pdf: true/;
    // This file names them in the pattern above.
    const quick = globSync("test/**/*.test.ts", { cwd: root }).filter((file) => !slow.has(file) && file !== "test/vitestConfig.test.ts");
    expect(quick.length).toBeGreaterThan(100);
    // A file that mocks puppeteer-core drives a fake browser (test/pdf/unit/fakeBrowser.ts).
    const fakesChromium = /vi\.mock\("puppeteer-core"/;
    const starts = (text: string): boolean => startsChromium.test(text) && !fakesChromium.test(text);
    expect(quick.filter((file) => starts(readFileSync(join(root, file), "utf8"))).sort()).toEqual([]);
  });

  it("leaves out of the mutation run only patterns that match a test file", () => {
    const root = join(import.meta.dirname, "..");
    const stale = EXCLUDE.filter((pattern) => pattern.startsWith("test/") && globSync(pattern, { cwd: root }).length === 0);
    expect(stale).toEqual([]);
  });

  it("keeps stryker.config.mjs's exclusions when `npm run mutation` is given globs", async () => {
    const root = join(import.meta.dirname, "..");
    const config = (await import(pathToFileURL(join(root, "stryker.config.mjs")).href)) as { default: { mutate: string[] } };
    expect(mutateList(["src/random/**/*.ts"], config.default.mutate)).toEqual([
      "src/random/**/*.ts",
      "!src/**/assembly/**",
      "!src/random/glibcExpTable.ts",
      "!src/random/zigguratTables.ts",
      "!src/**/types.ts",
      "!src/messages/**",
    ]);
    expect(mutateList(["src/lang/x.ts", "!src/messages/**"], ["src/**/*.ts", "!src/messages/**"])).toEqual(["src/lang/x.ts", "!src/messages/**"]);
  });

  it("sets a mutation score minimum only for areas of src/ that exist", async () => {
    const root = join(import.meta.dirname, "..");
    const { areaThresholds } = (await import(pathToFileURL(join(root, "stryker.config.mjs")).href)) as { areaThresholds: { area: string; min: number }[] };
    expect(areaThresholds.filter((a) => !existsSync(join(root, a.area))).map((a) => a.area)).toEqual([]);
    expect(areaThresholds[areaThresholds.length - 1]).toEqual({ area: "src/", min: 80 });
  });
});
