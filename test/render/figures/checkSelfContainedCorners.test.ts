// The self-containment walk: which parts it skips, which strings it reads as
// expressions, and where a generator is marked.
import { describe, expect, it } from "vitest";
import { checkSelfContained } from "../../../src/render/figures/checkSelfContained.js";
import { parseJsonWithPointers } from "../../../src/render/figures/parseJsonWithPointers.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";

const run = (spec: Record<string, unknown>): void => {
  const source = JSON.stringify(spec, null, 2);
  checkSelfContained({ file: "f.vl.json", source, locations: parseJsonWithPointers(source).locations }, spec);
};
const failure = (spec: Record<string, unknown>) => safetyGapErrorOf(() => run(spec));
const randomMessage = (fn: string): string =>
  `the expression calls ${fn}(), which gives a different value on every render: a figure's numbers must come from the results, the same on every build`;

describe("checkSelfContained", () => {
  it("skips the binding block, the datasets and the config", () => {
    const image = { mark: "image", data: { values: [1] }, calculate: "random()" };
    expect(run({ usermeta: { results: image }, datasets: { rows: [image] }, config: { view: image }, mark: "bar" })).toBeUndefined();
    expect(failure({ elsewhere: { view: image } }).where?.path).toBe("/elsewhere/view/mark");
  });

  it("reads expressions under every expression key, with or without a space before the parenthesis", () => {
    expect(failure({ params: [{ name: "p", expr: "random()" }] }).message).toBe(randomMessage("random"));
    const update = failure({ params: [{ name: "p", update: "now ()" }] });
    expect(update.message).toBe(randomMessage("now"));
    expect(update.where?.path).toBe("/params/0/update");
  });

  it("reads no other string as an expression", () => {
    expect(run({ description: "random() numbers are not drawn", title: ["now()"], mark: "bar" })).toBeUndefined();
  });

  it('refuses inline data only under "data", not an axis\'s or legend\'s values', () => {
    expect(run({ encoding: { y: { axis: { values: [0, 0.5, 1] } }, color: { legend: { values: ["a"] } } }, mark: "bar" })).toBeUndefined();
  });

  it("marks a generator at its key", () => {
    const e = failure({ data: { sequence: { start: 0, stop: 3 } }, mark: "bar" });
    expect(e.message).toBe('"data": { "sequence": … } makes numbers of its own; every number in a figure must come from the results');
    expect(e.where).toMatchObject({ path: "/data/sequence", line: 3, column: 5, length: 1 });
  });
});
