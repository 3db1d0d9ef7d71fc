/** One table at one scale as HTML: group headers, row ids, sort values, links and titles per cell. */
import { describe, expect, it } from "vitest";
import { renderTableHtml } from "../../../src/site/tableHtml.js";
import { PLAIN, TABLE, tableResults } from "./tableFixture.js";

describe("renderTableHtml", () => {
  it("groups column headers, links a one-key cell, sorts by the keys' values or the printed numbers", () => {
    expect(renderTableHtml(TABLE, "1B", tableResults())).toBe(
      [
        '<div class="table-block" id="t1-1B">',
        '<div class="table-scroll">',
        '<table class="sg-table sortable">',
        "<caption>Table 2 (1B): Gap at 1B &amp; more (1B)</caption>",
        '<thead><tr><td></td><th scope="colgroup" colspan="2">Safety</th><td colspan="1"></td><th scope="colgroup" colspan="1">Other</th></tr>' +
          '<tr><th scope="col">Method</th><th scope="col">Mean</th><th scope="col">CI</th><th scope="col">Many</th><th scope="col">Pair</th></tr></thead>',
        '<tbody><tr id="t1-1B-A_B"><th scope="row">A+B</th>' +
          '<td data-value="0.123456" title="a.1B"><a href="numbers.html#k-a.1B">0.1235</a></td>' +
          '<td data-value="0.1" title="lo.1B, hi.1B">[0.1000, 0.2000]</td>' +
          '<td data-value="1500">1.5e3 to 1e\u22123; 1e12 \u22122</td>' +
          '<td data-value="7" title="b.1B, missing.1B">7 and 8</td></tr>' +
          '<tr id="t1-1B-say__hi___ok"><th scope="row">say &quot;hi&quot;, ok</th><td>n/a</td><td data-value="1">x</td></tr></tbody>',
        "</table>",
        "</div>",
        '<p class="table-dl"><a href="tables/t1-1B.csv" download>Download Table 2 (1B) as CSV</a></p>',
        "</div>",
      ].join("\n"),
    );
  });

  it("has no group row when no column has a group, and an empty body at a scale without rows", () => {
    expect(renderTableHtml(PLAIN, "7B", tableResults())).toBe(
      [
        '<div class="table-block" id="p-7B">',
        '<div class="table-scroll">',
        '<table class="sg-table sortable">',
        "<caption>Table 1 (7B): Plain</caption>",
        '<thead><tr><th scope="col"></th><th scope="col">V</th></tr></thead>',
        "<tbody></tbody>",
        "</table>",
        "</div>",
        '<p class="table-dl"><a href="tables/p-7B.csv" download>Download Table 1 (7B) as CSV</a></p>',
        "</div>",
      ].join("\n"),
    );
  });
});
