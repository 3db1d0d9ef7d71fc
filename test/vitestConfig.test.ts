// The isolated and browser projects list test files by path: a file moved or renamed
// would silently fall into the shared project, where what it starts or
// changes can reach other files.
import { globSync } from "tinyglobby";
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { BROWSER, ISOLATED } from "../vitest.config.js";

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
});
