import { SafetyGapError } from "../errors.js";

/** Throws the SafetyGapError for a bad argument (no file: the caller is code, not a parameter file). */
export function fail(message: string, hint?: string): never {
  throw new SafetyGapError(message, undefined, hint);
}
