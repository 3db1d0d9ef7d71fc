/**
 * The command line's edges, exactly: parseOptions' refusals with short
 * aliases, repeated options and `--`; integerOption's bounds; compute's
 * parsed arguments; main's help for `--help <name>`; and the command table
 * (each entry loads the command of its name, whose help is its usage).
 * test/cli/parseOptions.test.ts and test/cli/inProcess/main.test.ts cover the common cases.
 */
import { describe, expect, it } from "vitest";
import { availableParallelism, tmpdir } from "node:os";
import { integerOption, parseOptions } from "../../../src/cli/parseOptions.js";
import { parseComputeArgs } from "../../../src/cli/commands/compute.js";
import { commands } from "../../../src/cli/commands/index.js";
import { main, usage } from "../../../src/cli/main.js";
import type { CliIO } from "../../../src/cli/command.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";

const spec = { out: { type: "string", short: "o" }, seed: { type: "string", short: "s" }, quiet: { type: "boolean", short: "q" } } as const;

/** The whole text of the SafetyGapError `f` stops with. */
const messageOf = (f: () => unknown): string => safetyGapErrorOf(f).format();

describe("parseOptions: a value that starts with a dash", () => {
  it("names the long option and its value also for a short alias, since the fix `--out=-x` has no short form", () => {
    expect(messageOf(() => parseOptions("build", ["-o", "-x"], spec))).toBe(
      "(command line): `--out` needs a value, and `-x` starts with a dash like an option\n  fix: Write `--out=-x` if `-x` is the value; see `safety-gap build --help`.",
    );
  });

  it("names the value of the occurrence that has the dash, not an earlier one", () => {
    expect(messageOf(() => parseOptions("build", ["--out", "a", "--quiet", "--out", "-y"], spec))).toBe(
      "(command line): `--out` needs a value, and `-y` starts with a dash like an option\n  fix: Write `--out=-y` if `-y` is the value; see `safety-gap build --help`.",
    );
    expect(messageOf(() => parseOptions("build", ["--out=-x", "--seed", "--", "a"], spec, true))).toBe(
      "(command line): `--seed` needs a value, and `--` starts with a dash like an option\n  fix: Write `--seed=--` if `--` is the value; see `safety-gap build --help`.",
    );
  });

  it("takes a negative number after a string option (also a short one) as its value, but not after a flag or `--`", () => {
    expect(parseOptions("build", ["-s", "-5", "--out", "-1x"], spec).values).toEqual({ seed: "-5", out: "-1x" });
    expect(messageOf(() => parseOptions("build", ["-q", "-1"], spec))).toBe("(command line): unknown option `-1`\n  fix: See `safety-gap build --help`.");
    expect(messageOf(() => parseOptions("build", ["--quiet", "-1"], spec))).toBe("(command line): unknown option `-1`\n  fix: See `safety-gap build --help`.");
    const after = parseOptions("build", ["--seed", "1", "--", "--seed", "-1"], spec, true);
    expect([after.values, after.positionals]).toEqual([{ seed: "1" }, ["--seed", "-1"]]);
    // Only a negative number is joined, and only to a lone option: not `--a-1`, not after grouped flags or a positional.
    expect(messageOf(() => parseOptions("build", ["--out", "--a-1"], spec))).toBe(
      "(command line): `--out` needs a value, and `--a-1` starts with a dash like an option\n  fix: Write `--out=--a-1` if `--a-1` is the value; see `safety-gap build --help`.",
    );
    expect(messageOf(() => parseOptions("build", ["-sq", "-1"], spec))).toBe("(command line): unknown option `-1`\n  fix: See `safety-gap build --help`.");
    expect(messageOf(() => parseOptions("build", ["ss-o", "-1"], spec, true))).toBe("(command line): unknown option `-1`\n  fix: See `safety-gap build --help`.");
    // A name the spec does not have is left to parseArgs (unknown), with its value.
    expect(messageOf(() => parseOptions("build", ["--nope", "-1"], spec))).toBe("(command line): unknown option `--nope`\n  fix: See `safety-gap build --help`.");
    expect(messageOf(() => parseOptions("build", ["-z", "-1"], spec))).toBe("(command line): unknown option `-z`\n  fix: See `safety-gap build --help`.");
  });
});

describe("parseOptions: other refusals, exactly", () => {
  const cases: [string[], string][] = [
    [["--out"], "(command line): `--out` needs a value\n  fix: See `safety-gap build --help`."],
    [["-o"], "(command line): `--out` needs a value\n  fix: See `safety-gap build --help`."],
    [["--quiet=1"], "(command line): `--quiet` is a flag and takes no value\n  fix: See `safety-gap build --help`."],
    [["stray"], "(command line): unexpected argument `stray`\n  fix: See `safety-gap build --help`."],
    [["-"], "(command line): unexpected argument `-`\n  fix: See `safety-gap build --help`."],
    [["-x"], "(command line): unknown option `-x`\n  fix: See `safety-gap build --help`."],
    // Words of Node's messages as names: each error is told by its code, not by its wording alone.
    [["--ambiguous"], "(command line): unknown option `--ambiguous`\n  fix: See `safety-gap build --help`."],
    [["ambiguous"], "(command line): unexpected argument `ambiguous`\n  fix: See `safety-gap build --help`."],
    [["--ot", "a"], "(command line): unknown option `--ot`; did you mean `--out`?\n  fix: See `safety-gap build --help`."],
    [["-q", "-q"], "(command line): `--quiet` is given twice\n  fix: Give each option once; see `safety-gap build --help`."],
    [["--out", "a", "-o", "b"], "(command line): `--out` is given twice (`a`, then `b`)\n  fix: Give each option once; see `safety-gap build --help`."],
  ];
  for (const [args, message] of cases) it(args.join(" "), () => expect(messageOf(() => parseOptions("build", args, spec))).toBe(message));

  it("takes each option once, and positionals only when allowed", () => {
    expect(parseOptions("sweep", ["a", "-q", "b"], spec, true).positionals).toEqual(["a", "b"]);
    expect(parseOptions("build", ["--out", "a", "--seed", "1", "-q"], spec).values).toEqual({ out: "a", seed: "1", quiet: true });
  });
});

describe("integerOption: the bounds", () => {
  it("takes min and max themselves, and refuses one below or above, or digits with anything else", () => {
    expect(integerOption("c", "n", "5", 0, 5, 5)).toBe(5);
    expect(messageOf(() => integerOption("c", "n", "4", 0, 5, 5))).toBe("(command line): `--n` must be an integer >= 5, got `4`\n  fix: Pass e.g. --n 5; see `safety-gap c --help`.");
    expect(messageOf(() => integerOption("c", "n", "6", 0, 5, 5))).toBe("(command line): `--n` must be at most 5, got `6`\n  fix: Pass e.g. --n 5; see `safety-gap c --help`.");
    for (const v of ["x1", "1x", " 1", "1 ", "0x1", "1e2"]) expect(messageOf(() => integerOption("c", "seed", v, 0)), v).toBe(`(command line): \`--seed\` must be an integer >= 0, got \`${v}\`\n  fix: Pass e.g. --seed 1; see \`safety-gap c --help\`.`);
    expect(integerOption("c", "seed", "0", 9)).toBe(0);
  });
});

describe("parseComputeArgs", () => {
  it("gives only the options passed, the cores as workers by default, and quiet false", () => {
    expect(parseComputeArgs([])).toEqual({ workers: availableParallelism(), quiet: false });
    expect(parseComputeArgs(["--report", "r", "--out", "o", "--seed", "7", "--workers", "2", "-q"])).toEqual({ report: "r", out: "o", seed: 7, workers: 2, quiet: true });
    expect(parseComputeArgs(["--seed", "0", "--quiet"])).toEqual({ seed: 0, workers: availableParallelism(), quiet: true });
  });

  it("refuses a bad --seed or --workers, and an option of another command", () => {
    expect(messageOf(() => parseComputeArgs(["--seed", "x"]))).toBe("(command line): `--seed` must be an integer >= 0, got `x`\n  fix: Pass e.g. --seed 1; see `safety-gap compute --help`.");
    expect(messageOf(() => parseComputeArgs(["--workers", "257"]))).toBe(
      "(command line): `--workers` must be at most 256, got `257`\n  fix: More threads than cores or than bootstrap comparisons (90 in the paper) only add start-up time; pass e.g. --workers 4; see `safety-gap compute --help`.",
    );
    expect(messageOf(() => parseComputeArgs(["--no-pdf"]))).toBe("(command line): unknown option `--no-pdf`\n  fix: See `safety-gap compute --help`.");
  });
});

function capture(): CliIO & { out: string; err: string } {
  const io = { out: "", err: "", isTTY: false, cwd: tmpdir(), env: {}, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

describe("main and the command table", () => {
  it("prints the usage, not a command's help, for `--help <name>` and `-h <name>`", async () => {
    for (const argv of [["--help", "init"], ["-h", "build"], ["--help", "nope"]]) {
      const io = capture();
      expect(await main(argv, io), argv.join(" ")).toBe(0);
      expect([io.out, io.err], argv.join(" ")).toEqual([usage(), ""]);
    }
  });

  it("loads for each entry the command of its name, whose help starts with its usage line, and `help <name>` prints it", async () => {
    expect(commands.map((c) => c.name)).toEqual(["init", "build", "watch", "compute", "diff", "sweep", "check"]);
    for (const entry of commands) {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      expect(command.help.startsWith(`usage: safety-gap ${entry.name} `), entry.name).toBe(true);
      expect(command.help.endsWith("\n"), entry.name).toBe(true);
      const io = capture();
      expect(await main(["help", entry.name, "ignored"], io)).toBe(0);
      expect(io.out).toBe(command.help);
    }
  });
});
