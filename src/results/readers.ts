/**
 * Results files of sources that write their own format: each reader says
 * whether a parsed results.json is its own and turns it into `Results`. A file
 * no reader claims must carry the engine's fields itself (`sets`).
 */
import { builtinSource } from "../sources.js";
import type { Results } from "./types.js";

export interface ResultsFileReader {
  claims(data: Record<string, unknown>): boolean;
  /** `fail(field, expected)` throws the caller's error naming the file and field. */
  read(data: Record<string, unknown>, fail: (field: string, expected: string) => never): Results;
}

export const RESULTS_FILE_READERS: readonly ResultsFileReader[] = [builtinSource.reader];
