/**
 * `safety-gap compute` on its own: bin/safety-gap.js runs this bundle
 * (dist/bundle/compute-main.js, one file, built by scripts/dist.js step 2)
 * instead of the CLI's code-split bundle when the command is `compute`. The
 * split bundle loads the command as ~29 module files (main, the command,
 * the parameter loader, the computation, the writers, their shared chunks);
 * the same code in one file starts the bootstrap ~20 ms sooner (measured
 * A/B, medians of 20 runs), and `compute` is the command timed against
 * NumPy. Same command, same help, same exit codes.
 */
import { compute } from "./commands/compute.js";
import { processIO, type CliIO } from "./command.js";
import { runCommand } from "./runCommand.js";

/** argv after the script: ["compute", ...options], as main() takes it. */
export function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  return runCommand("compute", async () => compute, argv.slice(1), io);
}
