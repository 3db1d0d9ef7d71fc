/**
 * The provenance popups, whole: the exact HTML for one key, two keys and
 * more than the derived limit, with and without usage and spread, so every
 * part's markup and the choice between its forms are pinned.
 */
import { describe, expect, it } from "vitest";
import { popupId, renderPopup } from "../../../src/site/popups.js";
import { renderTex } from "../../../src/site/formula.js";
import type { Results } from "../../../src/results/types.js";

const results: Results = {
  schemaVersion: 1,
  tool: { name: "t", version: "0" },
  numbers: { "a.x": -0.5, "b.y": 0.25, "c.n": 30, lo: 0.1, hi: 0.9, "in.k": 2.5 },
  sets: {},
  about: {
    "a.x": { meaning: "The <gap>.", formula: "x^2", equation: "2", inputs: ["in.k", "no.such"], interval: { low: "lo", high: "hi", level: 0.95 } },
    "b.y": { formula: "y", interval: { low: "lo", high: "hi" } },
    "c.n": { inputs: [], interval: { low: "lo", high: "missing.hi" } },
  },
};
const go = '<p class="pop-go">Click or press Enter to open its row in the supplement.</p>';
const pop = (id: string, inner: string): string => `<div class="pop" id="${id}" role="tooltip" hidden>${inner}${go}</div>`;
const aBlock =
  '<p class="pop-key"><code>a.x</code></p><p class="pop-value">= <strong>\u22120.5000</strong> <span class="pop-full">(\u22120.5)</span></p>' +
  '<p class="pop-desc">The &lt;gap&gt;.</p>' +
  `<div class="pop-formula"><span class="pop-eq">Eq. 2</span> ${renderTex("x^2")}</div>` +
  '<p class="pop-h">Inputs</p><ul class="pop-inputs"><li><code>in.k</code> = 2.5000</li><li><code>no.such</code> = missing</li></ul>' +
  '<p class="pop-ci">95% CI [0.1000, 0.9000]</p>';
const bBlock =
  '<p class="pop-key"><code>b.y</code></p><p class="pop-value">= <strong>0.2500</strong> <span class="pop-full">(0.25)</span></p>' +
  '<p class="pop-desc">A number of results.json.</p>' +
  `<div class="pop-formula">${renderTex("y")}</div>` +
  '<p class="pop-ci">CI [0.1000, 0.9000]</p>';
const spread = (key: string) => (key === "c.n" ? undefined : { sd: 0.125, q025: -1.5, q975: 1.5, seeds: 20, href: `numbers.html#k-${key}` });

describe("renderPopup", () => {
  it("numbers its popups", () => {
    expect(popupId(0)).toBe("pop-0");
    expect(popupId(12)).toBe("pop-12");
  });

  it("derives one key: meaning, equation and formula, inputs (a missing one said so), its interval at its level", () => {
    expect(renderPopup(["a.x"], "pop-0", results, {})).toBe(pop("pop-0", `<div class="pop-part">${aBlock}</div>`));
  });

  it("falls back to a generic description and leaves out empty inputs and an interval with a missing bound", () => {
    const cBlock = '<p class="pop-key"><code>c.n</code></p><p class="pop-value">= <strong>30</strong> <span class="pop-full">(30)</span></p><p class="pop-desc">A number of results.json.</p>';
    expect(renderPopup(["c.n"], "p", results, {})).toBe(pop("p", `<div class="pop-part">${cBlock}</div>`));
    // A key without an entry in `about`, in results without `about` at all.
    const bare = '<p class="pop-key"><code>c.n</code></p><p class="pop-value">= <strong>30</strong> <span class="pop-full">(30)</span></p><p class="pop-desc">A number of results.json.</p>';
    expect(renderPopup(["c.n"], "p", { ...results, about: undefined }, {})).toBe(pop("p", `<div class="pop-part">${bare}</div>`));
  });

  it("an interval whose low bound is missing is left out too", () => {
    const r: Results = { ...results, about: { "c.n": { interval: { low: "missing.lo", high: "hi" } } } };
    expect(renderPopup(["c.n"], "p", r, {})).toBe(
      pop("p", '<div class="pop-part"><p class="pop-key"><code>c.n</code></p><p class="pop-value">= <strong>30</strong> <span class="pop-full">(30)</span></p><p class="pop-desc">A number of results.json.</p></div>'),
    );
  });

  it("says a key is not in results.json, and derives nothing for it", () => {
    expect(renderPopup(["gone"], "p", results, {})).toBe(
      pop("p", '<div class="pop-part"><p class="pop-key"><code>gone</code></p><p class="pop-value">= <strong>not in results.json</strong></p></div>'),
    );
  });

  it("derives each of two keys, says how many it is computed from, and names the key of each spread", () => {
    const usage = new Map([["a.x", ["Table 1", "Abstract"]], ["b.y", ["Abstract", "Figure <2>"]]]);
    expect(renderPopup(["a.x", "b.y"], "pop-3", results, { usage, spread })).toBe(
      pop(
        "pop-3",
        '<p class="pop-desc">Computed from 2 numbers of results.json:</p>' +
          `<div class="pop-part">${aBlock}</div><div class="pop-part">${bBlock}</div>` +
          '<p class="pop-used">Used in: Table 1; Abstract; Figure &lt;2&gt;</p>' +
          '<p class="pop-spread">Over 20 seeds (<code>a.x</code>): SD 0.1250, 95% in [\u22121.5000, 1.5000]</p>' +
          '<p class="pop-spread">Over 20 seeds (<code>b.y</code>): SD 0.1250, 95% in [\u22121.5000, 1.5000]</p>',
      ),
    );
  });

  it("gives one key's spread without naming the key, and its usage", () => {
    const usage = new Map([["b.y", ["Section 3"]]]);
    expect(renderPopup(["b.y"], "p", results, { usage, spread })).toBe(
      pop(
        "p",
        `<div class="pop-part">${bBlock}</div><p class="pop-used">Used in: Section 3</p>` +
          '<p class="pop-spread">Over 20 seeds: SD 0.1250, 95% in [\u22121.5000, 1.5000]</p>',
      ),
    );
  });

  it("lists more than two keys compactly, with usage and the spread of the first two only", () => {
    const usage = new Map([["in.k", ["Table 2"]]]);
    const all = (key: string) => ({ sd: 0.5, q025: -0.25, q975: 1.5, seeds: 5, href: `numbers.html#k-${key}` });
    expect(renderPopup(["c.n", "a.x", "nope", "in.k"], "p", results, { usage, spread: all })).toBe(
      pop(
        "p",
        '<p class="pop-desc">Computed from 4 numbers of results.json:</p>' +
          '<ul class="pop-inputs pop-many"><li><code>c.n</code> = 30</li><li><code>a.x</code> = \u22120.5000</li><li><code>nope</code> = not in results.json</li><li><code>in.k</code> = 2.5000</li></ul>' +
          '<p class="pop-used">Used in: Table 2</p>' +
          '<p class="pop-spread">Over 5 seeds (<code>c.n</code>): SD 0.5000, 95% in [\u22120.2500, 1.5000]</p>' +
          '<p class="pop-spread">Over 5 seeds (<code>a.x</code>): SD 0.5000, 95% in [\u22120.2500, 1.5000]</p>',
      ),
    );
  });

  it("three keys are already too many to derive", () => {
    expect(renderPopup(["lo", "hi", "in.k"], "p", results, {})).toBe(
      pop("p", '<p class="pop-desc">Computed from 3 numbers of results.json:</p><ul class="pop-inputs pop-many"><li><code>lo</code> = 0.1000</li><li><code>hi</code> = 0.9000</li><li><code>in.k</code> = 2.5000</li></ul>'),
    );
  });
});
