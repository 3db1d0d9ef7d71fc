import { describe, expect, it } from "vitest";
import { backticked, boundedMessage, escapeUnsafe, quoted } from "../../src/text/shownValue.js";
import { SafetyGapError } from "../../src/errors.js";

describe("quoted", () => {
  it("quotes a short value as JSON does", () => {
    expect(quoted('say "hi"\\')).toBe('"say \\"hi\\"\\\\"');
    expect(quoted("13\u0000B\n")).toBe('"13\\u0000B\\n"');
  });

  it("cuts a long value at 200 characters and gives its length", () => {
    expect(quoted("A".repeat(50_000_000))).toBe(`"${"A".repeat(200)}…" (50,000,000 characters)`);
    expect(quoted("B".repeat(200))).toBe(`"${"B".repeat(200)}"`);
  });

  it("does not split a surrogate pair at the cut, and escapes bidi overrides", () => {
    expect(quoted(`${"A".repeat(199)}😀${"A".repeat(10)}`)).toBe(`"${"A".repeat(199)}…" (211 characters)`);
    expect(quoted("abc\u202edef")).toBe('"abc\\u202edef"');
  });
});

describe("escapeUnsafe", () => {
  it("writes controls, DEL, C1, bidi controls and lone surrogates as escapes; keeps U+FFFD and ordinary text", () => {
    expect(escapeUnsafe("a\u0000b\u001b[31m\u007f\u0085\u2066\ud800z\ufffd é")).toBe("a\\u0000b\\u001b[31m\\u007f\\u0085\\u2066\\ud800z\ufffd é");
    expect(escapeUnsafe("tab\there\nline")).toBe("tab\\there\\nline");
  });
});

describe("boundedMessage, the net under every message", () => {
  it("cuts a long quoted run and a long line, keeps the message's own newlines", () => {
    expect(boundedMessage(`bad "${"x".repeat(1000)}" here\nnext`)).toBe(`bad "${"x".repeat(200)}…" (1,000 characters) here\nnext`);
    const line = boundedMessage("y".repeat(5000));
    expect(line).toBe(`${"y".repeat(600)}… (line of 5,000 characters cut)`);
  });

  it("leaves a value quoted() already cut as it is", () => {
    const q = quoted("A".repeat(1000));
    expect(boundedMessage(`got ${q}`)).toBe(`got ${q}`);
  });

  it("applies to SafetyGapError.format: message, excerpt line and hint", () => {
    const source = `key: "a\u0000b\u001b[2J"\n`;
    const e = new SafetyGapError(`bad value "${"Z".repeat(300)}\u0007"`, { file: "f.yaml", line: 1, column: 6, source, length: 9 }, "remove the \u001b byte");
    expect(e.format()).toBe(
      `f.yaml:1:6: bad value "${"Z".repeat(200)}…" (301 characters)\n` +
        '  1 | key: "a\\u0000b\\u001b[2J"\n' +
        "           ^^^^^^^^^\n" +
        "  fix: remove the \\u001b byte",
    );
  });
});

describe("backticked(value)", () => {
  it("shows a short value whole, a long one cut at 60 characters with its length, unsafe characters escaped", () => {
    expect(backticked("B/BQ")).toBe("`B/BQ`");
    expect(backticked("x".repeat(60))).toBe(`\`${"x".repeat(60)}\``);
    expect(backticked("x".repeat(61))).toBe(`\`${"x".repeat(60)}…\` (61 characters)`);
    expect(backticked("A".repeat(50_000_000))).toBe(`\`${"A".repeat(60)}…\` (50,000,000 characters)`);
    expect(backticked("a\nb\u202e")).toBe("`a\\nb\\u202e`");
  });
});
