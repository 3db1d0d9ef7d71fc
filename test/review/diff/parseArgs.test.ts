// The review commands' options: what is kept, and which --format values are refused.
import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../../src/errors.js";
import { formatOption, parseArgs } from "../../../src/review/parseArgs.js";

describe("parseArgs", () => {
  it("keeps the positionals, the valued options and the flags given, and nothing else", () => {
    expect(parseArgs("diff", ["a", "--format", "md", "b", "--quiet"], ["format", "out"], ["quiet", "render"])).toEqual({
      positional: ["a", "b"],
      options: { format: "md", quiet: true },
    });
  });
});

describe("formatOption", () => {
  const allowed = ["text", "md"] as const;

  it("falls back when not given and returns an allowed value", () => {
    expect(formatOption("diff", undefined, allowed, "text")).toBe("text");
    expect(formatOption("diff", "md", allowed, "text")).toBe("md");
  });

  it("refuses an unknown format, and a --format without a value, naming the command line", () => {
    for (const [value, shown] of [
      ["html", "html"],
      [true, "true"],
    ] as const) {
      let error: unknown;
      try {
        formatOption("diff", value, allowed, "text");
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SafetyGapError);
      expect((error as SafetyGapError).message).toBe(`unknown format '${shown}' (use one of: text, md) (see \`safety-gap diff --help\`)`);
      expect((error as SafetyGapError).where).toEqual({ file: "(command line)" });
    }
  });
});
