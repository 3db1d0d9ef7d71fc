// Every figure error points into the spec file; a pointer with no location
// of its own (a default, a Vega-Lite path) falls back to its nearest ancestor.
import { describe, expect, it } from "vitest";
import { parseJsonWithPointers } from "../../../src/render/figures/parseJsonWithPointers.js";
import { specError } from "../../../src/render/figures/specContext.js";

const source = '{\n  "mark": "bar",\n  "encoding": {\n    "x": { "field": "a" }\n  }\n}\n';
const ctx = { file: "f.vl.json", source, locations: parseJsonWithPointers(source).locations };

describe("specError", () => {
  it("points at a value: its line, column and length", () => {
    const e = specError(ctx, "/mark", "bad mark", "fix it");
    expect(e.message).toBe("bad mark");
    expect(e.hint).toBe("fix it");
    expect(e.where).toEqual({ file: "f.vl.json", line: 2, column: 11, path: "/mark", source, length: 5 });
  });

  it("points at a key when asked, with length 1", () => {
    expect(specError(ctx, "/encoding/x/field", "m", "h", true).where).toEqual({ file: "f.vl.json", line: 4, column: 12, path: "/encoding/x/field", source, length: 1 });
    expect(specError(ctx, "/encoding/x/field", "m", "h").where).toMatchObject({ line: 4, column: 21, length: 3 });
  });

  it("falls back to the nearest ancestor that has a location, keeping the pointer asked for", () => {
    expect(specError(ctx, "/encoding/x/type", "m", "h").where).toEqual({ file: "f.vl.json", line: 4, column: 10, path: "/encoding/x/type", source, length: 16 });
    expect(specError(ctx, "/encoding/y/scale/type", "m", "h", true).where).toMatchObject({ line: 3, column: 3, path: "/encoding/y/scale/type", length: 1 });
  });

  it("names the whole document '/', at its start", () => {
    expect(specError(ctx, "", "m", "h").where).toMatchObject({ line: 1, column: 1, path: "/", length: 1 });
    expect(specError(ctx, "/nowhere", "m", "h").where).toMatchObject({ line: 1, column: 1, path: "/nowhere" });
  });

  it("without any location, points at the start with length 1", () => {
    const bare = { file: "f", source: "xyz", locations: new Map() };
    expect(specError(bare, "/a/b", "m", "h").where).toEqual({ file: "f", line: 1, column: 1, path: "/a/b", source: "xyz", length: 1 });
  });
});
