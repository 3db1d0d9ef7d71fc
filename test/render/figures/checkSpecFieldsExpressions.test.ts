// Fields read inside Vega expressions and fields a transform names with an
// "as" list: what checkSpecFields counts as produced and as read.
import { describe, expect, it } from "vitest";
import { checkSpecFields } from "../../../src/render/figures/checkSpecFields.js";
import { readBinding } from "../../../src/render/figures/bindingBlock.js";
import { parseJsonWithPointers } from "../../../src/render/figures/parseJsonWithPointers.js";
import type { SpecContext } from "../../../src/render/figures/specContext.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";
import { syntheticResults } from "./syntheticResults.js";

const results = syntheticResults();

const run = (rest: object): void => {
  const spec = {
    usermeta: { results: { title: "T", params: { scale: "7B" }, datasets: { rows: [{ for: { method: ["CAI"] }, fields: { retention: "summary.{scale}.{method}.retention" } }] } } },
    data: { name: "rows" },
    mark: "bar",
    ...rest,
  };
  const source = JSON.stringify(spec, null, 2);
  const ctx: SpecContext = { file: "f.vl.json", source, locations: parseJsonWithPointers(source).locations };
  const obj = parseJsonWithPointers(source).value as Record<string, never>;
  checkSpecFields(ctx, obj, readBinding(ctx, obj, results.keyFamilies));
};
const unknown = (field: string, suggestion: string): string => `field "${field}" is not produced by the binding or a transform. Did you mean "${suggestion}"?`;

describe("checkSpecFields on expressions", () => {
  it.each([
    ["calculate", { transform: [{ calculate: "datum.retentoin * 2", as: "r2" }] }, "/transform/0/calculate"],
    ["filter", { transform: [{ filter: "datum['retentoin'] > 0" }] }, "/transform/0/filter"],
    ["test", { encoding: { color: { condition: { test: "datum.retentoin > 0", value: "red" }, value: "blue" } } }, "/encoding/color/condition/test"],
    ["expr", { params: [{ name: "p", expr: "datum.retentoin" }] }, "/params/0/expr"],
  ])("reads datum fields in %s", (_, rest, path) => {
    const e = safetyGapErrorOf(() => run(rest));
    expect(e.message).toBe(unknown("retentoin", "retention"));
    expect(e.where?.path).toBe(path);
  });

  it("reads no other string as an expression", () => {
    expect(run({ description: "datum.nothing", encoding: { y: { field: "retention", type: "quantitative" } } })).toBeUndefined();
  });

  it('counts the names of an "as" list as produced', () => {
    expect(run({ transform: [{ fold: ["retention"], as: ["which", "amount"] }], encoding: { x: { field: "which" }, y: { field: "amount" } } })).toBeUndefined();
  });
});
