/**
 * The command table, in the order `safety-gap --help` lists them.
 * One command per file in this folder; add a line here to add a command.
 */
import type { Command } from "../command.js";
import { buildCommand } from "./build.js";
import { compute } from "./compute.js";
import { checkCommand } from "./check.js";
import { diffCommand } from "./diff.js";
import { watchCommand } from "./watch.js";

export const commands: Command[] = [
  buildCommand, // issue 4: the whole paper
  watchCommand, // issue 5: rebuild on change, live reload
  compute, // issue 3: simulation and statistics only
  diffCommand, // issue 5: keyed diff of two results
  checkCommand, // issue 5: published paper vs reproduction, consistency, claims
];
