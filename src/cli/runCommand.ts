import type { CliIO, Command } from "./command.js";
import { isSafetyGapError } from "../errors.js";

/**
 * Runs one command as the CLI does: its help for --help/-h, else the
 * command, with errors turned into exit codes (2 bad input, 3 a bug).
 * `load` may fail too (a broken install), and is reported the same way.
 */
export async function runCommand(name: string, load: () => Promise<Command>, args: string[], io: CliIO): Promise<number> {
  try {
    const command = await load();
    if (args.includes("--help") || args.includes("-h")) {
      io.stdout(command.help);
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    if (isSafetyGapError(error)) {
      io.stderr(`safety-gap ${name}: ${error.format()}\n`);
      return 2;
    }
    io.stderr(`safety-gap ${name}: internal error (please report):\n${error instanceof Error ? error.stack : String(error)}\n`);
    return 3;
  }
}
