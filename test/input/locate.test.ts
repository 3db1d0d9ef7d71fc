// Where a field of a parsed input is in its file (YAML nodes, JSON
// pointers): an error names the field's line and column and underlines
// what is written there, one line at most; a field that is not there is
// placed at its nearest ancestor that is.
import { describe, expect, it } from "vitest";
import * as z from "zod";
import type { SourceLocation } from "../../src/errors.js";
import { parseJsonInput } from "../../src/input/locateJson.js";
import { locate, nodeAt } from "../../src/input/locateYaml.js";
import { parseYaml } from "../../src/input/parseYaml.js";
import { validateData } from "../../src/input/validateYaml.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

const parsed = (yaml: string) => parseYaml({ file: "f.yaml", source: yaml, what: "the file" });
/** A location without its source text, to compare. */
const at = (where: SourceLocation) => ({ line: where.line, column: where.column, length: where.length, path: where.path });

describe("nodeAt (YAML)", () => {
  const y = parsed("a: 5\nlist: [x, y]\nm:\n  k: v\n");

  it("the value at a path, or its key with atKey", () => {
    expect(nodeAt(y, ["a"])?.range?.[0]).toBe(3);
    expect(nodeAt(y, ["a"], true)?.range?.[0]).toBe(0);
    expect(nodeAt(y, ["list", 1])?.toJSON()).toBe("y");
    expect(nodeAt(y, ["m", "k"])?.toJSON()).toBe("v");
  });

  it("undefined where the path leaves the document", () => {
    expect(nodeAt(y, ["nope"])).toBeUndefined();
    expect(nodeAt(y, ["a", 0])).toBeUndefined();
    expect(nodeAt(y, ["a", "b"])).toBeUndefined();
    expect(nodeAt(y, ["list", "length"])).toBeUndefined();
    expect(nodeAt(y, ["list", 2])).toBeUndefined();
  });
});

describe("locate (YAML)", () => {
  it("the value (by default) or its key, with the path shown dotted unless given", () => {
    const y = parsed("n: 1\nm:\n  k: value\n");
    expect(at(locate(y, ["m", "k"]))).toEqual({ line: 3, column: 6, length: 5, path: "m.k" });
    expect(at(locate(y, ["m", "k"], true))).toEqual({ line: 3, column: 3, length: 1, path: "m.k" });
    expect(at(locate(y, ["m", "k"], false, "m[k]"))).toEqual({ line: 3, column: 6, length: 5, path: "m[k]" });
  });

  it("a missing field: its nearest ancestor's value, even when the key was asked for", () => {
    const y = parsed("n: 1\nm:\n  k: value\n");
    expect(at(locate(y, ["m", "k", "deeper"], true))).toEqual({ line: 3, column: 6, length: 5, path: "m.k.deeper" });
    expect(at(locate(y, ["m", "nope"]))).toEqual({ line: 3, column: 3, length: 8, path: "m.nope" });
  });

  it("underlines one line of a block mapping, and the last line up to the end of the text", () => {
    expect(at(locate(parsed("n: 1\nm:\n  k: v\n  j: w\n"), ["m"]))).toEqual({ line: 3, column: 3, length: 4, path: "m" });
    expect(at(locate(parsed("a: hello"), ["a"]))).toEqual({ line: 1, column: 4, length: 5, path: "a" });
  });

  it("a field missing from the top: the first line of the document", () => {
    expect(at(locate(parsed("a: 1\nb: 2\n"), ["nope"]))).toEqual({ line: 1, column: 1, length: 4, path: "nope" });
  });

  it("an empty document or value: one character at its start", () => {
    expect(at(locate(parsed("# nothing\n"), ["nope"]))).toEqual({ line: 1, column: 1, length: 1, path: "nope" });
    expect(at(locate(parsed("a:\nb: 2\n"), ["a"]))).toEqual({ line: 1, column: 3, length: 1, path: "a" });
  });
});

describe("parseJsonInput and its locations", () => {
  const HINT = "Check the command that wrote it.";
  const text = '{\n  "a": 1,\n  "list": [10, {"k": "v"}],\n  "m": {"x": {"y": 2}}\n}';
  const y = parseJsonInput(text, "r.json", "the results file", HINT);

  it("the data and the file in words", () => {
    expect(y.data).toEqual({ a: 1, list: [10, { k: "v" }], m: { x: { y: 2 } } });
    expect(y.what).toBe("the results file");
  });

  it("a value, or its property name (quotes included) with atKey", () => {
    expect(at(y.locate(["m", "x", "y"], false, "m.x.y"))).toEqual({ line: 4, column: 20, length: 1, path: "m.x.y" });
    expect(at(y.locate(["m", "x", "y"], true, "m.x.y"))).toEqual({ line: 4, column: 15, length: 3, path: "m.x.y" });
    expect(y.locate(["a"], false, "a")).toMatchObject({ file: "r.json", source: text });
  });

  it("an array item has no name: its value even with atKey", () => {
    expect(at(y.locate(["list", 0], true, "list[0]"))).toEqual({ line: 3, column: 12, length: 2, path: "list[0]" });
  });

  it("a missing field: its nearest ancestor's value, not its name", () => {
    expect(at(y.locate(["m", "x", "nope", "deeper"], true, "m.x.nope.deeper"))).toEqual({ line: 4, column: 14, length: 8, path: "m.x.nope.deeper" });
  });

  it("no path shown when none is given", () => {
    expect(y.locate([], false, "")).not.toHaveProperty("path");
    expect(at(y.locate([], false, ""))).toEqual({ line: 1, column: 1, length: 1, path: undefined });
  });

  it("a field's error through validateData is at the field", () => {
    const e = safetyGapErrorOf(() => validateData(y, z.strictObject({ a: z.number(), list: z.array(z.unknown()), m: z.strictObject({ x: z.strictObject({ y: z.string() }) }) }), "docs/r.md"));
    expect(e.message).toBe("`m.x.y` must be text, got 2");
    expect(e.where).toMatchObject({ file: "r.json", line: 4, column: 20, length: 1, path: "m.x.y" });
  });

  it("a syntax error at its line and column, with the fix given", () => {
    const e = safetyGapErrorOf(() => parseJsonInput('{\n  "a": 1,\n}', "r.json", "the results file", HINT));
    expect(e.where).toMatchObject({ file: "r.json", line: 3, column: 1, source: '{\n  "a": 1,\n}' });
    expect(e.hint).toBe(HINT);
  });
});
