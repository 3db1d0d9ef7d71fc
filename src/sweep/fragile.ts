/**
 * Fragile claims: those that hold in the paper's seed but in fewer than a
 * share of the sweep's seeds (default 95%). What `check` and the build
 * report when a sweep is present.
 */
import type { ClaimRate, SweepFile } from "./sweepFile.js";

export const DEFAULT_FRAGILE_BELOW = 0.95;

export interface FragileClaim extends ClaimRate {
  id: string;
}

export function fragileClaims(sweep: SweepFile, below = DEFAULT_FRAGILE_BELOW): FragileClaim[] {
  return Object.entries(sweep.claims)
    .filter(([, c]) => c.paper && c.rate < below)
    .map(([id, c]) => ({ id, ...c }));
}

/** The sweep's SD of a published number's reproduced value, for check's yardstick. */
export const seedSdOf =
  (sweep: SweepFile) =>
  (id: string): number | undefined =>
    Object.hasOwn(sweep.published, id) ? sweep.published[id]!.sd : undefined;
