import { describe, expect, it } from "vitest";
import { integerOption, parseOptions } from "../../src/cli/parseOptions.js";
import { SafetyGapError } from "../../src/errors.js";

const spec = { out: { type: "string" }, quiet: { type: "boolean", short: "q" } } as const;

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SafetyGapError);
    return (e as SafetyGapError).format();
  }
  throw new Error("did not throw");
}

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
});

describe("integerOption(command, name, value, fallback, min)", () => {
  it("returns the fallback when absent and the number when valid", () => {
    expect(integerOption("compute", "seed", undefined, 42)).toBe(42);
    expect(integerOption("compute", "seed", "7", 42)).toBe(7);
  });
  it("rejects non-integers and values below min", () => {
    for (const v of ["0", "-1", "1.5", "two", ""]) expect(messageOf(() => integerOption("compute", "workers", v, 1, 1))).toContain(`\`--workers\` must be an integer >= 1, got \`${v}\``);
  });
});
