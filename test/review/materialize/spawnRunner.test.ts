// spawnRunner, the Runner that builds revisions: a program without a shell, its output, exit status and
// signal, its input, and what it says when the program cannot start. Node itself runs tiny `-e` scripts,
// so each program takes milliseconds and needs nothing installed.
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnRunner } from "../../../src/review/materializeRevision.js";

const node = (script: string): [string, string[]] => [process.execPath, ["-e", script]];

describe("spawnRunner", () => {
  let dir = "";
  beforeAll(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "spawn-runner-")));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives the program's exit status, its stdout as UTF-8 text and its bytes, and its stderr", async () => {
    const r = await spawnRunner(...node('process.stdout.write("out é\\n"); process.stderr.write("err é\\n"); process.exit(3)'), { cwd: dir });
    expect(r).toEqual({ status: 3, signal: null, stdout: "out é\n", stderr: "err é\n", raw: Buffer.from("out é\n") });
  });

  it("a program that succeeds has status 0", async () => {
    const r = await spawnRunner(...node('process.stdout.write("fine")'), { cwd: dir });
    expect(r).toEqual({ status: 0, signal: null, stdout: "fine", stderr: "", raw: Buffer.from("fine") });
  });

  it("runs the program in the given folder, with the arguments as given (no shell)", async () => {
    const r = await spawnRunner(process.execPath, ["-e", "process.stdout.write(JSON.stringify([process.cwd(), process.argv.slice(1)]))", "$HOME", "a b", "*"], { cwd: dir });
    expect(JSON.parse(r.stdout)).toEqual([dir, ["$HOME", "a b", "*"]]);
  });

  it("without input, the program's stdin is closed (/dev/null), not a pipe left open", async () => {
    const r = await spawnRunner(...node('const s = require("fs").fstatSync(0); process.stdout.write(String(s.isCharacterDevice()))'), { cwd: dir });
    expect(r.stdout).toBe("true");
  });

  it("writes the input to the program's stdin and closes it", async () => {
    const input = Buffer.from([0, 1, 2, 0xff, 0x41]);
    const script = 'const c = []; process.stdin.on("data", (d) => c.push(d)); process.stdin.on("end", () => process.stdout.write(Buffer.concat(c).toString("hex")))';
    const r = await spawnRunner(...node(script), { cwd: dir, input });
    expect(r).toEqual({ status: 0, signal: null, stdout: "000102ff41", stderr: "", raw: Buffer.from("000102ff41") });
  });

  it("binary: stdout only as bytes (a tar archive is no text)", async () => {
    const r = await spawnRunner(...node("process.stdout.write(Buffer.from([0xff, 0x00, 0x80, 0x41]))"), { cwd: dir, binary: true });
    expect(r).toEqual({ status: 0, signal: null, stdout: "", stderr: "", raw: Buffer.from([0xff, 0x00, 0x80, 0x41]) });
  });

  it("a program that exits without reading its input (a failing tar) gives its status, no EPIPE crash", async () => {
    const r = await spawnRunner(...node('process.stderr.write("tar: refused"); process.exit(2)'), { cwd: dir, input: Buffer.alloc(16 * 1024 * 1024, 0x61) });
    expect(r).toEqual({ status: 2, signal: null, stdout: "", stderr: "tar: refused", raw: Buffer.alloc(0) });
  });

  it("a program that does not exist (git not installed): status -2 and the spawn error as stderr", async () => {
    const r = await spawnRunner("safety-gap-test-no-such-program", ["rev-parse"], { cwd: dir });
    expect(r).toEqual({ status: -2, signal: null, stdout: "", stderr: "Error: spawn safety-gap-test-no-such-program ENOENT", raw: Buffer.alloc(0) });
  });

  it("aborting stops the program with SIGTERM: status 1 and the signal, no error text", async () => {
    const interrupt = new AbortController();
    // Would run for 5 s unless stopped; aborted before it runs any code, so it prints nothing.
    const pending = spawnRunner(...node('setTimeout(() => process.stdout.write("not stopped"), 5000)'), { cwd: dir, signal: interrupt.signal });
    interrupt.abort("SIGINT");
    expect(await pending).toEqual({ status: 1, signal: "SIGTERM", stdout: "", stderr: "", raw: Buffer.alloc(0) });
  });

  it("a program ended by a signal of its own reports that signal", async () => {
    const r = await spawnRunner(...node('process.kill(process.pid, "SIGINT"); setTimeout(() => undefined, 5000)'), { cwd: dir });
    expect(r).toEqual({ status: 1, signal: "SIGINT", stdout: "", stderr: "", raw: Buffer.alloc(0) });
  });
});
