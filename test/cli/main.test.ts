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
});
