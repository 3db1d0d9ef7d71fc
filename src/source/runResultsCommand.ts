/**
 * Runs the config's results command: the program and its arguments as one
 * argv (no shell, so nothing in it is expanded: `$HOME`, `*.csv`, `;` and
 * `|` reach the program as written), in the paper folder, with stdin
 * closed, stopped (with every process it started) after the config's
 * timeout. A failure is a SafetyGapError naming the config field, with the
 * last lines of what the command printed, escaped and bounded.
 */
import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable } from "node:stream";
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/source.js";
import { escapeUnsafe } from "../text/shownValue.js";
import type { CommandSource } from "./types.js";

/** How much of the command's output is kept for an error message: its last 64 KiB, of which the last lines are shown. */
const KEPT_BYTES = 64 * 1024;
export const TAIL_LINES = 20;
export const TAIL_LINE_CHARS = 200;

/** Keeps the last KEPT_BYTES of a stream. */
class Tail {
  private chunks: Buffer[] = [];
  private size = 0;
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    // Never empties the list: a chunk is dropped only when the ones after it hold KEPT_BYTES.
    while (this.size - this.chunks[0]!.length >= KEPT_BYTES) this.size -= this.chunks.shift()!.length;
  }
  text(): string {
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - KEPT_BYTES)).toString("utf8");
  }
}

/** The last lines of a command's output, each escaped and cut, indented for a message. */
export function outputTail(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
  if (lines.length === 1 && lines[0] === "") return "";
  const shown = lines.slice(-TAIL_LINES).map((l) => {
    const cut = l.length > TAIL_LINE_CHARS ? `${l.slice(0, TAIL_LINE_CHARS)}… (${l.length} characters)` : l;
    return `  | ${escapeUnsafe(cut)}`;
  });
  return lines.length > TAIL_LINES ? [`  | … (${lines.length - TAIL_LINES} lines before)`, ...shown].join("\n") : shown.join("\n");
}

/** Runs `source`'s command to completion; throws a SafetyGapError when it cannot start, fails or times out. */
export function runResultsCommand(source: CommandSource, env: NodeJS.ProcessEnv): Promise<void> {
  const [program, ...args] = source.argv;
  const where = { file: source.configFile, path: "results.command" };
  if (program === undefined || program === "") return Promise.reject(new SafetyGapError(msg.emptyCommand(), where, msg.emptyCommandHint()));
  return new Promise((resolvePromise, reject) => {
    // detached: the command leads a process group of its own, so a timeout stops what it started too.
    let child: ChildProcessByStdio<null, Readable, Readable>;
    try {
      child = spawn(program, args, { cwd: source.cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true, shell: false, windowsHide: true });
    } catch (e) {
      // Refused before a process exists (E2BIG: the words and the environment are too large for the system).
      reject(cannotStart(program, e, where));
      return;
    }
    const stderr = new Tail();
    const stdout = new Tail();
    child.stdout.on("data", (c: Buffer) => stdout.push(c));
    child.stderr.on("data", (c: Buffer) => stderr.push(c));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, source.timeout * 1000);
    child.on("error", (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (e.code === "ENOENT") reject(new SafetyGapError(msg.notFound(program), where, msg.notFoundHint("results.command")));
      else if (e.code === "EACCES" || e.code === "ENOEXEC") reject(new SafetyGapError(msg.notRunnable(program, e.code), where, msg.notRunnableHint("results.command")));
      else reject(cannotStart(program, e, where));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (!timedOut && code === 0) return resolvePromise();
      // A process it started may still hold the group: a failed run leaves nothing behind.
      killGroup(child.pid);
      const printed = stderr.text().trim() ? stderr.text() : stdout.text();
      // Stryker disable next-line StringLiteral: Node gives the signal whenever the exit code is null, so "a signal" is never shown
      const status = timedOut ? msg.timedOut(source.timeout) : code !== null ? msg.exitStatus(code) : msg.killedBy(signal ?? "a signal");
      reject(
        new SafetyGapError(msg.failed(source.text, status, outputTail(printed)), timedOut ? { file: source.configFile, path: "results.timeout" } : where, timedOut ? msg.timedOutHint("results.timeout") : msg.failedHint("results.command")),
      );
    });
  });
}

/** Any other reason the system gives for not starting the program, named by its code. */
function cannotStart(program: string, e: unknown, where: { file: string; path: string }): SafetyGapError {
  const code = (e as { code?: unknown }).code;
  return new SafetyGapError(msg.notStarted(program, typeof code === "string" ? code : "no reason given"), where, msg.notStartedHint("results.command"));
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // The group has already exited.
  }
}
