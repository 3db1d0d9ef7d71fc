/**
 * The sweep `check`, the build and the supplement use: a sweep.json whose
 * parameters are those of the results (the same paramsHash, computed with
 * the paper's seed), else none, with a note saying why.
 */
import { existsSync } from "node:fs";
import * as msg from "../messages/sweep.js";
import type { Results } from "../results/types.js";
import { readSweep } from "./readSweepFiles.js";
import type { SweepFile } from "./sweepFile.js";

export function sweepFor(file: string, shown: string, results: Pick<Results, "paramsHash"> | undefined, required: boolean): { data?: SweepFile; note?: string } {
  if (!required && !existsSync(file)) return {};
  const data = readSweep(file, shown);
  if (results && data.paramsHash !== results.paramsHash) return { note: msg.staleSweep(shown) };
  return { data };
}
