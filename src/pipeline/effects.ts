/**
 * The build's side effects that the pipeline itself does not own, behind one
 * interface (as Observable Framework does) so tests can swap them: writing
 * out/ and the clock.
 */
import { sourceDateEpoch } from "../sourceDateEpoch.js";
import { writeTreeAtomically, type OutputFiles } from "./writeTreeAtomically.js";

export interface BuildEffects {
  /** Writes all files of a build into `outDir` at once and removes `stale` entries (see writeTreeAtomically). */
  commit(outDir: string, files: OutputFiles, stale?: string[]): void;
  /** Seconds since the epoch used for every date the build writes (SOURCE_DATE_EPOCH or 0). */
  sourceDateEpoch(): number;
}

export function nodeEffects(env: NodeJS.ProcessEnv): BuildEffects {
  return {
    commit: writeTreeAtomically,
    sourceDateEpoch: () => sourceDateEpoch(env),
  };
}
