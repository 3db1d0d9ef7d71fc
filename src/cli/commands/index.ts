/**
 * The command table, in the order `safety-gap --help` lists them.
 * One command per file in this folder; add a line here to add a command.
 */
import type { Command } from "../command.js";

export const commands: Command[] = [];
commands.push((await import("./compute.js")).compute); // issue 3: safety-gap compute
commands.push((await import("./diff.js")).diffCommand); // issue 5: safety-gap diff
commands.push((await import("./check.js")).checkCommand); // issue 5: safety-gap check
