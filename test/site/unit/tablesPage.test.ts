/** tables.html: one section per scale with every table, and a table of contents of the scales. */
import { describe, expect, it } from "vitest";
import { tablesPage } from "../../../src/site/tablesPage.js";
import { renderTableHtml } from "../../../src/site/tableHtml.js";
import { page } from "../../../src/site/layout.js";
import { PLAIN, TABLE, tableResults } from "./tableFixture.js";

describe("tablesPage", () => {
  it("has a section per scale and links to each", () => {
    const results = tableResults(["1B", "7B"]);
    expect(tablesPage([PLAIN, TABLE], results)).toBe(
      page({
        file: "tables.html",
        title: "Tables",
        body: [
          "<h1>Tables 1\u20132 at every scale</h1>",
          '<p>The paper prints these tables at 7B only. Each is shown here for 1B, 7B; with JavaScript, a column header sorts its table. Values are rounded to 4 decimals; the CSV files hold full precision. Scales: <a href="#scale-1B">1B</a> \u00b7 <a href="#scale-7B">7B</a></p>',
          '<section id="scale-1B" aria-labelledby="h-scale-1B">',
          '<h2 id="h-scale-1B">1B scale</h2>',
          renderTableHtml(PLAIN, "1B", results),
          renderTableHtml(TABLE, "1B", results),
          "</section>",
          '<section id="scale-7B" aria-labelledby="h-scale-7B">',
          '<h2 id="h-scale-7B">7B scale</h2>',
          renderTableHtml(PLAIN, "7B", results),
          renderTableHtml(TABLE, "7B", results),
          "</section>",
        ].join("\n"),
      }),
    );
  });

  it("has no section when the results name no scale", () => {
    const html = tablesPage([PLAIN], tableResults());
    expect(html.slice(html.indexOf("<main"), html.indexOf("</main>"))).toBe(
      '<main id="main">\n<h1>Tables 1\u20131 at every scale</h1>\n<p>The paper prints these tables at 7B only. Each is shown here for ; with JavaScript, a column header sorts its table. Values are rounded to 4 decimals; the CSV files hold full precision. Scales: </p>\n\n',
    );
    expect(html).toContain("<title>Tables \u2014 safety-gap supplement</title>");
    expect(html).toContain('<a href="tables.html" aria-current="page">');
  });
});
