/**
 * A small option parser for the review commands: `--name value`,
 * `--name=value` and boolean flags. Unknown options are input errors (exit 2)
 * rather than silently ignored, so a typo never changes what is compared.
 */
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/review.js";

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | true>;
}

export function parseArgs(command: string, args: string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  const fail = (detail: string): never => {
    throw new SafetyGapError(msg.usageError(command, detail), { file: "(command line)" });
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (valued.includes(name)) {
      const value = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (value === undefined) fail(msg.missingValue(`--${name}`));
      options[name] = value!;
    } else if (flags.includes(name) && eq < 0) {
      options[name] = true;
    } else {
      fail(msg.unknownOption(a));
    }
  }
  return { positional, options };
}

export function formatOption<T extends string>(command: string, value: string | true | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (value === true || !(allowed as readonly string[]).includes(value)) {
    throw new SafetyGapError(msg.usageError(command, msg.badFormat(String(value), allowed)), { file: "(command line)" });
  }
  return value as T;
}
