import { describe, expect, it } from "vitest";
import { integerOption, MAX_WORKERS, parseOptions, workersOption } from "../../src/cli/parseOptions.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

const spec = { out: { type: "string" }, quiet: { type: "boolean", short: "q" } } as const;

/** The whole text of the SafetyGapError `f` stops with. */
const messageOf = (f: () => unknown): string => safetyGapErrorOf(f).format();

describe("parseOptions(command, args, spec, positionals)", () => {
  it("reads --name value, --name=value, flags and short flags", () => {
    expect(parseOptions("build", ["--out", "a", "-q"], spec).values).toEqual({ out: "a", quiet: true });
    expect(parseOptions("build", ["--out=b"], spec).values).toEqual({ out: "b" });
    expect(parseOptions("diff", ["x", "--", "--y"], spec, true).positionals).toEqual(["x", "--y"]);
  });

  it("names the option and points to --help for each mistake", () => {
    expect(messageOf(() => parseOptions("build", ["--fast"], spec))).toBe("(command line): unknown option `--fast`\n  fix: See `safety-gap build --help`.");
    expect(messageOf(() => parseOptions("build", ["--out"], spec))).toContain("`--out` needs a value");
    expect(messageOf(() => parseOptions("build", ["--quiet=1"], spec))).toContain("`--quiet` is a flag and takes no value");
    expect(messageOf(() => parseOptions("build", ["stray"], spec))).toContain("unexpected argument `stray`");
  });

  it("says which option a mistyped one probably meant, and nothing when none is close or the option is short", () => {
    const watch = { report: { type: "string" }, out: { type: "string" }, port: { type: "string" }, "no-pdf": { type: "boolean" }, "no-site": { type: "boolean" } } as const;
    const cases: [string[], string][] = [
      [["--reprot", "r"], "(command line): unknown option `--reprot`; did you mean `--report`?\n  fix: See `safety-gap watch --help`."],
      [["--prot=1"], "(command line): unknown option `--prot`; did you mean `--port`?\n  fix: See `safety-gap watch --help`."],
      [["--nopdf"], "(command line): unknown option `--nopdf`; did you mean `--no-pdf`?\n  fix: See `safety-gap watch --help`."],
      [["--no-sites"], "(command line): unknown option `--no-sites`; did you mean `--no-site`?\n  fix: See `safety-gap watch --help`."],
      [["--hepl"], "(command line): unknown option `--hepl`; did you mean `--help`?\n  fix: See `safety-gap watch --help`."],
      [["--verbose"], "(command line): unknown option `--verbose`\n  fix: See `safety-gap watch --help`."],
      [["-p", "1"], "(command line): unknown option `-p`\n  fix: See `safety-gap watch --help`."],
    ];
    for (const [args, message] of cases) expect(messageOf(() => parseOptions("watch", args, watch)), args.join(" ")).toBe(message);
  });

  it("takes a negative number after an option as its value, so the number's check speaks (was: '`--seed` is a flag and takes no value')", () => {
    const numbers = { seed: { type: "string" }, workers: { type: "string" } } as const;
    expect(parseOptions("compute", ["--seed", "-1", "--workers", "-2"], numbers).values).toEqual({ seed: "-1", workers: "-2" });
    expect(messageOf(() => integerOption("compute", "seed", parseOptions("compute", ["--seed", "-1"], numbers).values.seed, 42))).toBe(
      "(command line): `--seed` must be an integer >= 0, got `-1`\n  fix: Pass e.g. --seed 1; see `safety-gap compute --help`.",
    );
    expect(messageOf(() => workersOption("compute", parseOptions("compute", ["--workers", "-1"], numbers).values.workers, 2))).toContain(
      "`--workers` must be an integer >= 1, got `-1`",
    );
  });

  it("says how to pass a value that starts with a dash", () => {
    expect(messageOf(() => parseOptions("build", ["--out", "-x"], spec))).toBe(
      "(command line): `--out` needs a value, and `-x` starts with a dash like an option\n  fix: Write `--out=-x` if `-x` is the value; see `safety-gap build --help`.",
    );
  });

  it("refuses an option given twice (was: the last one silently won)", () => {
    const numbers = { seed: { type: "string" }, quiet: { type: "boolean", short: "q" } } as const;
    expect(messageOf(() => parseOptions("compute", ["--seed", "1", "--seed=2"], numbers))).toBe(
      "(command line): `--seed` is given twice (`1`, then `2`)\n  fix: Give each option once; see `safety-gap compute --help`.",
    );
    expect(messageOf(() => parseOptions("compute", ["-q", "--quiet"], numbers))).toContain("`--quiet` is given twice");
  });
});

describe("integerOption(command, name, value, fallback, min)", () => {
  it("returns the fallback when absent and the number when valid", () => {
    expect(integerOption("compute", "seed", undefined, 42)).toBe(42);
    expect(integerOption("compute", "seed", "7", 42)).toBe(7);
  });
  it("rejects non-integers and values below min", () => {
    for (const v of ["0", "-1", "1.5", "two", ""]) expect(messageOf(() => integerOption("compute", "workers", v, 1, 1))).toContain(`\`--workers\` must be an integer >= 1, got \`${v}\``);
  });

  it("names the real limit of an integer: 2^53 - 1 unless the option has a smaller one", () => {
    expect(integerOption("compute", "seed", "9007199254740991", 42)).toBe(9007199254740991);
    expect(messageOf(() => integerOption("compute", "seed", "18446744073709551616", 42))).toBe(
      "(command line): `--seed` must be at most 2^53 - 1 = 9007199254740991 (the largest integer a JavaScript number holds exactly), got `18446744073709551616`\n  fix: Pass e.g. --seed 1; see `safety-gap compute --help`.",
    );
  });
});

describe("workersOption(command, value, fallback)", () => {
  it("takes 1 to 256 threads and refuses more (was: --workers 1000 started 1000 threads, 21 s instead of 3.4 s)", () => {
    expect(MAX_WORKERS).toBe(256);
    expect(workersOption("compute", undefined, 8)).toBe(8);
    expect(workersOption("compute", "256", 8)).toBe(256);
    expect(messageOf(() => workersOption("compute", "1000", 8))).toBe(
      "(command line): `--workers` must be at most 256, got `1000`\n  fix: More threads than cores or than bootstrap comparisons (90 in the paper) only add start-up time; pass e.g. --workers 4; see `safety-gap compute --help`.",
    );
    expect(messageOf(() => workersOption("compute", "0", 8))).toContain("`--workers` must be an integer >= 1, got `0`");
  });
});
