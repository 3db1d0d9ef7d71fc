/**
 * Options of the review commands (`diff`, `check`): `--name value`,
 * `--name=value`, boolean flags and positional inputs. Unknown options are
 * input errors (exit 2) rather than silently ignored, so a typo never
 * changes what is compared.
 */
import { SafetyGapError } from "../errors.js";
import { parseOptions, type OptionSpec } from "../cli/parseOptions.js";
import * as msg from "../messages/review.js";

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | true>;
}

/** The review commands' options through the CLI's one parser (src/cli/parseOptions.ts). */
export function parseArgs(command: string, args: string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
  const spec: OptionSpec = {};
  for (const name of valued) spec[name] = { type: "string" };
  for (const name of flags) spec[name] = { type: "boolean" };
  const { values, positionals } = parseOptions(command, args, spec, true);
  const options: Record<string, string | true> = {};
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BooleanLiteral: node's parseArgs (strict, no defaults, no allowNegative) puts only given options in values, a flag as true: never undefined or false
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== false) options[name] = value as string | true;
  return { positional: positionals, options };
}

export function formatOption<T extends string>(command: string, value: string | true | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (value === true || !(allowed as readonly string[]).includes(value)) {
    throw new SafetyGapError(msg.usageError(command, msg.badFormat(String(value), allowed)), { file: "(command line)" });
  }
  return value as T;
}
