// The theme's checks, on its text alone: what shape it must have and where an error points.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTheme, readThemeText } from "../../../src/render/figures/readTheme.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";

const failure = (text: string) => safetyGapErrorOf(() => parseTheme(text, "figures/theme.json"), text);

describe("parseTheme", () => {
  it("takes $schema and description beside the config", () => {
    expect(parseTheme('{ "$schema": "https://vega.github.io/schema/vega-lite/v6.json", "description": "house style", "config": { "font": "Serif" } }', "t.json")).toStrictEqual({ font: "Serif" });
  });

  it("has no config when the theme sets none", () => {
    expect(parseTheme('{ "description": "nothing yet" }', "t.json")).toBeUndefined();
  });

  it("refuses a theme that is not an object, marking the whole file", () => {
    for (const text of ["[]", "null", "1", '"x"']) {
      const e = failure(text);
      expect(e.message).toBe('the figure theme must be a JSON object { "config": { ... } }');
      expect(e.where).toMatchObject({ file: "figures/theme.json", line: 1, column: 1, path: "/" });
      expect(e.hint).toBe('write { "config": { "font": ..., "axis": { ... } } } (Vega-Lite config properties; see docs/figures.md)');
    }
  });

  it("refuses a config that is not an object, at the config", () => {
    for (const value of ["null", "[]", '"Serif"']) {
      const e = failure(`{ "config": ${value} }`);
      expect(e.message).toBe('the theme\'s "config" must be an object of Vega-Lite config properties');
      expect(e.where).toMatchObject({ path: "/config", line: 1, column: 13 });
    }
  });

  it("lets a failure that is not a JSON syntax error through unchanged", () => {
    expect(() => parseTheme(undefined as unknown as string, "t.json")).toThrow(TypeError);
  });
});

describe("readThemeText", () => {
  it("points an unreadable theme to the figures documentation", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sg-theme-"));
    try {
      mkdirSync(path.join(dir, "figures", "theme.json"), { recursive: true });
      const e = safetyGapErrorOf(() => readThemeText(dir));
      expect(e.message).toBe("cannot read the figure theme: it is a folder (EISDIR)");
      expect(e.hint).toBe("Replace the folder with the file (docs/figures.md describes it), or pass --report with another folder.");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
