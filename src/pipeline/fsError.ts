/**
 * Recognizes the errors Node's fs functions throw (EACCES, ENOSPC, ...).
 *
 * Why: writing out/ or the cache can fail because of the user's disk, not
 * because of a bug in safety-gap, and such a failure must reach the user as
 * a SafetyGapError (exit 2) that names the path, not as an internal error.
 */
import { fsReason } from "../messages/build.js";

export interface FsError extends Error {
  code: string;
  path?: string;
  dest?: string;
}

export function isFsError(e: unknown): e is FsError {
  const code = e instanceof Error ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code);
}

/** "permission denied (EACCES: /x/out/site)": what failed, in words. */
export const describeFsError = (e: FsError): string => fsReason(e.code, e.path);
