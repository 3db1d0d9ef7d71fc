// The number formats (`| f4`) on their own: exact text for each family, direction, mode and edge value.
import { describe, expect, it } from "vitest";
import { applyModifier, displayMinus, FormatRefused, KNOWN_FORMATS, nearestDigits, numberFormat, type Mode } from "../../src/lang/formats.js";

const print = (name: string, x: number, mode: Mode = "html"): string => {
  const f = numberFormat(name, mode);
  if (!f) throw new Error(`no format ${name}`);
  const r = f(x);
  return `${r.text}|${r.suffix}`;
};

describe("numberFormat", () => {
  it("f and m print fixed decimals, rounded to nearest, up (toward +inf) or down (toward -inf)", () => {
    expect(print("f2", 1.234)).toBe("1.23|");
    expect(print("f2", 1.236)).toBe("1.24|");
    expect(print("f2up", 1.231)).toBe("1.24|");
    expect(print("f2down", 1.239)).toBe("1.23|");
    expect(print("f2up", -1.239)).toBe("\u22121.23|");
    expect(print("f2down", -1.231)).toBe("\u22121.24|");
    expect(print("m3", 0.12345)).toBe("0.123|");
    expect(print("m1up", 0.11)).toBe("0.2|");
    expect(print("f0", 2.5)).toBe("3|");
    expect(print("f6", 0.1234567)).toBe("0.123457|");
  });

  it("up and down leave a value already on the grid alone despite binary noise", () => {
    // 0.0112 * 10000 is 111.99999999999999 and 0.29 * 100 is 28.999999999999996.
    expect(print("f4up", 0.0112)).toBe("0.0112|");
    expect(print("f4down", 0.0112)).toBe("0.0112|");
    expect(print("f2down", 0.29)).toBe("0.29|");
    expect(print("f2up", 0.29)).toBe("0.29|");
    expect(print("f2up", 0.57)).toBe("0.57|");
    expect(print("pct1up", 0.0112)).toBe("1.2|%");
    expect(print("pct1down", 0.0118)).toBe("1.1|%");
  });

  it("pct prints 100x with its suffix (\\% in TeX)", () => {
    expect(print("pct0", 0.7651)).toBe("77|%");
    expect(print("pct1", -0.0123)).toBe("\u22121.2|%");
    expect(print("pct1", -0.0123, "tex")).toBe("-1.2|\\%");
    expect(print("pct0down", 0.769)).toBe("76|%");
  });

  it("int groups thousands (with {,} in TeX), n does not; both round", () => {
    expect(print("int", 1234567.4)).toBe("1,234,567|");
    expect(print("int", -1234.5)).toBe("\u22121,234|");
    expect(print("int", 999)).toBe("999|");
    expect(print("int", 12345, "tex")).toBe("12{,}345|");
    expect(print("n", 1234.6)).toBe("1235|");
    expect(print("n", -1234.6)).toBe("\u22121235|");
  });

  it("a rounded zero loses its minus; in TeX the minus stays a hyphen", () => {
    expect(print("f4", -0.00001)).toBe("0.0000|");
    expect(print("f0", -0.2)).toBe("0|");
    expect(print("pct1", -0.0001)).toBe("0.0|%");
    expect(print("f4", -0.04283, "tex")).toBe("-0.0428|");
    expect(print("f4", -0.04283)).toBe("\u22120.0428|");
    // Only a whole zero: -0.01 stays negative.
    expect(print("f2", -0.01)).toBe("\u22120.01|");
    expect(print("int", -1000)).toBe("\u22121,000|");
  });

  it("word and Word spell counts up to twenty, digits above; anything else is refused", () => {
    const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
    expect(words.map((_, k) => print("word", k))).toEqual(words.map((w) => `${w}|`));
    expect(print("word", 0)).toBe("zero|");
    expect(print("word", 20)).toBe("twenty|");
    expect(print("Word", 12)).toBe("Twelve|");
    expect(print("word", 21)).toBe("21|");
    expect(print("Word", 21)).toBe("21|");
    const refused = (name: string, x: number): FormatRefused => {
      try {
        numberFormat(name, "html")!(x);
      } catch (e) {
        if (e instanceof FormatRefused) return e;
        throw e;
      }
      throw new Error("not refused");
    };
    const e = refused("word", 2.5);
    expect([e.message, e.hint]).toEqual([
      'format "word" prints a count (a whole number, 0 or more), but the value is 2.5',
      "use a number format such as f4 or pct1 for this value; word/Word spell out counts such as sizes.methods",
    ]);
    expect(refused("Word", -1).message).toBe('format "Word" prints a count (a whole number, 0 or more), but the value is -1');
  });

  it("knows no other name, and no more digits than the docs list", () => {
    for (const name of ["f7", "m7", "pct2", "pct2up", "f10", "f", "g4", "f4sideways", "xf4", "xpct1", "pct1x", "f4 ", "intx", "Int", "WORD", "name", "hide", "sign"]) expect(numberFormat(name, "html"), name).toBeUndefined();
    expect(print("pct1down", 0.5)).toBe("50.0|%");
    expect(print("m6down", 0.5)).toBe("0.500000|");
  });
});

describe("displayMinus", () => {
  it("turns a leading hyphen into U+2212 and leaves anything else", () => {
    expect(displayMinus("-1.5")).toBe("\u22121.5");
    expect(displayMinus("1-5")).toBe("1-5");
    expect(displayMinus("1.5")).toBe("1.5");
  });
});

describe("KNOWN_FORMATS and nearestDigits", () => {
  it("lists every name numberFormat accepts, then the others", () => {
    const numeric = KNOWN_FORMATS.filter((n) => numberFormat(n, "html") !== undefined);
    expect(numeric).toHaveLength(7 * 3 * 2 + 2 * 3 + 4);
    expect(KNOWN_FORMATS.slice(0, 4)).toEqual(["f0", "f0up", "f0down", "f1"]);
    expect(KNOWN_FORMATS.slice(-12)).toEqual(["pct0down", "pct1", "pct1up", "pct1down", "int", "n", "word", "Word", "name", "hide", "sign", "nolead"]);
    expect(KNOWN_FORMATS.slice(18, 24)).toEqual(["f6", "f6up", "f6down", "m0", "m0up", "m0down"]);
    expect(KNOWN_FORMATS).toHaveLength(7 * 3 * 2 + 2 * 3 + 8);
  });

  it("suggests the same family's most digits for one digit too many, nothing for other names", () => {
    expect(nearestDigits("f9")).toEqual({ best: "f6", kind: "f", max: 6 });
    expect(nearestDigits("pct2up")).toEqual({ best: "pct1up", kind: "pct", max: 1 });
    expect(nearestDigits("m8down")).toEqual({ best: "m6down", kind: "m", max: 6 });
    expect(nearestDigits("f44")).toBeUndefined();
    expect(nearestDigits("xf4")).toBeUndefined();
    expect(nearestDigits("f4x")).toBeUndefined();
  });
});

describe("applyModifier", () => {
  it("sign adds + before a positive number only", () => {
    expect(applyModifier("sign", "0.05")).toBe("+0.05");
    expect(applyModifier("sign", "5%")).toBe("+5%");
    expect(applyModifier("sign", "-0.05")).toBe("-0.05");
    expect(applyModifier("sign", "\u22120.05")).toBe("\u22120.05");
    expect(applyModifier("sign", "0")).toBe("0");
    expect(applyModifier("sign", "0.00")).toBe("0.00");
    expect(applyModifier("sign", "0.0%")).toBe("0.0%");
    expect(applyModifier("sign", "0.01")).toBe("+0.01");
    expect(applyModifier("sign", "10")).toBe("+10");
    // Only a leading minus makes a number negative.
    expect(applyModifier("sign", "1-5")).toBe("+1-5");
  });

  it("nolead drops the 0 before the point, after any sign", () => {
    expect(applyModifier("nolead", "0.9")).toBe(".9");
    expect(applyModifier("nolead", "\u22120.9")).toBe("\u2212.9");
    expect(applyModifier("nolead", "-0.9")).toBe("-.9");
    expect(applyModifier("nolead", "+0.9")).toBe("+.9");
    expect(applyModifier("nolead", "10.9")).toBe("10.9");
    expect(applyModifier("nolead", "1.05")).toBe("1.05");
  });

  it("any other name leaves the text", () => {
    expect(applyModifier("bold", "0.9")).toBe("0.9");
  });
});
