/**
 * Where a paper's results come from (the config's `results`, docs/config.md):
 * this paper's built-in simulation, or a command that writes a results file.
 */
export type SourceSetting = { kind: "builtin" } | CommandSource;

export interface CommandSource {
  kind: "command";
  /** The program and its arguments, split as docs/config.md says (no shell). */
  argv: string[];
  /** The command as written in the config, for messages. */
  text: string;
  /** Glob patterns (relative to the paper folder) of the files the command reads: their bytes are the cache key. */
  inputs: string[];
  /** The results file the command writes, relative to the paper folder. */
  output: string;
  /** Longest run, in seconds. */
  timeout: number;
  /** The folder the command runs in: the paper folder (where the config file is). */
  cwd: string;
  /** The config file, for messages naming its field. */
  configFile: string;
}
