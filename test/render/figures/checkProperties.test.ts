// Property names against Vega-Lite's JSON schema: a typo that Vega-Lite
// would ignore silently stops the build at the file, pointer and line.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../../src/errors.js";
import { safetyGapErrorOfAsync } from "../../helpers/safetyGapError.js";
import { bindFigure } from "../../../src/render/figures/bindFigure.js";
import { listFigures, renderFigure } from "../../../src/render/figures/index.js";
import { syntheticResults } from "./syntheticResults.js";

const report = path.resolve(import.meta.dirname, "../../../report");
const results = syntheticResults();
const fig2 = readFileSync(path.join(report, "figures", "fig2.vl.json"), "utf8");

/** fig2 with `from` (once) replaced by `to`, bound; the error it stops with. */
const bindEdited = (from: string, to: string): Promise<SafetyGapError> => {
  expect(fig2.split(from).length).toBe(2);
  return safetyGapErrorOfAsync(() => bindFigure(fig2.replace(from, to), "report/figures/fig2.vl.json", results));
};

describe("checkProperties", () => {
  it("accepts every spec of the paper", () => {
    for (const id of listFigures(report)) {
      const spec = JSON.parse(readFileSync(path.join(report, "figures", `${id}.vl.json`), "utf8")) as { title?: unknown };
      expect(bindFigure(JSON.stringify(spec), id, results).title, id).toEqual(spec.title);
    }
  });

  it("rejects a typo in an axis, with the pointer, line, column and the intended name", async () => {
    const e = await bindEdited('"tickCount": 6', '"tickCountt": 6');
    expect(e.message).toBe('"tickCountt" is not a Vega-Lite property here, so Vega-Lite would ignore it silently. Did you mean "tickCount"?');
    const line = fig2.split("\n").findIndex((l) => l.includes('"tickCount": 6')) + 1;
    expect(e.where).toMatchObject({ file: "report/figures/fig2.vl.json", path: "/layer/0/encoding/y/axis/tickCountt", line, column: 13 });
  });

  it("rejects a typo at the top level and in a mark's nested object, listing short alternatives", async () => {
    const top = await bindEdited('"width": 320', '"widht": 300');
    expect(top.message).toMatch(/^"widht" is not a Vega-Lite property here.* Did you mean "width"\?$/);
    expect(top.where).toMatchObject({ path: "/widht", line: 29, column: 3 });
    const nested = await bindEdited('"band": 0.6', '"bnad": 0.6');
    expect(nested.where?.path).toBe("/layer/0/mark/width/bnad");
    expect(nested.hint).toBe('allowed here: "band", "expr"');
  });

  it("checks the theme's config too, located in theme.json", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "safety-gap-theme-"));
    try {
      cpSync(path.join(report, "figures"), path.join(dir, "figures"), { recursive: true });
      const theme = path.join(dir, "figures", "theme.json");
      writeFileSync(theme, readFileSync(theme, "utf8").replace('"labelFontSize": 9,', '"labelFontSzie": 9,'));
      const e = await safetyGapErrorOfAsync(() => renderFigure(dir, "fig2", results));
      expect(e.message).toMatch(/^"labelFontSzie" is not a Vega-Lite property here.* Did you mean "labelFontSize"\?$/);
      expect(e.where?.file).toMatch(/figures\/theme\.json$/);
      expect(e.where?.path).toBe("/config/axis/labelFontSzie");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
