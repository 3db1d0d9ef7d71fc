/**
 * Command-line options for a command, declared once: node's util.parseArgs
 * does the parsing; its errors become input errors (exit 2) that name the
 * command and point to --help, so a typo never silently changes a build.
 */
import { parseArgs } from "node:util";
import { SafetyGapError } from "../errors.js";

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

export function parseOptions<T extends OptionSpec>(command: string, args: string[], spec: T, positionals = false) {
  try {
    return parseArgs({ args, options: spec, strict: true, allowPositionals: positionals });
  } catch (e) {
    throw new SafetyGapError((e as Error).message, { file: "(command line)" }, `See \`safety-gap ${command} --help\`.`);
  }
}

/** A whole number option, at least `min`. */
export function integerOption(command: string, name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) {
    throw new SafetyGapError(`--${name} must be a whole number >= ${min}, got '${value}'`, { file: "(command line)" }, `Pass e.g. --${name} ${Math.max(min, 1)}; see \`safety-gap ${command} --help\`.`);
  }
  return n;
}
