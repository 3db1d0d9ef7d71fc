// A figure draws the results and nothing else: no data of its own (values,
// a URL, a generator) and no image loaded from a URL, refused when the spec
// is bound (so `build --no-pdf` refuses it too), at the spec's pointer.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SafetyGapError } from "../../../src/errors.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";
import { bindFigure } from "../../../src/render/figures/bindFigure.js";
import { syntheticResults } from "./syntheticResults.js";

const results = syntheticResults();
const fig2 = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../../report/figures/fig2.vl.json"), "utf8")) as Record<string, unknown> & { layer: object[] };

const failure = (spec: object): SafetyGapError => safetyGapErrorOf(() => bindFigure(JSON.stringify(spec, null, 2), "report/figures/fig2.vl.json", results));

const withLayer = (layer: object): object => ({ ...fig2, layer: [...fig2.layer, layer] });

describe("checkSelfContained", () => {
  it("refuses an image mark (it loads a picture from a URL)", () => {
    const e = failure(withLayer({ mark: { type: "image", url: "http://example.com/logo.png", width: 20, height: 20 }, encoding: { x: { field: "method", type: "nominal" } } }));
    expect(e.message).toMatch(/^an image mark loads a picture from a URL/);
    expect(e.where).toMatchObject({ file: "report/figures/fig2.vl.json", path: "/layer/4/mark/type" });
    expect(e.where?.line).toBeGreaterThan(1);
    const asString = failure(withLayer({ mark: "image", encoding: { url: { value: "http://example.com/a.png" } } }));
    expect(asString.where?.path).toBe("/layer/4/mark");
  });

  it("refuses a data generator, which makes numbers of its own", () => {
    const e = failure({ ...fig2, data: { sequence: { start: 0, stop: 5, as: "retention" } } });
    expect(e.message).toMatch(/^"data": \{ "sequence": … \} makes numbers of its own/);
    expect(e.where?.path).toBe("/data/sequence");
    expect(failure(withLayer({ data: { graticule: true }, mark: "rule" })).where?.path).toBe("/layer/4/data/graticule");
  });

  it("refuses an expression calling random(), now() or a sample function (a different figure on every build), and keeps deterministic ones", () => {
    const e = failure({ ...fig2, transform: [{ calculate: "datum.retention + 0.01 * random()", as: "jitter" }] });
    expect(e.message).toMatch(/^the expression calls random\(\)/);
    expect(e.where?.path).toBe("/transform/0/calculate");
    expect(failure({ ...fig2, transform: [{ filter: "now() > 0" }] }).message).toMatch(/calls now\(\)/);
    expect(failure(withLayer({ mark: "rule", encoding: { color: { condition: { test: "sampleNormal() > 0", value: "red" }, value: "blue" } } })).where?.path).toBe("/layer/4/encoding/color/condition/test");
    // Deterministic expressions, and the word in a title, are fine.
    const bound = bindFigure(JSON.stringify({ ...fig2, title: "random (now)", transform: [{ calculate: "datum.retention * 100", as: "pct" }] }), "report/figures/fig2.vl.json", results);
    expect([bound.title, (bound as { transform?: unknown }).transform]).toEqual(["random (now)", [{ calculate: "datum.retention * 100", as: "pct" }]]);
  });

  it("refuses data from values or a URL anywhere, also in a lookup", () => {
    const lookup = failure({ ...fig2, transform: [{ lookup: "method", from: { data: { url: "http://example.com/x.csv" }, key: "method", fields: ["extra"] } }] });
    expect(lookup.message).toMatch(/must not carry their own data values/);
    expect(lookup.where?.path).toBe("/transform/0/from/data");
    expect(failure(withLayer({ data: { values: [{ a: 1 }] }, mark: "rule" })).where?.path).toBe("/layer/4/data");
  });
});
