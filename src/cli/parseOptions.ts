/**
 * Command-line options for a command, declared once: node's util.parseArgs
 * does the parsing; its errors become input errors (exit 2) that name the
 * command and point to --help, so a typo never silently changes a build.
 */
import { parseArgs } from "node:util";
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/build.js";

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

export function parseOptions<T extends OptionSpec>(command: string, args: string[], spec: T, positionals = false) {
  try {
    return parseArgs({ args, options: spec, strict: true, allowPositionals: positionals });
  } catch (e) {
    throw new SafetyGapError((e as Error).message, { file: "(command line)" }, msg.seeHelp(command));
  }
}

/** A whole number option, at least `min`. */
export function integerOption(command: string, name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) {
    throw new SafetyGapError(msg.badInteger(name, value, min), { file: "(command line)" }, msg.badIntegerHint(command, name, min));
  }
  return n;
}
