// Key families: the shapes they declare, how a pattern is checked against them, and the words used for them in docs and hints.
import { describe, expect, it } from "vitest";
import { checkShape, dimensionsOf, shapesOf, shapeText, type KeyFamily } from "../../src/lang/keyFamily.js";
import { parseKeyPattern } from "../../src/lang/keyPattern.js";

const FAMILIES: KeyFamily[] = [
  {
    title: "Sums",
    prefix: "sum",
    dimensions: ["scale", "method"],
    leafName: "stat",
    about: "",
    leaves: [
      { names: ["tax", "gap"], meaning: "", sub: [{ names: ["lo", "hi"], meaning: "" }, { names: ["se"], meaning: "" }] },
      { names: ["ret"], meaning: "", sub: [{ names: ["se"], meaning: "" }] },
      { names: ["n"], meaning: "" },
    ],
    examples: "",
  },
  { title: "Cells", prefix: "cell", dimensions: ["scale", "bench"], leafName: "stat", about: "", leaves: [{ names: ["mean"], meaning: "" }], examples: "" },
];

const check = (p: string) => checkShape(FAMILIES, parseKeyPattern(p));

describe("shapesOf and shapeText", () => {
  it("gives each family's plain shape, then one shape per distinct sub-leaf list with every leaf that has it", () => {
    expect(shapesOf(FAMILIES).map(shapeText)).toEqual([
      "sum.{scale}.{method}.{tax|gap|ret|n}",
      "sum.{scale}.{method}.{tax|gap}.{lo|hi}",
      "sum.{scale}.{method}.{tax|gap|ret}.se",
      "cell.{scale}.{bench}.mean",
    ]);
  });

  it("keeps sub-leaf lists apart by their names, not by their names run together", () => {
    const subs: KeyFamily[] = [
      {
        title: "S",
        prefix: "p",
        dimensions: ["d"],
        leafName: "s",
        about: "",
        leaves: [
          { names: ["a"], meaning: "", sub: [{ names: ["lo", "w"], meaning: "" }] },
          { names: ["b"], meaning: "", sub: [{ names: ["low"], meaning: "" }] },
        ],
        examples: "",
      },
    ];
    expect(shapesOf(subs).map(shapeText)).toEqual(["p.{d}.{a|b}", "p.{d}.a.{lo|w}", "p.{d}.b.low"]);
  });

  it("lists each dimension once, in first-use order", () => {
    expect(dimensionsOf(FAMILIES)).toEqual(["scale", "method", "bench"]);
  });
});

describe("checkShape", () => {
  it("accepts literals, the slot's own variable, wildcards, sets and alternatives where the shape allows them", () => {
    expect(check("sum.7B.CAI.tax")).toBeUndefined();
    expect(check("sum.{scale}.{method}.ret.se")).toBeUndefined();
    expect(check("sum.*.$methods.{tax,gap}.lo")).toBeUndefined();
    expect(check("sum.7B.CAI.*")).toBeUndefined();
    expect(check("cell.{scale}.BBQ.mean")).toBeUndefined();
  });

  it("refuses a word a slot does not take, alternatives with one such word, and a set or variable in a word slot", () => {
    expect(check("sum.7B.CAI.n.se")).toEqual({ kind: "unknownShape" });
    expect(check("sum.{scale}.{method}.n.se")).toEqual({ kind: "unknownShape", closestShape: "sum.{scale}.{method}.gap.se" });
    expect(check("sum.{scale}.{method}.{tax,ret}.lo")).toEqual({ kind: "unknownShape", closestShape: "sum.{scale}.{method}.tax.lo" });
    expect(check("sum.{scale}.{method}.$gap")).toEqual({ kind: "unknownShape", closestShape: "sum.{scale}.{method}.gap" });
    expect(check("sum.{scale}.{method}.{gap}")).toEqual({ kind: "unknownShape", closestShape: "sum.{scale}.{method}.gap" });
    expect(check("sun.{scale}.{method}.tax")).toEqual({ kind: "unknownShape", closestShape: "sum.{scale}.{method}.tax" });
    expect(check("cell.{scale}.$bench.meen")).toEqual({ kind: "unknownShape", closestShape: "cell.{scale}.{bench}.mean" });
    expect(check("sum.{scale}.tax")).toEqual({ kind: "unknownShape" });
  });

  it("names the slot a misplaced variable stands in only when the shape's words match", () => {
    expect(check("sum.{method}.{scale}.tax")).toEqual({ kind: "slotMismatch", segment: "{method}", slot: "scale" });
    expect(check("sum.7B.{bench}.gap.se")).toEqual({ kind: "slotMismatch", segment: "{bench}", slot: "method" });
    // The leaf word is wrong too: not clearly this shape.
    expect(check("sum.{method}.CAI.xyz")).toEqual({ kind: "unknownShape" });
  });

  it("names the first shape's slot when two shapes of the same words both fit but for a variable", () => {
    const twoOrders: KeyFamily[] = [
      { title: "A", prefix: "p", dimensions: ["x", "y"], leafName: "s", about: "", leaves: [{ names: ["v"], meaning: "" }], examples: "" },
      { title: "B", prefix: "p", dimensions: ["y", "z"], leafName: "s", about: "", leaves: [{ names: ["v"], meaning: "" }], examples: "" },
    ];
    expect(checkShape(twoOrders, parseKeyPattern("p.{z}.{x}.v"))).toEqual({ kind: "slotMismatch", segment: "{z}", slot: "x" });
  });

  it("spells each kind of segment as written when looking for the closest shape", () => {
    const long: KeyFamily[] = [{ title: "C", prefix: "summaryofresults", dimensions: ["scale"], leafName: "s", about: "", leaves: [{ names: ["tax"], meaning: "" }], examples: "" }];
    // A wrong leaf: the closest shape is found from the pattern as written (a segment dropped would be too far from it).
    for (const p of ["summaryofresults.*.tac", "summaryofresults.$scale.tac", "summaryofresults.{x,y}.tac", "summaryofresults.{scale}.tac", "summaryofresults.scale.tac"]) {
      expect(checkShape(long, parseKeyPattern(p)), p).toEqual({ kind: "unknownShape", closestShape: "summaryofresults.{scale}.tax" });
    }
  });

  it("spells alternatives with their commas when looking for the closest shape", () => {
    const one: KeyFamily[] = [{ title: "P", prefix: "p", dimensions: ["ab"], leafName: "s", about: "", leaves: [{ names: ["vvvv"], meaning: "" }], examples: "" }];
    // "p.{a,b}.wwww" is 5 edits from "p.{ab}.vvvv", one more than a third of its length allows.
    expect(checkShape(one, parseKeyPattern("p.{a,b}.wwww"))).toStrictEqual({ kind: "unknownShape", closestShape: undefined });
    expect(checkShape(one, parseKeyPattern("p.{a,b}.wvvv"))).toStrictEqual({ kind: "unknownShape", closestShape: "p.{ab}.vvvv" });
  });

  it("shows every kind of segment when looking for the closest shape", () => {
    expect(check("cell.*.$b.{x,y}.{v}")).toEqual({ kind: "unknownShape" });
    expect(check("cell.{scale}.BBQ.meen")).toEqual({ kind: "unknownShape", closestShape: "cell.{scale}.{bench}.mean" });
  });
});
