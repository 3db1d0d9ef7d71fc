/**
 * main() and runCommand() in this process: help, version, unknown commands
 * and the exit codes errors turn into (the spawned CLI is tested in
 * test/cli/main.test.ts, which cannot reach a mutant of these modules).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { main, toolVersion, usage } from "../../../src/cli/main.js";
import { runCommand } from "../../../src/cli/runCommand.js";
import { SafetyGapError } from "../../../src/errors.js";
import type { CliIO, Command } from "../../../src/cli/command.js";
import { processIO } from "../../../src/cli/command.js";
import { initCommand } from "../../../src/cli/commands/init.js";

function capture(): CliIO & { out: string; err: string } {
  const io = { out: "", err: "", isTTY: false, cwd: tmpdir(), env: {}, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

const USAGE = `safety-gap: regenerate the paper from its simulation

usage: safety-gap <command> [options]

commands:
  init     create a new paper (config, example study, text, table, figure, claims) in a new folder
  build    the whole paper: results, figures, HTML, PDF and supplement into out/
  watch    rebuild on change and serve out/ with live reload (npm run dev)
  compute  simulate and analyze: report/model.yaml -> out/results.json, out/data/*.csv
  diff     compare every number of two results (files, output folders or git revisions)
  sweep    run the study for many seeds: spread of every number, hold rate of every claim (out/sweep.json)
  check    check the published paper against the reproduction, itself, and its claims

Run \`safety-gap <command> --help\` for a command's options.
`;

describe("main", () => {
  it("prints the usage with exit 0 for no command, --help, -h and help", async () => {
    expect(usage()).toBe(USAGE);
    for (const argv of [[], ["--help"], ["-h"], ["help"]]) {
      const io = capture();
      expect(await main(argv, io), argv.join(" ")).toBe(0);
      expect(io.out, argv.join(" ")).toBe(USAGE);
      expect(io.err, argv.join(" ")).toBe("");
    }
  });

  it("prints a command's help for `help <name>`, `<name> --help` and `<name> -h`", async () => {
    for (const argv of [["help", "init"], ["init", "--help"], ["init", "-h"]]) {
      const io = capture();
      expect(await main(argv, io), argv.join(" ")).toBe(0);
      expect(io.out, argv.join(" ")).toBe(initCommand.help);
      expect(io.err).toBe("");
    }
  });

  it("refuses `help nope` with exit 2, the closest command and the usage, as for `nope`", async () => {
    const io = capture();
    expect(await main(["help", "bulid"], io)).toBe(2);
    expect(io.err).toBe(`safety-gap: unknown command 'bulid'. Did you mean 'build'?\n\n${USAGE}`);
    expect(io.out).toBe("");
    const io2 = capture();
    expect(await main(["bulid", "--help"], io2)).toBe(2);
    expect(io2.err).toBe(`safety-gap: unknown command 'bulid'. Did you mean 'build'?\n\n${USAGE}`);
    const io3 = capture();
    expect(await main(["hlep"], io3)).toBe(2);
    expect(io3.err).toBe(`safety-gap: unknown command 'hlep'. Did you mean 'help'?\n\n${USAGE}`);
    const io4 = capture();
    expect(await main(["zzzzzzzz"], io4)).toBe(2);
    expect(io4.err).toBe(`safety-gap: unknown command 'zzzzzzzz'.\n\n${USAGE}`);
  });

  it("prints the package's version for --version and -v", async () => {
    const version = (JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string }).version;
    expect(toolVersion()).toBe(version);
    for (const flag of ["--version", "-v"]) {
      const io = capture();
      expect(await main([flag], io)).toBe(0);
      expect(io.out).toBe(`${version}\n`);
    }
  });

  it("turns a command's input error into exit 2 with the command's name", async () => {
    const io = capture();
    expect(await main(["compute", "--qiet"], io)).toBe(2);
    expect(io.err).toBe("safety-gap compute: (command line): unknown option `--qiet`; did you mean `--quiet`?\n  fix: See `safety-gap compute --help`.\n");
    expect(io.out).toBe("");
  });
});

describe("runCommand", () => {
  const command = (run: Command["run"]): (() => Promise<Command>) => () => Promise.resolve({ name: "x", help: "HELP\n", run });

  it("returns the command's own exit code and passes it the arguments and io", async () => {
    const io = capture();
    let seen: string[] = [];
    expect(await runCommand("x", command((args, given) => ((seen = args), given.stdout("ran\n"), Promise.resolve(7))), ["a", "b"], io)).toBe(7);
    expect(seen).toEqual(["a", "b"]);
    expect(io.out).toBe("ran\n");
  });

  it("prints the help instead of running for --help or -h anywhere in the arguments", async () => {
    for (const args of [["a", "--help"], ["-h"]]) {
      const io = capture();
      let ran = false;
      expect(await runCommand("x", command(() => ((ran = true), Promise.resolve(5))), args, io)).toBe(0);
      expect(io.out).toBe("HELP\n");
      expect(ran).toBe(false);
    }
  });

  it("reports an input error with exit 2, a bug with exit 3 and its stack, a thrown non-Error as text", async () => {
    const io = capture();
    expect(await runCommand("x", command(() => Promise.reject(new SafetyGapError("bad thing", { file: "a.yaml", line: 3 }, "Do this."))), [], io)).toBe(2);
    expect(io.err).toBe("safety-gap x: a.yaml:3: bad thing\n  fix: Do this.\n");
    const bug = new Error("oops");
    const io2 = capture();
    expect(await runCommand("x", command(() => Promise.reject(bug)), [], io2)).toBe(3);
    expect(io2.err).toBe(`safety-gap x: internal error (please report):\n${bug.stack}\n`);
    const io3 = capture();
    expect(await runCommand("x", () => Promise.reject("no module"), [], io3)).toBe(3);
    expect(io3.err).toBe("safety-gap x: internal error (please report):\nno module\n");
  });
});

describe("processIO", () => {
  it("writes to the process's stdout and stderr, with its working folder and environment", () => {
    const io = processIO();
    expect(io.cwd).toBe(process.cwd());
    expect(io.env).toBe(process.env);
    expect(io.isTTY).toBe(Boolean(process.stderr.isTTY));
    const written: string[] = [];
    const out = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    process.stdout.write = ((t: string) => (written.push(`out:${t}`), true)) as typeof process.stdout.write;
    process.stderr.write = ((t: string) => (written.push(`err:${t}`), true)) as typeof process.stderr.write;
    try {
      io.stdout("a");
      io.stderr("b");
    } finally {
      process.stdout.write = out;
      process.stderr.write = err;
    }
    expect(written).toEqual(["out:a", "err:b"]);
  });

  // Last in this file: after EPIPE the module drops stdout for good.
  it("drops stdout quietly once its reader has gone (EPIPE), rethrows any other stdout error, and guards stdout once", () => {
    const before = process.stdout.listenerCount("error");
    const io = processIO();
    processIO();
    expect(process.stdout.listenerCount("error")).toBe(before);
    expect(() => process.stdout.emit("error", Object.assign(new Error("write EIO"), { code: "EIO" }))).toThrow("write EIO");
    const written: string[] = [];
    const out = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((t: string) => (written.push(t), true)) as typeof process.stdout.write;
    try {
      io.stdout("before");
      process.stdout.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
      io.stdout("after");
    } finally {
      process.stdout.write = out;
    }
    expect(written).toEqual(["before"]);
  });
});
