// The binding block is where a figure author says which results fill which
// rows; each mistake there must be refused at its JSON pointer, with the
// words docs/figures.md uses. Tiny specs, read directly (no Vega-Lite).
import { describe, expect, it } from "vitest";
import type { SafetyGapError } from "../../../src/errors.js";
import type { KeyFamily } from "../../../src/lang/keyFamily.js";
import { readBinding, type Binding } from "../../../src/render/figures/bindingBlock.js";
import { parseJsonWithPointers } from "../../../src/render/figures/parseJsonWithPointers.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";

/** cell.{scale}.{method}.{mean|sd}, and cell.{scale}.{method}.mean.ciLow. */
const families: KeyFamily[] = [
  {
    title: "Cells",
    prefix: "cell",
    dimensions: ["scale", "method"],
    leafName: "stat",
    about: "",
    leaves: [{ names: ["mean", "sd"], meaning: "", sub: [{ names: ["ciLow"], meaning: "" }] }],
    examples: "",
  },
];

const FILE = "figures/t.vl.json";
const textOf = (results: unknown, usermeta?: unknown): string => JSON.stringify({ usermeta: usermeta ?? { results } }, null, 2);
/** `fams` null: a results file that declares no key families. */
const read = (results: unknown, fams: KeyFamily[] | null = families, usermeta?: unknown): Binding => {
  const source = textOf(results, usermeta);
  const parsed = parseJsonWithPointers(source);
  return readBinding({ file: FILE, source, locations: parsed.locations }, parsed.value as Record<string, unknown>, fams ?? undefined);
};
const failure = (results: unknown, fams: KeyFamily[] | null = families, usermeta?: unknown): SafetyGapError => safetyGapErrorOf(() => read(results, fams, usermeta));
/** Line and column (1-based) of the first occurrence of `needle` in the spec's text. */
const at = (results: unknown, needle: string, usermeta?: unknown): { line: number; column: number } => {
  const lines = textOf(results, usermeta).split("\n");
  const i = lines.findIndex((l) => l.includes(needle));
  return { line: i + 1, column: lines[i]!.indexOf(needle) + 1 };
};

const group = (over: Record<string, unknown> = {}): Record<string, unknown> => ({ for: { method: "$methods" }, fields: { m: "cell.{scale}.{method}.mean" }, ...over });
const block = (over: Record<string, unknown> = {}): Record<string, unknown> => ({ title: "T", params: { scale: "7B" }, datasets: { rows: [group()] }, ...over });
const withGroup = (over: Record<string, unknown>): Record<string, unknown> => block({ datasets: { rows: [group(over)] } });
const P = "/usermeta/results";
const G = `${P}/datasets/rows/0`;

describe("readBinding: what it returns", () => {
  it("reads title, params, loops, set and fields, with their pointers", () => {
    const b = read(withGroup({ for: { method: "RLVR", scale: ["1B", "{scale}"] }, set: { arm: "t", n: 3 }, fields: { m: "cell.{scale}.{method}.mean" } }));
    expect(b.dimensions).toEqual(["scale", "method"]);
    expect(b.title).toBe("T");
    expect(b.params).toEqual({ scale: "7B" });
    expect([...b.datasets.keys()]).toEqual(["rows"]);
    expect(b.datasets.get("rows")).toEqual([
      {
        pointer: G,
        loops: [
          { dim: "method", selector: { names: [{ name: "RLVR", pointer: `${G}/for/method` }] }, pointer: `${G}/for/method` },
          {
            dim: "scale",
            selector: { names: [{ name: "1B", pointer: `${G}/for/scale/0` }, { name: "scale", param: true, pointer: `${G}/for/scale/1` }] },
            pointer: `${G}/for/scale`,
          },
        ],
        set: { arm: "t", n: 3 },
        fields: [
          {
            name: "m",
            template: "cell.{scale}.{method}.mean",
            segments: [
              { kind: "literal", text: "cell", pos: 0 },
              { kind: "variable", name: "scale", pos: 5 },
              { kind: "variable", name: "method", pos: 13 },
              { kind: "literal", text: "mean", pos: 22 },
            ],
            pointer: `${G}/fields/m`,
          },
        ],
      },
    ]);
  });

  it("reads a named set, and a set minus names (one name or a list)", () => {
    const loop = (sel: unknown): unknown => read(withGroup({ for: { method: sel } })).datasets.get("rows")![0]!.loops[0]!.selector;
    expect(loop("$methods")).toEqual({ set: "methods", pointer: `${G}/for/method`, except: [] });
    expect(loop({ in: "$methods", except: "SFT" })).toEqual({ set: "methods", pointer: `${G}/for/method/in`, except: [{ name: "SFT", pointer: `${G}/for/method/except` }] });
    expect(loop({ except: ["A", "{scale}"], in: "$all" })).toEqual({
      set: "all",
      pointer: `${G}/for/method/in`,
      except: [
        { name: "A", pointer: `${G}/for/method/except/0` },
        { name: "scale", param: true, pointer: `${G}/for/method/except/1` },
      ],
    });
    expect(loop("a_B-1+")).toEqual({ names: [{ name: "a_B-1+", pointer: `${G}/for/method` }] });
  });

  it("without key families, any dimension and any parameter may be used, and no params is an empty set", () => {
    const b = read({ title: "T", datasets: { d: [{ for: { arm: "$arms" }, fields: { v: "x.{arm}" } }] } }, null);
    expect(b.dimensions).toBeUndefined();
    expect(b.params).toEqual({});
    expect(b.datasets.get("d")![0]!.loops[0]!.dim).toBe("arm");
    const p = read({ title: "T", params: { note: "n" }, datasets: { d: [{ for: { arm: "$arms" }, fields: { v: "x.{note}.{arm}" } }] } }, null);
    expect(p.datasets.get("d")![0]!.fields[0]!.template).toBe("x.{note}.{arm}");
  });
});

describe("readBinding: refusals", () => {
  it("a spec without the block", () => {
    const e = failure(undefined, families, { other: 1 });
    expect(e.message).toBe('the figure has no binding block "usermeta.results", so no results would reach it');
    // At the usermeta object: line 2 is `  "usermeta": {`.
    expect(e.where).toMatchObject({ file: FILE, path: "/usermeta", line: 2, column: 15 });
    expect(failure(undefined, families, ["x"]).where?.path).toBe("/usermeta");
  });

  it("a block that is not an object", () => {
    for (const bad of [null, [block()], "x", 3]) {
      const e = failure(bad);
      expect(e.message).toBe("usermeta.results must be an object");
      expect(e.hint).toBe("write an object { ... } here (see docs/figures.md)");
      expect(e.where?.path).toBe(P);
    }
  });

  it("an unknown property, pointing at its key", () => {
    const bad = { ...block(), titel: "x" };
    const e = failure(bad);
    expect(e.message).toBe('unknown property "titel" in the binding block. Did you mean "title"?');
    expect(e.hint).toBe('allowed here: "title", "params", "datasets"');
    expect(e.where).toMatchObject({ path: `${P}/titel`, ...at(bad, '"titel"'), length: 1 });
  });

  it("a missing or empty title", () => {
    const { title: _t, ...noTitle } = block();
    const missing = failure(noTitle);
    expect(missing.message).toBe('the binding block needs a "title" property');
    expect(missing.hint).toBe('add "title" (see docs/figures.md)');
    expect(missing.where?.path).toBe(P);
    for (const title of [" ", "", 5]) {
      const e = failure(block({ title }));
      expect(e.message).toBe("title must be a non-empty string (the figure's accessible title)");
      expect(e.hint).toBe('write "title": "Mean score by group" here (see docs/figures.md)');
      expect(e.where?.path).toBe(`${P}/title`);
    }
  });

  it("params that are not an object of strings", () => {
    const e = failure(block({ params: ["7B"] }));
    expect(e.message).toBe("params must be an object");
    expect(e.where?.path).toBe(`${P}/params`);
    const v = failure(block({ params: { scale: 7 } }));
    expect(v.message).toBe('parameter "scale" must be a string');
    expect(v.hint).toBe('write "small" here (see docs/figures.md)');
    expect(v.where?.path).toBe(`${P}/params/scale`);
  });

  it("datasets missing, not an object, or a dataset with no row groups", () => {
    const { datasets: _d, ...none } = block();
    const missing = failure(none);
    expect(missing.message).toBe('the binding block needs a "datasets" property');
    expect(missing.where?.path).toBe(P);
    const notObject = failure(block({ datasets: [] }));
    expect(notObject.message).toBe("datasets must be an object");
    expect(notObject.where?.path).toBe(`${P}/datasets`);
    for (const rows of [[], {}, "x"]) {
      const e = failure(block({ datasets: { rows } }));
      expect(e.message).toBe('dataset "rows" must be a non-empty array of row groups');
      expect(e.hint).toBe('write [ { "for": { ... }, "fields": { ... } } ] here (see docs/figures.md)');
      expect(e.where?.path).toBe(`${P}/datasets/rows`);
    }
  });

  it("a row group that is not an object, has an unknown property, or lacks for/fields", () => {
    const notObject = failure(block({ datasets: { rows: [group(), "x"] } }));
    expect(notObject.message).toBe("a row group must be an object");
    expect(notObject.where?.path).toBe(`${P}/datasets/rows/1`);
    const unknown = failure(withGroup({ feilds: {} }));
    expect(unknown.message).toBe('unknown property "feilds" in the binding block. Did you mean "fields"?');
    expect(unknown.hint).toBe('allowed here: "for", "set", "fields"');
    expect(unknown.where?.path).toBe(`${G}/feilds`);
    const noFor = failure(block({ datasets: { rows: [{ fields: { m: "x" } }] } }));
    expect(noFor.message).toBe('a row group needs a "for" property');
    expect(noFor.where?.path).toBe(G);
    const forNotObject = failure(withGroup({ for: "$methods" }));
    expect(forNotObject.message).toBe('"for" must be an object');
    expect(forNotObject.where?.path).toBe(`${G}/for`);
    const noFields = failure(block({ datasets: { rows: [{ for: {} }] } }));
    expect(noFields.message).toBe('a row group needs a "fields" property');
    expect(noFields.where?.path).toBe(G);
    const fieldsNotObject = failure(withGroup({ fields: ["m"] }));
    expect(fieldsNotObject.message).toBe('"fields" must be an object');
    expect(fieldsNotObject.where?.path).toBe(`${G}/fields`);
  });

  it("a loop over no dimension of the results, pointing at its key", () => {
    const bad = withGroup({ for: { scal: "$scales" } });
    const e = failure(bad);
    expect(e.message).toBe('"scal" is not a dimension of the results. Did you mean "scale"?');
    expect(e.hint).toBe('loop over "scale", "method" (the dimensions of the result keys)');
    expect(e.where).toMatchObject({ path: `${G}/for/scal`, ...at(bad, '"scal"'), length: 1 });
  });

  it("a set value that is not a string or number, or that redefines a field", () => {
    const sNotObject = failure(withGroup({ set: ["a"] }));
    expect(sNotObject.message).toBe('"set" must be an object');
    expect(sNotObject.where?.path).toBe(`${G}/set`);
    for (const v of [true, null, ["a"]]) {
      const e = failure(withGroup({ set: { arm: v } }));
      expect(e.message).toBe("set.arm must be a string or number");
      expect(e.hint).toBe('write "treated" here (see docs/figures.md)');
      expect(e.where?.path).toBe(`${G}/set/arm`);
    }
    const bad = withGroup({ set: { method: "x" } });
    const twice = failure(bad);
    expect(twice.message).toBe('field "method" is defined twice in this row group (loop variable, "set" or "fields")');
    expect(twice.hint).toBe("rename one of them");
    expect(twice.where).toMatchObject({ path: `${G}/set/method`, ...at(bad, '"method": "x"') });
    expect(failure(withGroup({ set: { a: 1 }, fields: { a: "cell.{scale}.{method}.mean" } })).where?.path).toBe(`${G}/fields/a`);
  });

  it("a field that is not a template string, or redefines a loop variable", () => {
    const e = failure(withGroup({ fields: { m: 3 } }));
    expect(e.message).toBe("fields.m must be a key template string");
    expect(e.hint).toBe('write "group.{name}.mean" here (see docs/figures.md)');
    expect(e.where?.path).toBe(`${G}/fields/m`);
    const bad = withGroup({ fields: { method: "cell.{scale}.{method}.mean" } });
    const twice = failure(bad);
    expect(twice.message).toBe('field "method" is defined twice in this row group (loop variable, "set" or "fields")');
    expect(twice.where).toMatchObject({ path: `${G}/fields/method`, ...at(bad, '"method": "cell'), length: 1 });
  });

  it("a template that does not parse, names an unknown variable, or is not one key", () => {
    const e = failure(withGroup({ fields: { m: "cell..mean" } }));
    expect(e.message).toBe('"cell..mean": empty key segment (two dots in a row, or a dot at an end)');
    expect(e.hint).toBe("see docs/writing.md#key-patterns for the key-pattern syntax");
    expect(e.where?.path).toBe(`${G}/fields/m`);
    // A parameter that is no dimension of the results is not a template variable.
    const v = failure(withGroup({ fields: { m: "cell.{scale}.{note}.mean" } }));
    expect(v.message).toBe('"{note}" is neither a loop variable of this row group nor a parameter (available: {method}, {scale})');
    expect(v.hint).toBe('add "note" to "for", or declare it in "params"');
    const withNote = failure(block({ params: { scale: "7B", note: "n" }, datasets: { rows: [group({ fields: { m: "cell.{scale}.{note}.mean" } })] } }));
    expect(withNote.message).toBe('"{note}" is neither a loop variable of this row group nor a parameter (available: {method}, {scale})');
    const many = failure(withGroup({ fields: { m: "cell.*.{method}.mean" } }));
    expect(many.message).toBe('"cell.*.{method}.mean" has a wildcard, alternatives or a set: a field names one key per row');
    expect(many.where?.path).toBe(`${G}/fields/m`);
  });

  it("a template of no key shape, or with a variable in another dimension's slot", () => {
    const slot = failure(withGroup({ fields: { m: "cell.{method}.{method}.mean" } }));
    expect(slot.message).toBe('in "cell.{method}.{method}.mean", "{method}" stands where a scale belongs');
    expect(slot.hint).toBe("write {scale} or a scale name at that position");
    const shape = failure(withGroup({ fields: { m: "cell.{scale}.{method}.man" } }));
    expect(shape.message).toBe('"cell.{scale}.{method}.man" matches no key pattern of the results. Closest pattern: cell.{scale}.{method}.mean');
    expect(shape.hint).toBe("keys are cell.{scale}.{method}.{mean|sd}, cell.{scale}.{method}.{mean|sd}.ciLow");
    // Without families the shape is checked later, against the rows (expandRows).
    expect(read(withGroup({ fields: { m: "cell.{scale}.{method}.man" } }), null).datasets.get("rows")![0]!.fields[0]!.template).toBe("cell.{scale}.{method}.man");
  });

  it("a selector it does not understand", () => {
    for (const sel of ["*", "SFT DPO", "*x", "x$methods", "$methods-x", ["$methods"], [], ["A", "B C"], 5, null, { in: "$methods" }, { in: "methods", except: ["A"] }, { in: "$methods", except: [] }, { in: "$methods", except: ["A"], also: 1 }, { except: ["A"] }]) {
      const e = failure(withGroup({ for: { method: sel } }));
      expect(e.message, JSON.stringify(sel)).toBe('the selector for "method" is not understood');
      expect(e.hint).toBe('use a named set ("$methods"), a name, a parameter ("{scale}"), a list of names and parameters, or { "in": "$set", "except": [names] }');
      expect(e.where?.path).toBe(`${G}/for/method`);
    }
  });
});
