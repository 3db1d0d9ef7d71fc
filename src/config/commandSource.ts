/**
 * The config's `results` as a SourceSetting. A command written as one text
 * is split into words by string-argv: at spaces, with "double" or 'single'
 * quotes grouping words; nothing else is special (no shell: no variables,
 * globs, pipes, redirections or `~`), so the program gets exactly the words
 * written. A list of words is taken as it is.
 */
import { parseArgsStringToArgv } from "string-argv";
import type { Config } from "./configSchema.js";
import type { SourceSetting } from "../source/types.js";

export function resultsSource(config: Config, root: string, configFile: string): SourceSetting {
  const r = config.results;
  if (r === "builtin") return { kind: "builtin" };
  const argv = typeof r.command === "string" ? parseArgsStringToArgv(r.command) : [...r.command];
  const text = typeof r.command === "string" ? r.command : r.command.join(" ");
  return { kind: "command", argv, text, inputs: r.inputs, output: r.output, timeout: r.timeout, cwd: root, configFile };
}
