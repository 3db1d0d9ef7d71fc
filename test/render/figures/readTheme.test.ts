// report/figures/theme.json: its errors call it the theme (not a figure
// spec), show its path as typed (relative), and a misspelt top-level key
// does not silently drop the whole style.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { safetyGapErrorOfAsync } from "../../helpers/safetyGapError.js";
import { renderFigure } from "../../../src/render/figures/index.js";
import { loadTheme } from "../../../src/render/figures/readTheme.js";
import { syntheticResults } from "./syntheticResults.js";

const reportFigures = path.resolve(import.meta.dirname, "../../../report/figures");
const results = syntheticResults();

let report = "";
let themeFile = "";
beforeEach(() => {
  report = mkdtempSync(path.join(tmpdir(), "safety-gap-theme-"));
  cpSync(reportFigures, path.join(report, "figures"), { recursive: true });
  themeFile = path.join(report, "figures", "theme.json");
});
afterEach(() => rmSync(report, { recursive: true, force: true }));

describe("the figures' theme", () => {
  it("a syntax error is the theme's, at a path relative to the cwd", async () => {
    writeFileSync(themeFile, '{ "config": { "font": "x", }\n');
    const e = await safetyGapErrorOfAsync(() => renderFigure(report, "fig2", results));
    expect(e.message).toBe("the figure theme is not valid JSON: expected a property name in double quotes, found '}'");
    expect(e.where).toMatchObject({ file: path.relative(process.cwd(), themeFile), line: 1, column: 28 });
    expect(e.where?.file).not.toMatch(/^\//);
  });

  it("must be an object with an object config, and no other keys than $schema, description, config", async () => {
    writeFileSync(themeFile, "[1]\n");
    expect((await safetyGapErrorOfAsync(() => renderFigure(report, "fig2", results))).message).toBe('the figure theme must be a JSON object { "config": { ... } }');
    writeFileSync(themeFile, '{ "config": 3 }\n');
    const config = await safetyGapErrorOfAsync(() => renderFigure(report, "fig2", results));
    expect(config.message).toBe('the theme\'s "config" must be an object of Vega-Lite config properties');
    expect(config.where?.path).toBe("/config");
    writeFileSync(themeFile, readFileSync(path.join(reportFigures, "theme.json"), "utf8").replace('"config"', '"confg"'));
    const typo = await safetyGapErrorOfAsync(() => renderFigure(report, "fig2", results));
    expect(typo.message).toBe('unknown property "confg" in the figure theme. Did you mean "config"?');
    expect(typo.where).toMatchObject({ path: "/confg", line: 3, column: 3 });
  });

  it("loadTheme returns the config, and nothing without a file", () => {
    expect(loadTheme(report)?.font).toBe("Libertinus Sans");
    rmSync(themeFile);
    expect(loadTheme(report)).toBeUndefined();
  });

  it("a leading byte-order mark is accepted, as in a spec (the site stage reads the theme through loadTheme too)", () => {
    const plain = loadTheme(report);
    writeFileSync(themeFile, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(themeFile)]));
    expect(loadTheme(report)).toEqual(plain);
  });
});
