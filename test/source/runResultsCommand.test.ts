// Running the config's results command: no shell, in the paper folder, a failure as an error naming
// the config field with the bounded, escaped tail of what the command printed, a hang stopped.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { outputTail, runResultsCommand } from "../../src/source/runResultsCommand.js";
import type { CommandSource } from "../../src/source/types.js";
import { safetyGapErrorOfAsync } from "../helpers/safetyGapError.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder in the system's temporary folder, removed after the file's tests. */
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "sg-run-"));
  made.push(dir);
  return dir;
}

const node = process.execPath;
const source = (argv: string[], extra: Partial<CommandSource> = {}): CommandSource => ({
  kind: "command",
  argv,
  text: extra.text ?? "node script",
  inputs: [],
  output: "results.json",
  timeout: 30,
  cwd: tempDir(),
  configFile: "safety-gap.config.yaml",
  ...extra,
});

describe("runResultsCommand", () => {
  it("runs the program with its words as written (no shell), in the paper folder", async () => {
    const s = source([node, "-e", 'require("fs").writeFileSync("args.json", JSON.stringify([process.cwd(), ...process.argv.slice(1)]))', "$HOME", "*.csv", "a b;|>x"]);
    await runResultsCommand(s, {});
    expect(JSON.parse(readFileSync(join(s.cwd, "args.json"), "utf8"))).toEqual([s.cwd, "$HOME", "*.csv", "a b;|>x"]);
  });

  it("reports a non-zero exit with the end of stderr, escaped, naming results.command", async () => {
    const e = await safetyGapErrorOfAsync(() => runResultsCommand(source([node, "-e", 'console.log("out"); console.error("line 1\\nbad \\u001b[31mred"); process.exit(3)'], { text: "python3 a.py" }), {}));
    expect(e.format()).toBe(
      [
        'safety-gap.config.yaml (results.command): the results command "python3 a.py" exited with status 3; the end of its output:',
        "  | line 1",
        "  | bad \\u001b[31mred",
        "  fix: Fix the command (run it yourself in the paper folder to see all of its output), or change results.command in the config.",
      ].join("\n"),
    );
  });

  it("shows stdout when stderr is empty, and says when the command printed nothing", async () => {
    const printed = await safetyGapErrorOfAsync(() => runResultsCommand(source([node, "-e", 'console.log("only stdout"); process.exit(1)']), {}));
    expect(printed.message).toBe('the results command "node script" exited with status 1; the end of its output:\n  | only stdout');
    const silent = await safetyGapErrorOfAsync(() => runResultsCommand(source([node, "-e", "process.exit(2)"]), {}));
    expect(silent.message).toBe('the results command "node script" exited with status 2 and printed nothing');
  });

  it("names a program that does not exist", async () => {
    const e = await safetyGapErrorOfAsync(() => runResultsCommand(source(["no-such-program-sg", "x"]), { PATH: "/nonexistent" }));
    expect(e.format()).toBe(
      [
        'safety-gap.config.yaml (results.command): cannot run the results command: program "no-such-program-sg" not found',
        "  fix: Install it or write its full path in results.command; the command runs without a shell, in the paper folder (docs/config.md).",
      ].join("\n"),
    );
  });

  // Its own timeout: a command left running (not stopped with its group, or stopped with a signal it ignores)
  // would hold the test for a minute.
  it("stops a command that runs longer than results.timeout, and what it started, even when it ignores SIGTERM", { timeout: 15_000 }, async () => {
    const s = source(
      [node, "-e", 'process.on("SIGTERM", () => {}); require("child_process").spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "inherit" }); console.error("working"); setTimeout(() => {}, 60000)'],
      { timeout: 1 },
    );
    const e = await safetyGapErrorOfAsync(() => runResultsCommand(s, {}));
    expect(e.format()).toBe(
      [
        'safety-gap.config.yaml (results.timeout): the results command "node script" did not finish within 1 s and was stopped; the end of its output:',
        "  | working",
        "  fix: Make the command faster, or raise results.timeout (seconds) in the config.",
      ].join("\n"),
    );
  });

  it("keeps the last 20 lines, each cut at 200 characters", () => {
    const lines = Array.from({ length: 25 }, (_, i) => `line ${i + 1}`);
    lines[24] = "y".repeat(250);
    const tail = outputTail(`${lines.join("\n")}\n`).split("\n");
    expect(tail).toHaveLength(21);
    expect(tail[0]).toBe("  | … (5 lines before)");
    expect(tail[1]).toBe("  | line 6");
    expect(tail[20]).toBe(`  | ${"y".repeat(200)}… (250 characters)`);
    expect(outputTail("\n\n")).toBe("");
  });

  it("refuses an empty command", async () => {
    const e = await safetyGapErrorOfAsync(() => runResultsCommand(source([]), {}));
    expect(e.message).toBe("the results command is empty");
  });
  it("closes the command's stdin, so a command that reads it does not wait", { timeout: 15_000 }, async () => {
    const s = source([node, "-e", 'require("fs").writeFileSync("stdin.txt", require("fs").readFileSync(0))'], { timeout: 5 });
    await runResultsCommand(s, {});
    expect(readFileSync(join(s.cwd, "stdin.txt"), "utf8")).toBe("");
  });

  it("shows the last 64 KiB of a long output", async () => {
    // One line of 200,000 characters: what is kept of it is counted in the message.
    const e = await safetyGapErrorOfAsync(() => runResultsCommand(source([node, "-e", 'process.stderr.write("x".repeat(200000)); process.exitCode = 1']), {}));
    expect(e.message).toBe(`the results command "node script" exited with status 1; the end of its output:\n  | ${"x".repeat(200)}… (65536 characters)`);
  });

  it("shows stdout when stderr has only blank space", async () => {
    const e = await safetyGapErrorOfAsync(() => runResultsCommand(source([node, "-e", 'console.log("out"); console.error("  "); process.exitCode = 4']), {}));
    expect(e.message).toBe('the results command "node script" exited with status 4; the end of its output:\n  | out');
  });

  it("names the signal that stopped the command", async () => {
    const e = await safetyGapErrorOfAsync(() => runResultsCommand(source([node, "-e", 'process.kill(process.pid, "SIGTERM")']), {}));
    expect(e.format()).toBe(
      [
        'safety-gap.config.yaml (results.command): the results command "node script" was stopped by SIGTERM and printed nothing',
        "  fix: Fix the command (run it yourself in the paper folder to see all of its output), or change results.command in the config.",
      ].join("\n"),
    );
  });

  it("names a program that is not executable", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "analysis.py"), "print(1)\n", { mode: 0o644 });
    const e = await safetyGapErrorOfAsync(() => runResultsCommand(source(["./analysis.py"], { cwd: dir }), {}));
    expect(e.format()).toBe(
      [
        'safety-gap.config.yaml (results.command): cannot run the results command: program "./analysis.py" cannot be started (EACCES)',
        '  fix: Make it executable (chmod +x), or name its interpreter first in results.command (e.g. "python3 analysis.py").',
      ].join("\n"),
    );
  });

  it("names what the system gives when it refuses to start the program: words too long together (E2BIG), a NUL in a word", async () => {
    // The config allows 1,000 words of 10,000 characters; together they pass the system's limit on a command line.
    const long = source([node, ...Array.from({ length: 1000 }, () => "x".repeat(10_000))]);
    const e = await safetyGapErrorOfAsync(() => runResultsCommand(long, {}));
    const hint = "  fix: Check results.command: its program and words, and their length (a very long command or environment is refused); the command runs without a shell, in the paper folder (docs/config.md).";
    expect(e.format()).toBe([`safety-gap.config.yaml (results.command): cannot run the results command: the system refused to start program "${node}" (E2BIG)`, hint].join("\n"));
    // The config refuses a NUL (configSchema.ts); a caller that passes one still gets a message, without the word.
    const nul = await safetyGapErrorOfAsync(() => runResultsCommand(source([node, "a\0b"]), {}));
    expect(nul.format()).toBe([`safety-gap.config.yaml (results.command): cannot run the results command: the system refused to start program "${node}" (ERR_INVALID_ARG_VALUE)`, hint].join("\n"));
  });

  it("refuses a command whose program is an empty word", async () => {
    const e = await safetyGapErrorOfAsync(() => runResultsCommand(source(["", "x"]), {}));
    expect(e.format()).toBe(
      [
        "safety-gap.config.yaml (results.command): the results command is empty",
        '  fix: Write the program and its arguments, e.g. results: { command: "python3 analysis.py", inputs: [analysis.py] }.',
      ].join("\n"),
    );
  });

  it("reads a lone carriage return as a line break, and keeps a first line that is empty", () => {
    expect(outputTail("a\rb\r\nc")).toBe("  | a\n  | b\n  | c");
    expect(outputTail("\nx\n")).toBe("  | \n  | x");
  });

  it("keeps a line of exactly 200 characters whole, and 20 lines without a count of those before", () => {
    expect(outputTail("z".repeat(200))).toBe(`  | ${"z".repeat(200)}`);
    const twenty = Array.from({ length: 20 }, (_, i) => `l${i + 1}`);
    expect(outputTail(twenty.join("\n"))).toBe(twenty.map((l) => `  | ${l}`).join("\n"));
  });
});
