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

/** Set once stdout's reader has gone (EPIPE): later output is dropped. */
let stdoutClosed = false;
let stdoutGuarded = false;

/**
 * `safety-gap diff ... | head -1`: the reader closes the pipe early. That is
 * the reader's choice, not an error: the output is dropped quietly instead of
 * an unhandled EPIPE stack, and the command ends with its own exit status.
 */
function guardStdout(): void {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    stdoutClosed = true;
  });
}

export const processIO = (): CliIO => {
  guardStdout();
  return {
    stdout: (t) => {
      if (!stdoutClosed) process.stdout.write(t);
    },
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    env: process.env,
  };
};
