// A `::: figure` whose spec does not exist is reported at that line of the
// Markdown (the place to fix), not at the report folder. The edit is in
// src/render/index.ts (the loop that asks for each figure); it is tested
// here with the figure code it calls, from renderFigure and from the build's
// render-stage callback alike.
import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../../src/errors.js";
import { safetyGapErrorOfAsync } from "../../helpers/safetyGapError.js";
import { renderFigure } from "../../../src/render/figures/index.js";
import { renderPaper } from "../../../src/render/index.js";
import { memoryReader, REPORT } from "../memoryReader.js";
import { fakeFigure } from "../memoryReader.js";
import { syntheticResults } from "./syntheticResults.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const results = syntheticResults();
const PAGE = "report/paper/03-results.md";
const pageText = readFileSync(join(REPORT, "paper", "03-results.md"), "utf8");

const failure = (text: string, figure: (id: string) => Promise<string>): Promise<SafetyGapError> =>
  safetyGapErrorOfAsync(() => renderPaper({ reportDir: REPORT, results, renderFigure: figure, sourceDateEpoch: 0, reader: memoryReader({ [PAGE]: text }) }));

/** Line and column (1-based) of `needle` in the page. */
function at(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

describe("a figure without a spec", () => {
  it("is reported at its `::: figure` label", async () => {
    const text = `${pageText}\n::: figure fig:nospec\nA figure nobody drew.\n:::\n`;
    const e = await failure(text, (id) => renderFigure(REPORT, id, results));
    expect(e.message).toMatch(/^figure "nospec" has no spec: .*figures\/nospec\.vl\.json does not exist \(figures: fig1, fig2, fig3, fig4, fig5, fig6\)$/);
    expect(e.where).toMatchObject({ file: PAGE, ...at(text, "fig:nospec") });
    expect(e.format()).toMatch(/\n {2}\d+ \| ::: figure fig:nospec\n {2}\s+\^{10}\n/);
  });

  it("is reported at its `spec=` when the directive names the spec", async () => {
    const text = pageText.replace("::: figure fig:fig2\n", "::: figure fig:fig2 spec=fig7\n");
    const e = await failure(text, (id) => renderFigure(REPORT, id, results));
    expect(e.where).toMatchObject({ file: PAGE, ...at(text, "spec=fig7") });
  });

  it("from the build's callback (an error with a file but no line) is located the same way", async () => {
    const text = pageText.replace("::: figure fig:fig2\n", "::: figure fig:fig2 spec=fig7\n");
    const stage = async (id: string): Promise<string> => {
      if (id !== "fig7") return fakeFigure(id);
      throw new SafetyGapError(`the text places figure '${id}', but report/figures/${id}.vl.json does not exist`, { file: REPORT }, "create it");
    };
    const e = await failure(text, stage);
    expect(e.where).toMatchObject({ file: PAGE, ...at(text, "spec=fig7") });
    expect(e.hint).toBe("create it");
  });

  it("a spec error keeps its place in the spec", async () => {
    const located = new SafetyGapError("bad spec", { file: "report/figures/fig2.vl.json", line: 3, column: 5 });
    const e = await failure(pageText, async (id) => {
      if (id === "fig2") throw located;
      return fakeFigure(id);
    });
    expect(e).toBe(located);
  });
});
