import { describe, expect, it } from "vitest";
import { SafetyGapError, excerptAt, lineColumnAt } from "../src/errors.js";

describe("excerptAt(where)", () => {
  it("shows a short line whole with a caret under the token", () => {
    const got = excerptAt({ file: "f.md", source: "one\nthe {{ bad }} here\n", line: 2, column: 5, length: 9 });
    expect(got).toBe("  2 | the {{ bad }} here\n          ^^^^^^^^^");
  });

  it("cuts a long line to a window that keeps the token under the caret", () => {
    const line = `${"a".repeat(300)}BAD${"b".repeat(300)}`;
    const got = excerptAt({ file: "f.md", source: line, line: 1, column: 301, length: 3 })!;
    const [text, caret] = got.split("\n") as [string, string];
    expect(text.length).toBeLessThan(120);
    expect(text.slice(caret.indexOf("^"), caret.indexOf("^") + 3)).toBe("BAD");
    expect(text).toContain("…");
  });

  it("is undefined without a source or a line", () => {
    expect(excerptAt({ file: "f" })).toBeUndefined();
    expect(excerptAt({ file: "f", source: "x", line: 5 })).toBeUndefined();
  });
});

describe("lineColumnAt(source, offset)", () => {
  it("counts lines and columns from 1", () => {
    expect(lineColumnAt("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});

describe("SafetyGapError.format()", () => {
  it("gives file:line:column, the excerpt and the fix", () => {
    const e = new SafetyGapError("unknown key", { file: "report/x.md", line: 1, column: 3, source: "a {{k}}", length: 5 }, "Use a key of results.json.");
    expect(e.format()).toBe("report/x.md:1:3: unknown key\n  1 | a {{k}}\n        ^^^^^\n  fix: Use a key of results.json.");
  });
});
