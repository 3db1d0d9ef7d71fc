// Reading figure specs and the theme (src/input/readInput.ts): a folder,
// unreadable bytes and a byte-order mark are the user's to fix (exit 2),
// never an internal error.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { safetyGapErrorOfAsync } from "../../helpers/safetyGapError.js";
import { renderFigure } from "../../../src/render/figures/index.js";
import { syntheticResults } from "./syntheticResults.js";

const reportFigures = path.resolve(import.meta.dirname, "../../../report/figures");
const results = syntheticResults();

let report = "";
beforeEach(() => {
  report = mkdtempSync(path.join(tmpdir(), "safety-gap-figure-files-"));
  cpSync(reportFigures, path.join(report, "figures"), { recursive: true });
});
afterEach(() => rmSync(report, { recursive: true, force: true }));

const figureFile = (name: string): string => path.join(report, "figures", name);

describe("renderFigure on files that are not readable specs", () => {
  it("a spec that is a folder", async () => {
    rmSync(figureFile("fig2.vl.json"));
    mkdirSync(figureFile("fig2.vl.json"));
    const e = await safetyGapErrorOfAsync(() => renderFigure(report, "fig2", results));
    expect(e.message).toBe('cannot read figure spec "fig2": it is a folder (EISDIR)');
    expect(e.where?.file).toMatch(/figures\/fig2\.vl\.json$/);
  });

  it("a theme that is a folder", async () => {
    rmSync(figureFile("theme.json"));
    mkdirSync(figureFile("theme.json"));
    const e = await safetyGapErrorOfAsync(() => renderFigure(report, "fig2", results));
    expect(e.message).toBe("cannot read the figure theme: it is a folder (EISDIR)");
    expect(e.where?.file).toMatch(/figures\/theme\.json$/);
  });

  it("a spec with a Latin-1 byte, at its line and column", async () => {
    const text = readFileSync(figureFile("fig2.vl.json"), "utf8").replace("Bar chart", "Bar chart (caf\u0000)");
    const [before, after] = text.split("\u0000") as [string, string];
    writeFileSync(figureFile("fig2.vl.json"), Buffer.concat([Buffer.from(before), Buffer.from([0xe9]), Buffer.from(after)]));
    const e = await safetyGapErrorOfAsync(() => renderFigure(report, "fig2", results));
    expect(e.message).toMatch(/^figure spec "fig2" is not valid UTF-8: byte 0xE9 at byte offset \d+ cannot start or continue a character/);
    const line = before.split("\n").length;
    expect(e.where).toMatchObject({ line, column: before.length - before.lastIndexOf("\n") });
    expect(e.format()).toContain("3 | ");
  });

  it("a spec saved with a byte-order mark renders like the same spec without", async () => {
    const plain = await renderFigure(report, "fig2", results);
    writeFileSync(figureFile("fig2.vl.json"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(figureFile("fig2.vl.json"))]));
    expect(await renderFigure(report, "fig2", syntheticResults())).toBe(plain);
  });
});
