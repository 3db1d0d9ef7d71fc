/**
 * Command-line options for a command, declared once: node's util.parseArgs
 * does the parsing (`--name value`, `--name=value`, flags, `-q`, `--`); its
 * errors become input errors (exit 2) in our words, naming the option and
 * pointing to --help, so a typo never silently changes a build. An option
 * given twice is refused for the same reason: parseArgs keeps the last one.
 */
import { parseArgs } from "node:util";
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/cli.js";
import { closest } from "../text/closest.js";

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

/**
 * Most threads `--workers` may ask for. A thread takes ~40-80 ms of CPU to
 * boot, and the bootstrap has 90 jobs in the paper: a thousand threads on
 * 2 cores cost several times the whole run. 256 leaves room for any real machine.
 */
export const MAX_WORKERS = 256;

const COMMAND_LINE = { file: "(command line)" };

export function parseOptions<T extends OptionSpec>(command: string, args: string[], spec: T, positionals = false) {
  const joined = joinNegativeValues(args, spec);
  let parsed;
  try {
    parsed = parseArgs({ args: joined, options: spec, strict: true, allowPositionals: positionals, tokens: true });
  } catch (e) {
    const error = e as Error & { code?: string };
    // Node quotes the option as '--seed <value>' or, with a short alias, '-q, --quiet'.
    const option = /'(?:-[^-\s'], )?(-{1,2}[^' ,]+)/.exec(error.message)?.[1] ?? "";
    if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && /ambiguous/.test(error.message)) {
      // "--out -x": the value starts with a dash, so parseArgs cannot tell it from an option. Named by
      // its long name also for "-o -x", because the fix, `--out=-x`, has no short form. parseArgs
      // says "ambiguous" only of an option of the spec followed by an argument with a dash.
      const name = optionName(option, spec) as string;
      const value = joined[joined.findIndex((a, i) => optionName(a, spec) === name && joined[i + 1]?.startsWith("-")) + 1] as string;
      throw new SafetyGapError(msg.dashValue(`--${name}`, value), COMMAND_LINE, msg.dashValueHint(command, `--${name}`, value));
    }
    const message =
      error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
        ? msg.unknownOption(option, closestOption(option, spec))
        : error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE"
          ? /argument missing/.test(error.message)
            ? msg.missingOptionValue(option)
            : msg.flagTakesNoValue(option)
          : error.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL"
            ? msg.unexpectedArgument(option || (/'([^']+)'/.exec(error.message)?.[1] ?? ""))
            : error.message;
    throw new SafetyGapError(message, COMMAND_LINE, msg.seeHelp(command));
  }
  const given = new Map<string, (string | undefined)[]>();
  for (const t of parsed.tokens) if (t.kind === "option") given.set(t.name, [...(given.get(t.name) ?? []), t.value]);
  for (const [name, values] of given)
    if (values.length > 1) throw new SafetyGapError(msg.repeatedOption(`--${name}`, values), COMMAND_LINE, msg.repeatedOptionHint(command));
  return parsed;
}

/** The long option a mistyped one probably meant (`--reprot` -> `--report`); none for a short `-x`, near to every name. */
function closestOption(option: string, spec: OptionSpec): string | undefined {
  if (!option.startsWith("--")) return undefined;
  return closest(option, [...Object.keys(spec).map((k) => `--${k}`), "--help"]);
}

/** The long name of option argument `arg` (`--seed`, `-s`), if the spec has it. */
function optionName(arg: string, spec: OptionSpec): string | undefined {
  if (arg.startsWith("--")) return Object.hasOwn(spec, arg.slice(2)) ? arg.slice(2) : undefined;
  if (/^-[^-]$/.test(arg)) return Object.keys(spec).find((k) => spec[k]?.short === arg[1]);
  return undefined;
}

/**
 * `--seed -1` -> `--seed=-1`: parseArgs reads `-1` as an option and calls
 * the value ambiguous ("is a flag and takes no value" in our old words). A
 * negative number is never an option, so it is the option's value, and the
 * option's own check can say what is allowed ("must be an integer >= 0").
 */
function joinNegativeValues(args: string[], spec: OptionSpec): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") return [...out, ...args.slice(i)];
    const name = optionName(arg, spec);
    const next = args[i + 1];
    if (name !== undefined && spec[name]?.type === "string" && next !== undefined && /^-\d/.test(next)) {
      out.push(`--${name}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** A whole number option from `min` to `max` (at most 2^53 - 1: a larger one is not exact as a number). */
export function integerOption(
  command: string,
  name: string,
  value: string | undefined,
  fallback: number,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
  tooLargeHint = msg.badIntegerOptionHint(command, `--${name}`, min),
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min) {
    throw new SafetyGapError(msg.badIntegerOption(`--${name}`, value, min), COMMAND_LINE, msg.badIntegerOptionHint(command, `--${name}`, min));
  }
  if (n > max) throw new SafetyGapError(msg.tooLargeIntegerOption(`--${name}`, value, max), COMMAND_LINE, tooLargeHint);
  return n;
}

/** `--workers N`: threads for the bootstrap, 1 to MAX_WORKERS. */
export const workersOption = (command: string, value: string | undefined, fallback: number): number =>
  integerOption(command, "workers", value, fallback, 1, MAX_WORKERS, msg.tooManyWorkersHint(command));
