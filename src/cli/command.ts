/**
 * What every CLI command is: a name, its help text, and a run function
 * returning the exit code. (Its one-line summary lives in the command table,
 * ./commands/index.ts, so `--help` can list commands without loading them.)
 */
export interface Command {
  name: string;
  /** Full `--help` text: usage line, options, examples. */
  help: string;
  run(args: string[], io: CliIO): Promise<number>;
}

/** The CLI's side effects, injectable for tests. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is an interactive terminal (progress bars are drawn only then). */
  isTTY: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export const processIO = (): CliIO => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
  env: process.env,
});
