/**
 * Which channels' fields a tooltip lists, and in what order. The module is
 * loaded inside the test: its channel list is built when it loads, and a
 * mutation run sees which test reaches a line only while that test runs.
 */
import { describe, expect, it, vi } from "vitest";

const LISTED = ["row", "column", "facet", "x", "xOffset", "y", "yOffset", "color", "fill", "shape", "size", "text", "x2", "y2", "detail"];

describe("interactiveSpec's tooltip", () => {
  it("lists the field of each channel a reader wants to see, in the list's order whatever the encoding's, and no other channel's", async () => {
    vi.resetModules();
    const { interactiveSpec } = await import("../../../src/site/interactiveSpec.js");
    // Written in reverse, with channels a tooltip leaves out (opacity, href, key) in between.
    const encoding: Record<string, object> = { opacity: { field: "o" }, href: { field: "h" }, key: { field: "k" } };
    for (const ch of [...LISTED].reverse()) encoding[ch] = { field: `f-${ch}`, type: "nominal" };
    const out = interactiveSpec({ mark: "point", encoding }, "d") as { encoding: { tooltip: unknown } };
    expect(out.encoding.tooltip).toEqual(LISTED.map((ch) => ({ field: `f-${ch}`, type: "nominal" })));
  });
});
