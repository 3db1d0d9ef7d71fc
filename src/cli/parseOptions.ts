/**
 * Command-line options for a command, declared once: node's util.parseArgs
 * does the parsing (`--name value`, `--name=value`, flags, `-q`, `--`); its
 * errors become input errors (exit 2) in our words, naming the option and
 * pointing to --help, so a typo never silently changes a build.
 */
import { parseArgs } from "node:util";
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/cli.js";

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

export function parseOptions<T extends OptionSpec>(command: string, args: string[], spec: T, positionals = false) {
  try {
    return parseArgs({ args, options: spec, strict: true, allowPositionals: positionals });
  } catch (e) {
    const error = e as Error & { code?: string };
    // Node quotes the option as '--seed <value>' or, with a short alias, '-q, --quiet'.
    const option = /'(?:-[^-\s'], )?(-{1,2}[^' ,]+)/.exec(error.message)?.[1] ?? "";
    const message =
      error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
        ? msg.unknownOption(option)
        : error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE"
          ? /argument missing/.test(error.message)
            ? msg.missingOptionValue(option)
            : msg.flagTakesNoValue(option)
          : error.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL"
            ? msg.unexpectedArgument(option || (/'([^']+)'/.exec(error.message)?.[1] ?? ""))
            : error.message;
    throw new SafetyGapError(message, { file: "(command line)" }, msg.seeHelp(command));
  }
}

/** A whole number option, at least `min`. */
export function integerOption(command: string, name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) {
    throw new SafetyGapError(msg.badIntegerOption(`--${name}`, value, min), { file: "(command line)" }, msg.badIntegerOptionHint(command, `--${name}`, min));
  }
  return n;
}
