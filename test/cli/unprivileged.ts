/**
 * Test helper: runs the compiled CLI (bin/safety-gap.js, the bundle `npm
 * test` compiles before the tests) as an ordinary user, so that permission
 * errors happen even when the tests run as root (as in CI, where root may
 * write anywhere): as uid 65534 through setpriv when root, as the current
 * user otherwise. The bundle, not src/ through tsx: a start then compiles
 * nothing.
 */
import { spawnSync } from "node:child_process";
import { chownSync, existsSync, lstatSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const repo = join(import.meta.dirname, "..", "..");
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;
const setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].find((p) => existsSync(p));

function command(args: string[]): [string, string[]] {
  const argv = [join(repo, "bin", "safety-gap.js"), ...args];
  if (!isRoot) return [process.execPath, argv];
  return [setpriv as string, [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups", process.execPath, ...argv]];
}

/** Whether an unprivileged user can run the CLI here (Linux, setpriv when root, the checkout readable). */
export const canRunUnprivileged: boolean = (() => {
  if (process.platform !== "linux" || (isRoot && !setpriv)) return false;
  const [file, argv] = command(["--version"]);
  return spawnSync(file, argv, { cwd: tmpdir(), encoding: "utf8" }).status === 0;
})();

/** Makes `dir` and everything below it the unprivileged user's (when root). */
export function giveAway(dir: string): void {
  if (!isRoot) return;
  chownSync(dir, NOBODY, NOBODY);
  if (lstatSync(dir).isDirectory()) for (const e of readdirSync(dir)) giveAway(join(dir, e));
}

export function runUnprivileged(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const [file, argv] = command(args);
  const r = spawnSync(file, argv, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
