// The isolated and browser projects list test files by path: a file moved or renamed
// would silently fall into the shared project, where what it starts or
// changes can reach other files.
import { globSync } from "tinyglobby";
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { BROWSER, ISOLATED } from "../vitest.config.js";
import { EXCLUDE } from "../vitest.mutation.config.js";

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

  it("leaves out of the mutation run only patterns that match a test file", () => {
    const root = join(import.meta.dirname, "..");
    const stale = EXCLUDE.filter((pattern) => pattern.startsWith("test/") && globSync(pattern, { cwd: root }).length === 0);
    expect(stale).toEqual([]);
  });

  it("sets a mutation score minimum only for areas of src/ that exist", async () => {
    const root = join(import.meta.dirname, "..");
    const { areaThresholds } = (await import(pathToFileURL(join(root, "stryker.config.mjs")).href)) as { areaThresholds: { area: string; min: number }[] };
    expect(areaThresholds.filter((a) => !existsSync(join(root, a.area))).map((a) => a.area)).toEqual([]);
    expect(areaThresholds[areaThresholds.length - 1]).toEqual({ area: "src/", min: 80 });
  });
});
