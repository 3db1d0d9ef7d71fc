/**
 * safety-gap's command line: dispatches to the command table in
 * ./commands/index.ts, prints help, and turns errors into exit codes:
 *   0 success, 1 a result to report (e.g. numbers differ), 2 bad input,
 *   3 a bug in safety-gap (stack trace printed).
 */
import { readFileSync, realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { commands } from "./commands/index.js";
import { processIO, type CliIO } from "./command.js";
import { runCommand } from "./runCommand.js";
import * as msg from "../messages/cli.js";
import { closest } from "../text/closest.js";

/** The command a mistyped name probably meant (`bulid` -> `build`), also for `help <name>`. */
const closestCommand = (name: string): string | undefined => closest(name, [...commands.map((c) => c.name), "help"]);

export const toolVersion = (): string =>
  (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

export function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  return [
    "safety-gap: regenerate the paper from its simulation",
    "",
    "usage: safety-gap <command> [options]",
    "",
    "commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `safety-gap <command> --help` for a command's options.",
    "",
  ].join("\n");
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const target = name === "help" ? commands.find((c) => c.name === rest[0]) : undefined;
    // `help nope` is the same mistake as `nope`: exit 2, not the usage with 0.
    if (name === "help" && rest[0] !== undefined && !target) {
      io.stderr(`${msg.unknownCommand(rest[0], closestCommand(rest[0]))}\n\n${usage()}`);
      return 2;
    }
    io.stdout(target ? (await target.load()).help : usage());
    return 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${toolVersion()}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`${msg.unknownCommand(name, closestCommand(name))}\n\n${usage()}`);
    return 2;
  }
  return runCommand(name, entry.load, rest, io);
}

/**
 * Whether this module is the script Node was started with. Compared as real
 * paths, not as `file://${argv[1]}`: the URL is percent-encoded (a space, a
 * non-ASCII letter in the path) and has symlinks resolved, argv[1] has
 * neither, and a mismatch silently did nothing (`diff` runs revisions'
 * dist/cli/main.js under TMPDIR).
 */
function runDirectly(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(fileURLToPath(import.meta.url)) === realpathSync(script);
  } catch {
    return false;
  }
}

// Run when executed directly (node dist/cli/main.js ...), not when imported.
if (runDirectly()) {
  process.exitCode = await main(process.argv.slice(2));
}
