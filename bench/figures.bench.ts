/**
 * Figures stage: bind + render the six figures. "cold" is the first pass in
 * the process (modules loading, font files decoded by fontkit); "warm" is a
 * second pass with new results (what a rebuild after `compute` pays);
 * "memo" repeats with the same results object (a rebuild after a text edit
 * in watch mode). Uses the synthetic
 * results of the tests so the bench does not depend on `safety-gap compute`.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { listFigures, renderFigure } from "../src/render/figures/index.js";
import { syntheticResults } from "../test/render/figures/syntheticResults.js";

const reportDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../report");

export async function run(): Promise<void> {
  const ids = listFigures(reportDir);
  let results = syntheticResults();
  for (const pass of ["cold", "warm", "memo"]) {
    if (pass === "warm") results = syntheticResults();
    const times: string[] = [];
    const t0 = performance.now();
    for (const id of ids) {
      const t = performance.now();
      await renderFigure(reportDir, id, results);
      times.push(`${id} ${(performance.now() - t).toFixed(0)}`);
    }
    console.log(`figures ${pass}: ${(performance.now() - t0).toFixed(0)} ms for ${ids.length} (${times.join(", ")} ms)`);
  }
}
