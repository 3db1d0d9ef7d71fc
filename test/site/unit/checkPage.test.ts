/** check.html: the review's HTML with scrolling tables, or a statement that the check was not run. */
import { describe, expect, it } from "vitest";
import { checkPage } from "../../../src/site/checkPage.js";
import { page } from "../../../src/site/layout.js";

const NOT_AVAILABLE =
  '<p class="not-available" role="status">The reproduction check and claims checklist are not available for this build. Run <code>safety-gap check</code> (see the README) to compare the published paper with the reproduction and evaluate the paper\'s claims.</p>';
const framed = (inner: string): string =>
  page({ file: "check.html", title: "Reproduction check", body: `<h1>Reproduction check and claims</h1>\n<div class="check">\n${inner}\n</div>` });

describe("checkPage", () => {
  it("wraps each table of the check in a scrolling box", () => {
    expect(checkPage('<p>ok</p><table class="x"><tr><td>1</td></tr></table><table></table>')).toBe(
      framed('<p>ok</p><div class="table-scroll"><table class="x"><tr><td>1</td></tr></table></div><div class="table-scroll"><table></table></div>'),
    );
    expect(checkPage("<p>x</p>")).toContain("<title>Reproduction check \u2014 safety-gap supplement</title>");
    expect(checkPage("<p>x</p>")).toContain('<a href="check.html" aria-current="page">');
  });

  it("says the check is not available when there is none or it is blank", () => {
    expect(checkPage(null)).toBe(framed(NOT_AVAILABLE));
    expect(checkPage(undefined)).toBe(framed(NOT_AVAILABLE));
    expect(checkPage(" \n ")).toBe(framed(NOT_AVAILABLE));
  });
});
