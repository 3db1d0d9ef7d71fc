import { describe, expect, it } from "vitest";
import { SafetyGapError, excerptAt, isSafetyGapError, lineColumnAt } from "../src/errors.js";

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

  it("starts the window 30 characters before the token, and marks both cut ends", () => {
    const line = `${"a".repeat(300)}BAD${"b".repeat(300)}`;
    expect(excerptAt({ file: "f.md", source: line, line: 1, column: 301, length: 3 })).toBe(`  1 | …${"a".repeat(30)}BAD${"b".repeat(67)}…\n  ${" ".repeat(35)}^^^`);
  });

  it("ends the window at the line's end for a token near it, with no mark there", () => {
    const line = `${"a".repeat(140)}BAD${"b".repeat(7)}`;
    expect(excerptAt({ file: "f.md", source: line, line: 1, column: 141, length: 3 })).toBe(`  1 | …${"a".repeat(90)}BAD${"b".repeat(7)}\n  ${" ".repeat(95)}^^^`);
  });

  it("shows a line of exactly the window's width whole", () => {
    const line = `${"a".repeat(99)}B`;
    expect(excerptAt({ file: "f.md", source: line, line: 1, column: 100 })).toBe(`  1 | ${line}\n  ${" ".repeat(103)}^`);
  });

  it("is undefined without a source or a line", () => {
    expect(excerptAt({ file: "f" })).toBeUndefined();
    expect(excerptAt({ file: "f", line: 1 })).toBeUndefined();
    expect(excerptAt({ file: "f", source: "x" })).toBeUndefined();
    expect(excerptAt({ file: "f", source: "x", line: 5 })).toBeUndefined();
  });
});

describe("lineColumnAt(source, offset)", () => {
  it("counts lines and columns from 1", () => {
    expect(lineColumnAt("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });

  it("puts a newline at the end of its own line", () => {
    expect(lineColumnAt("ab\ncd", 2)).toEqual({ line: 1, column: 3 });
    expect(lineColumnAt("ab\n", 3)).toEqual({ line: 2, column: 1 });
  });
});

describe("SafetyGapError.format()", () => {
  it("gives file:line:column, the excerpt and the fix", () => {
    const e = new SafetyGapError("unknown key", { file: "report/x.md", line: 1, column: 3, source: "a {{k}}", length: 5 }, "Use a key of results.json.");
    expect(e.format()).toBe("report/x.md:1:3: unknown key\n  1 | a {{k}}\n        ^^^^^\n  fix: Use a key of results.json.");
  });

  it("leaves out what the error does not have: location parts, excerpt, fix", () => {
    expect(new SafetyGapError("bad").format()).toBe("bad");
    expect(new SafetyGapError("bad", { file: "f.yaml" }).format()).toBe("f.yaml: bad");
    expect(new SafetyGapError("bad", { file: "f.yaml", line: 3 }).format()).toBe("f.yaml:3: bad");
    expect(new SafetyGapError("bad", { file: "f.yaml", column: 4 }).format()).toBe("f.yaml: bad");
    expect(new SafetyGapError("bad", { file: "f.yaml", line: 3, column: 4, path: "a.b" }).format()).toBe("f.yaml:3:4 (a.b): bad");
    expect(new SafetyGapError("bad", undefined, "Fix it.").format()).toBe("bad\n  fix: Fix it.");
  });
});

describe("SafetyGapError", () => {
  it("is named SafetyGapError, and told apart from other errors", () => {
    const e = new SafetyGapError("bad");
    expect(e.name).toBe("SafetyGapError");
    expect(String(e)).toBe("SafetyGapError: bad");
    expect(isSafetyGapError(e)).toBe(true);
    expect(isSafetyGapError(new Error("bad"))).toBe(false);
  });
});
