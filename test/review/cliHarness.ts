/** Test helper: runs the CLI in-process with captured output. */
import { main } from "../../src/cli/main.js";

export async function runCli(args: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, cwd, env: {} });
  return { code, stdout, stderr };
}
