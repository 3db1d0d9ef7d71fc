import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main, usage } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/command.js";

function capture(): { io: CliIO; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    io: { stdout: (t) => (out += t), stderr: (t) => (err += t), isTTY: false, cwd: process.cwd(), env: {} },
    out: () => out,
    err: () => err,
  };
}

describe("main(argv)", () => {
  it("prints usage for no arguments and --help", async () => {
    for (const argv of [[], ["--help"], ["-h"]]) {
      const c = capture();
      expect(await main(argv, c.io)).toBe(0);
      expect(c.out()).toBe(usage());
    }
  });

  it("rejects an unknown command with exit code 2 and the usage", async () => {
    const c = capture();
    expect(await main(["bulid"], c.io)).toBe(2);
    expect(c.err()).toContain("unknown command 'bulid'");
  });

  it("says which command a mistyped one probably meant, and nothing when none is close", async () => {
    const cases: [string[], string][] = [
      [["bulid"], "safety-gap: unknown command 'bulid'. Did you mean 'build'?"],
      [["chek", "--strict"], "safety-gap: unknown command 'chek'. Did you mean 'check'?"],
      [["Watch"], "safety-gap: unknown command 'Watch'. Did you mean 'watch'?"],
      [["hlep"], "safety-gap: unknown command 'hlep'. Did you mean 'help'?"],
      [["help", "dif"], "safety-gap: unknown command 'dif'. Did you mean 'diff'?"],
      [["xyzzy"], "safety-gap: unknown command 'xyzzy'."],
      [["serve"], "safety-gap: unknown command 'serve'."],
    ];
    for (const [argv, line] of cases) {
      const c = capture();
      expect(await main(argv, c.io), argv.join(" ")).toBe(2);
      expect(c.err()).toBe(`${line}\n\n${usage()}`);
    }
  });

  it("help <command> prints its help; help of an unknown command exits 2 like the command itself", async () => {
    const c = capture();
    expect(await main(["help", "diff"], c.io)).toBe(0);
    expect(c.out()).toMatch(/^usage: safety-gap diff/);
    const nope = capture();
    expect(await main(["help", "nope"], nope.io)).toBe(2);
    expect(nope.err()).toContain("unknown command 'nope'");
    expect(nope.out()).toBe("");
  });

  it("prints the version from package.json", async () => {
    const c = capture();
    expect(await main(["--version"], c.io)).toBe(0);
    expect(c.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe("commands", () => {
  it("each entry loads the command of its name, and every command has --help", async () => {
    const { commands } = await import("../../src/cli/commands/index.js");
    for (const entry of commands) {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      const c = capture();
      expect(await main([entry.name, "--help"], c.io)).toBe(0);
      expect(c.out()).toMatch(new RegExp(`^usage: safety-gap ${entry.name}`));
    }
  });

  it("every command's --help lines its options' descriptions up in one column", async () => {
    const { commands } = await import("../../src/cli/commands/index.js");
    for (const entry of commands) {
      const options = (await entry.load()).help.split("\n").filter((l) => /^ {2}-/.test(l));
      const columns = new Set(options.map((l) => /^ {2}\S+(?: [A-Z]+| [a-z]+)? +/.exec(l)![0].length));
      expect([...columns], `${entry.name}:\n${options.join("\n")}`).toHaveLength(1);
    }
  });
});

describe("dist/cli/main.js run directly", () => {
  // The compiled CLI (vitest runs after `node scripts/dist.js`), as a user runs it.
  const repo = join(import.meta.dirname, "..", "..");
  const { version } = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { version: string };
  const run = (mainJs: string): string => execFileSync(process.execPath, [mainJs, "--version"], { encoding: "utf8" });

  it("runs from a path with a space and non-ASCII letters (percent-encoded in its file: URL)", () => {
    const dir = mkdtempSync(join(tmpdir(), "sg main é "));
    cpSync(join(repo, "dist"), join(dir, "dist"), { recursive: true });
    cpSync(join(repo, "package.json"), join(dir, "package.json"));
    expect(run(join(dir, "dist", "cli", "main.js"))).toBe(`${version}\n`);
  });

  it("runs through a symlinked folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "sg-main-link-"));
    symlinkSync(repo, join(dir, "repo"), "dir");
    expect(run(join(dir, "repo", "dist", "cli", "main.js"))).toBe(`${version}\n`);
  });
});

describe("output to a closed pipe (safety-gap diff ... | head -1)", () => {
  it("is dropped quietly: no EPIPE stack, the command's own exit status", async () => {
    const mainJs = join(import.meta.dirname, "..", "..", "dist", "cli", "main.js");
    const child = spawn(process.execPath, [mainJs, "--help"], { stdio: ["ignore", "pipe", "pipe"] });
    // The reader is gone before the CLI writes a byte.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((ok) => child.on("close", (c) => ok(c)));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
