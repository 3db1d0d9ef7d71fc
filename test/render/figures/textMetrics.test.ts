// Text widths decide the figures' layout (axis label room, truncation), so
// they are pinned to the Libertinus Sans files as shaped by fontkit: a face,
// a run split or a unit slip would move every label.
import { beforeAll, describe, expect, it } from "vitest";
import { FIGURE_FONT, installTextMetrics, measureText } from "../../../src/render/figures/textMetrics.js";

type Width = (item: { fontSize?: unknown; fontWeight?: string | number; fontStyle?: string; limit?: number }, text: unknown) => number;

// Loading the woff2 files takes a few hundred ms, once per process: do it before the timed tests.
beforeAll(() => {
  measureText("x", 1, undefined, undefined);
});

describe("measureText", () => {
  it("names the font the page serves", () => {
    expect(FIGURE_FONT).toBe("Libertinus Sans");
  });

  it("measures in em times the font size", () => {
    expect(measureText("Hi", 10, undefined, undefined)).toBeCloseTo(9.86, 9);
    expect(measureText("Hi", 20, undefined, undefined)).toBeCloseTo(19.72, 9);
    expect(measureText("a", 10, undefined, undefined)).toBeCloseTo(4.81, 9);
    expect(measureText("Hello world", 10, undefined, undefined)).toBeCloseTo(47.84, 9);
  });

  it("is 0 for no text or no size", () => {
    expect(measureText("", 10, undefined, undefined)).toBe(0);
    expect(measureText("Hi", 0, undefined, undefined)).toBe(0);
    expect(measureText("Hi", -10, undefined, undefined)).toBe(0);
  });

  it("picks the bold face from weight 600 or 'bold', and the italic face from the style", () => {
    expect(measureText("Hi", 10, 600, undefined)).toBeCloseTo(10.76, 9);
    expect(measureText("Hi", 10, "bold", undefined)).toBeCloseTo(10.76, 9);
    expect(measureText("Hi", 10, 599, undefined)).toBeCloseTo(9.86, 9);
    expect(measureText("Hi", 10, "normal", undefined)).toBeCloseTo(9.86, 9);
    expect(measureText("Hi", 10, undefined, "italic")).toBeCloseTo(9.58, 9);
    expect(measureText("Hi", 10, 700, "italic")).toBeCloseTo(9.58, 9);
    expect(measureText("Hi", 10, undefined, "normal")).toBeCloseTo(9.86, 9);
  });

  it("kerns within a run, and joins runs from different subsets", () => {
    expect(measureText("A", 10, undefined, undefined)).toBeCloseTo(6.29, 9);
    expect(measureText("V", 10, undefined, undefined)).toBeCloseTo(6.31, 9);
    // Kerned: narrower than A and V measured apart.
    expect(measureText("AV", 10, undefined, undefined)).toBeCloseTo(11.48, 9);
    // Latin a, then Greek Δ from the greek subset.
    expect(measureText("Δ", 10, undefined, undefined)).toBeCloseTo(6.36, 9);
    expect(measureText("aΔ", 10, undefined, undefined)).toBeCloseTo(11.17, 9);
  });

  it("counts a glyph no subset has as half an em", () => {
    expect(measureText("\u4e00\u4e01", 10, undefined, undefined)).toBeCloseTo(10, 9);
    expect(measureText("a\u4e00", 10, undefined, undefined)).toBeCloseTo(9.81, 9);
    expect(measureText("\u4e00a", 10, undefined, undefined)).toBeCloseTo(9.81, 9);
  });
});

describe("installTextMetrics", () => {
  const install = (): { tm: { width: Width; estimateWidth: Width }; width: Width } => {
    const original: Width = () => -1;
    const tm = { width: original, estimateWidth: original };
    installTextMetrics(tm);
    return { tm, width: tm.width };
  };

  it("replaces vega's width once, and leaves an installed one alone", () => {
    const { tm, width } = install();
    expect(width({ fontSize: 10 }, "Hi")).toBeCloseTo(9.86, 9);
    installTextMetrics(tm);
    expect(tm.width).toBe(width);
  });

  it("measures the trimmed string of any value, at 11 px unless the item says", () => {
    const { width } = install();
    expect(width({}, "Hi")).toBeCloseTo(9.86 * 1.1, 9);
    expect(width({ fontSize: 10 }, "  Hi ")).toBeCloseTo(9.86, 9);
    expect(width({ fontSize: 10 }, null)).toBe(0);
    expect(width({ fontSize: 10 }, undefined)).toBe(0);
    expect(width({ fontSize: 10 }, 0)).toBeCloseTo(measureText("0", 10, undefined, undefined), 9);
    expect(measureText("0", 10, undefined, undefined)).toBeGreaterThan(4);
    expect(width({ fontSize: "20" }, "Hi")).toBeCloseTo(19.72, 9);
    expect(width({ fontSize: "big" }, "Hi")).toBe(0);
    expect(width({ fontSize: 10, fontWeight: "bold" }, "Hi")).toBeCloseTo(10.76, 9);
    expect(width({ fontSize: 10, fontStyle: "italic" }, "Hi")).toBeCloseTo(9.58, 9);
  });

  it("truncates to the limit with an ellipsis, as vega draws it", () => {
    const { width } = install();
    const full = measureText("Hello world", 10, undefined, undefined);
    expect(width({ fontSize: 10, limit: full }, "Hello world")).toBeCloseTo(47.84, 9);
    expect(width({ fontSize: 10, limit: 0 }, "Hello world")).toBeCloseTo(47.84, 9);
    expect(width({ fontSize: 10, limit: -5 }, "Hello world")).toBeCloseTo(47.84, 9);
    // "Hel…" is 21.8 px; "Hell…" is wider than 22.
    expect(width({ fontSize: 10, limit: 22 }, "Hello world")).toBeCloseTo(21.8, 9);
    expect(width({ fontSize: 10, limit: 21.8 }, "Hello world")).toBeCloseTo(21.8, 9);
    // Not even one character fits: the ellipsis alone.
    expect(width({ fontSize: 10, limit: 1 }, "Hello world")).toBeCloseTo(7.49, 9);
    // The truncated text is measured in the item's face: bold "He…" (20.11), italic "Hell…" (23.88).
    expect(width({ fontSize: 10, fontWeight: "bold", limit: 22 }, "Hello world")).toBeCloseTo(20.11, 9);
    expect(width({ fontSize: 10, fontStyle: "italic", limit: 24 }, "Hello world")).toBeCloseTo(23.88, 9);
  });
});
