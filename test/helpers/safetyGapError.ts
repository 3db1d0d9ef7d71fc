/**
 * Test helper: the SafetyGapError a piece of code stops with, for tests of
 * what bad input is told. The test fails, with a message saying so, when the
 * code throws nothing or throws something else (a bug, not bad input); what
 * it threw is kept as the failure's `cause`.
 *
 *   const e = safetyGapErrorOf(() => parseTables(source, "tables.yaml"));
 *   const e = await safetyGapErrorOfAsync(() => renderFigure(report, "fig2", results));
 *
 * `what`, when given, names the input in the failure message (e.g. the
 * Markdown source, for a helper called with many sources).
 */
import { inspect } from "node:util";
import { SafetyGapError } from "../../src/errors.js";

/** The SafetyGapError `run` throws. For code that returns a promise, use safetyGapErrorOfAsync. */
export function safetyGapErrorOf(run: () => unknown, what?: string): SafetyGapError {
  let returned: unknown;
  try {
    returned = run();
  } catch (e) {
    return asSafetyGapError(e, what);
  }
  if (returned instanceof Promise) {
    // A rejection would otherwise go unhandled; this test fails below either way.
    returned.catch(() => undefined);
    throw new Error(`${expected(what)}, but the code returned a promise: use safetyGapErrorOfAsync`);
  }
  throw new Error(`${expected(what)}, but nothing was thrown`);
}

/** The SafetyGapError `run` throws or its promise rejects with. */
export async function safetyGapErrorOfAsync(run: () => unknown, what?: string): Promise<SafetyGapError> {
  try {
    await run();
  } catch (e) {
    return asSafetyGapError(e, what);
  }
  throw new Error(`${expected(what)}, but nothing was thrown`);
}

function asSafetyGapError(e: unknown, what: string | undefined): SafetyGapError {
  if (e instanceof SafetyGapError) return e;
  const thrown = e instanceof Error ? String(e) : inspect(e);
  throw new Error(`${expected(what)}, but ${thrown} was thrown`, { cause: e });
}

const expected = (what: string | undefined): string => `expected a SafetyGapError${what === undefined ? "" : ` for ${what}`}`;
