/** Stage 2, simulate: `Params` -> `Samples` (one vector per cell, each from its own stream). */
import type { Params } from "../params/types.js";
import { cellIds } from "./cells.js";
import { simulateCell } from "./simulateCell.js";
import { cellKey, type Samples } from "./types.js";

export function simulate(params: Params): Samples {
  const samples: Samples = new Map();
  for (const c of cellIds(params)) samples.set(cellKey(c), simulateCell(params, c));
  return samples;
}

export { cellIds } from "./cells.js";
export { simulateCell } from "./simulateCell.js";
export { samplesSpawnKey, bootstrapSpawnKey, streamFor } from "./streams.js";
export { cellKey, type CellId, type Samples } from "./types.js";
