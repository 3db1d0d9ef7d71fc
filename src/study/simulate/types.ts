/** The simulate stage's output: one sample vector per cell. */
export interface CellId {
  scale: string;
  method: string;
  condition: string;
  benchmark: string;
}

/** Samples per cell, keyed by `cellKey(id)`, in the order of `cellIds(params)`. */
export type Samples = Map<string, Float64Array>;

export const cellKey = (c: CellId): string => `${c.scale}.${c.method}.${c.condition}.${c.benchmark}`;
