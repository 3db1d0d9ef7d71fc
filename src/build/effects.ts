/**
 * The build's side effects, behind one interface (as Observable Framework
 * does) so that the pipeline itself stays pure and tests can swap them.
 */
import { readFileSync } from "node:fs";
import { writeTreeAtomically, type OutputFiles } from "./writeTreeAtomically.js";

export interface BuildEffects {
  readText(path: string): string;
  /** Writes all files of a build into `outDir` at once and removes `stale` entries (see writeTreeAtomically). */
  commit(outDir: string, files: OutputFiles, stale?: string[]): void;
  /** Seconds since the epoch used for every date the build writes (SOURCE_DATE_EPOCH or 0). */
  sourceDateEpoch(): number;
  log(line: string): void;
}

export function nodeEffects(env: NodeJS.ProcessEnv, log: (line: string) => void): BuildEffects {
  return {
    readText: (p) => readFileSync(p, "utf8"),
    commit: writeTreeAtomically,
    // Reproducible builds: no wall clock in any output. Without SOURCE_DATE_EPOCH
    // the date is fixed at 0 rather than "now", so two builds are byte-identical.
    sourceDateEpoch: () => {
      const v = env.SOURCE_DATE_EPOCH;
      return v !== undefined && /^\d+$/.test(v) ? Number(v) : 0;
    },
    log,
  };
}
