// Vega-Lite's messages carry no path; locateMessage finds the spec value or
// key the message quotes, so the error still points at the culprit.
import { describe, expect, it } from "vitest";
import { locateMessage } from "../../../src/render/figures/locateMessage.js";
import { parseJsonWithPointers } from "../../../src/render/figures/parseJsonWithPointers.js";

const locate = (spec: unknown, message: string): string => {
  const source = JSON.stringify(spec, null, 2);
  return locateMessage({ file: "t.vl.json", source, locations: parseJsonWithPointers(source).locations }, spec, message);
};

describe("locateMessage", () => {
  it("finds a double-quoted, single-quoted or channel word as a value or a key", () => {
    const spec = { mark: "bar", encoding: { shape: { field: "score", type: "quantitative" }, x: { field: "group b" } } };
    expect(locate(spec, '"quantitative" is no type for this channel')).toBe("/encoding/shape/type");
    expect(locate(spec, "'group b' is unknown")).toBe("/encoding/x/field");
    expect(locate(spec, "shape-encoding is dropped as shape is not supported by bar")).toBe("/encoding/shape");
    expect(locate(spec, "score not found")).toBe("/encoding/shape/field");
    expect(locate(spec, '"group b" is unknown')).toBe("/encoding/x/field");
  });

  it("tries only the first three words of three letters or more", () => {
    const spec = { mark: "bar", encoding: { x: { field: "zz" } }, title: "four", description: "ab" };
    expect(locate(spec, 'x "ab" one two three four')).toBe("");
    expect(locate(spec, 'x "ab" one two four')).toBe("/title");
    expect(locate(spec, "zz is bad")).toBe("");
  });

  it("looks inside arrays, and not in the binding block or the datasets", () => {
    const spec = { usermeta: { results: { title: "alpha" } }, datasets: { alpha: [{ alpha: 1 }] }, layer: [{ mark: "bar" }, { mark: "alpha" }] };
    expect(locate(spec, "alpha is wrong")).toBe("/layer/1/mark");
    expect(locate({ usermeta: { alpha: 1 } }, "alpha")).toBe("");
    expect(locate({ datasets: { alpha: 1 } }, "alpha")).toBe("");
    // Only the top-level blocks are skipped: a nested "usermeta" or "datasets" key is the spec's.
    expect(locate({ layer: [{ usermeta: { x: "alpha" } }] }, "alpha")).toBe("/layer/0/usermeta/x");
    expect(locate({ layer: [{ datasets: { x: "alpha" } }] }, "alpha")).toBe("/layer/0/datasets/x");
  });

  it("keeps the first match, and escapes keys in the pointer", () => {
    expect(locate({ n: null, a: { "x/y~z": "beta" }, b: "beta" }, "beta")).toBe("/a/x~1y~0z");
  });

  it("gives '' for a match the file has no location for (a value added after parsing)", () => {
    const source = '{ "mark": "bar" }';
    const ctx = { file: "t.vl.json", source, locations: parseJsonWithPointers(source).locations };
    expect(locateMessage(ctx, { mark: "bar", extra: "gamma" }, "gamma")).toBe("");
    expect(locateMessage(ctx, { mark: "bar", extra: "gamma" }, "bar")).toBe("/mark");
  });

  it("gives '' for a message that quotes nothing of the spec", () => {
    expect(locate({ mark: "bar" }, "something else entirely")).toBe("");
    expect(locate({ mark: "bar" }, "")).toBe("");
  });
});
