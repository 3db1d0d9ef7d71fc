/** Runs the CLI's main() in this process on a captured CliIO: what a user would see, without a child process. */
import { main } from "../../../src/cli/main.js";
import type { CliIO } from "../../../src/cli/command.js";

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function cli(argv: string[], cwd: string, isTTY = false): Promise<Run> {
  const r = { code: 0, out: "", err: "" };
  const io: CliIO = { stdout: (t) => void (r.out += t), stderr: (t) => void (r.err += t), isTTY, cwd, env: {} };
  r.code = await main(argv, io);
  return r;
}

/** The run's seconds, which vary, as `T`. */
export const untimed = (text: string): string => text.replace(/\d+\.\d\d s/g, "T s");
