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

  it("writes a C1 control, which JSON leaves raw, as a four-digit escape", () => {
    expect(quoted("a\u007fb\u0085")).toBe('"a\\u007fb\\u0085"');
  });

  it("cuts a value of exactly max characters only to keep a surrogate pair whole", () => {
    expect(quoted("ab\ud83d", 3)).toBe('"ab\\ud83d"');
    expect(quoted("abc", 3)).toBe('"abc"');
  });
});

describe("escapeUnsafe", () => {
  it("writes controls, DEL, C1, bidi controls and lone surrogates as escapes; keeps U+FFFD and ordinary text", () => {
    expect(escapeUnsafe("a\u0000b\u001b[31m\u007f\u0085\u2066\ud800z\ufffd é")).toBe("a\\u0000b\\u001b[31m\\u007f\\u0085\\u2066\\ud800z\ufffd é");
    expect(escapeUnsafe("tab\there\nline")).toBe("tab\\there\\nline");
  });

  it("escapes each end of every unsafe range, and leaves the characters just outside them", () => {
    const unsafe = ["\u0000", "\u001f", "\u007f", "\u009f", "\u2028", "\u2029", "\u061c", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069"];
    for (const c of unsafe) expect(escapeUnsafe(c), c.charCodeAt(0).toString(16)).toBe(`\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    const safe = " ~\u00a0\u061b\u061d\u200d\u2010\u2027\u202f\u2065\u206a";
    expect(escapeUnsafe(safe)).toBe(safe);
  });

  it("gives the short escapes for the usual controls", () => {
    expect(escapeUnsafe("\r\t\b\f\n")).toBe("\\r\\t\\b\\f\\n");
  });

  it("keeps a surrogate pair, escapes a lone half of one wherever it stands", () => {
    expect(escapeUnsafe("😀\ud800\udbff!\udc00\udfff\ud83d")).toBe("😀\\ud800\\udbff!\\udc00\\udfff\\ud83d");
    expect(escapeUnsafe("\udfff😀\ud800\udc00")).toBe("\\udfff😀\ud800\udc00");
  });

  it("keeps the characters it is told to keep", () => {
    expect(escapeUnsafe("a\nb\tc", "\n")).toBe("a\nb\\tc");
  });
});

describe("boundedMessage, the net under every message", () => {
  it("cuts a long quoted run and a long line, keeps the message's own newlines", () => {
    expect(boundedMessage(`bad "${"x".repeat(1000)}" here\nnext`)).toBe(`bad "${"x".repeat(200)}…" (1,000 characters) here\nnext`);
    const line = boundedMessage("y".repeat(5000));
    expect(line).toBe(`${"y".repeat(600)}… (line of 5,000 characters cut)`);
  });

  it("keeps a line of exactly 600 characters and a quoted run of exactly 200", () => {
    expect(boundedMessage("y".repeat(600))).toBe("y".repeat(600));
    const run = `a "${"x".repeat(200)}" and \`${"z".repeat(200)}\``;
    expect(boundedMessage(run)).toBe(run);
  });

  it("cuts every long quoted run of a line, not only the first", () => {
    expect(boundedMessage(`"${"x".repeat(201)}" and \`${"z".repeat(300)}\``)).toBe(`"${"x".repeat(200)}…" (201 characters) and \`${"z".repeat(200)}…\` (300 characters)`);
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
