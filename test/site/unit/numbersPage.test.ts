/** numbers.html on two keys: sorted rows, dots to wrap after, the spread over seeds, the key grammar. */
import { describe, expect, it } from "vitest";
import { numbersPage } from "../../../src/site/numbersPage.js";
import { page } from "../../../src/site/layout.js";
import type { Results } from "../../../src/results/types.js";
import type { KeyFamily } from "../../../src/lang/keyFamily.js";

// Inserted out of order: the page sorts by key.
const RESULTS = { numbers: { "b.Reasoning-PT.mean": 0.123456789, "a.n": 500 } } as unknown as Results;

const ROW_A = '<tr id="k-a.n"><th scope="row"><code><span>a.</span><wbr><span>n</span></code></th><td>500</td><td>500</td>';
const ROW_B = '<tr id="k-b.Reasoning-PT.mean"><th scope="row"><code><span>b.</span><wbr><span>Reasoning-PT.</span><wbr><span>mean</span></code></th><td>0.1235</td><td>0.123456789</td>';
const HEAD = '<thead><tr><th scope="col">Key</th><th scope="col">Value</th><th scope="col">Full precision</th>';

const framed = (intro: string, head: string, rows: string[]): string =>
  page({
    file: "numbers.html",
    title: "All numbers",
    body: [
      "<h1>All numbers</h1>",
      `<p>Every number of <a href="results.json">results.json</a> and the design sizes the paper cites (2 keys), sorted by key.${intro}</p>`,
      '<div class="table-scroll"><table class="sg-table numbers">',
      "<caption>Every key of results.json</caption>",
      `${HEAD}${head}</tr></thead>`,
      "<tbody>",
      ...rows,
      "</tbody></table></div>",
    ].join("\n"),
  });

describe("numbersPage", () => {
  it("lists every key sorted, with its value rounded and in full", () => {
    expect(numbersPage(RESULTS)).toBe(framed("", "", [`${ROW_A}</tr>`, `${ROW_B}</tr>`]));
  });

  it("with a sweep adds the spread over the seeds, empty for a key the sweep lacks; no grammar for no family", () => {
    const spread = (k: string) => (k === "a.n" ? { sd: 0.5, q025: 1, q975: 2, seeds: 3, href: "x" } : undefined);
    expect(numbersPage(RESULTS, spread, [])).toBe(
      framed("", '<th scope="col">Over the seeds (<a href="robustness.html">robustness</a>)</th>', [`${ROW_A}<td>SD 0.5000; 95% in [1, 2]</td></tr>`, `${ROW_B}<td></td></tr>`]),
    );
  });

  it("states the key grammar of each family", () => {
    const family = (prefix: string): KeyFamily => ({ title: "", prefix, dimensions: ["arm"], leafName: "stat", about: "", leaves: [{ names: ["mean"], meaning: "" }, { names: ["sd"], meaning: "" }], examples: "" });
    expect(numbersPage(RESULTS, undefined, [family("arm"), family("cell")])).toBe(
      framed(" Key grammar: <code>arm.&lt;arm&gt;.{mean,sd}</code>, <code>cell.&lt;arm&gt;.{mean,sd}</code>.", "", [`${ROW_A}</tr>`, `${ROW_B}</tr>`]),
    );
  });
});
