/** Headings one level down ("#" is <h2>), with the section number and label resolve gave them. */
import { describe, expect, it } from "vitest";
import { headingCloseHtml, headingOpenHtml } from "../../../src/render/html/heading.js";
import { tinyEnv, tokenOf } from "./renderEnv.js";

describe("headingOpenHtml / headingCloseHtml", () => {
  it("a numbered, labelled section: <h2> with its id and number, and later usage is at that section", () => {
    const env = tinyEnv();
    const t = tokenOf({ tag: "h1", meta: { label: "sec:a&b", number: "3" } });
    expect(headingOpenHtml(t, 0, env)).toBe('<h2 id="sec:a&amp;b"><span class="secno">3</span> ');
    expect(env.where).toBe("Section 3");
    expect(headingCloseHtml(t, 0)).toBe("</h2>\n");
  });
  it("an unnumbered heading without a label keeps the place it was at; levels stop at <h6>", () => {
    const env = tinyEnv();
    expect(headingOpenHtml(tokenOf({ tag: "h2" }), 0, env)).toBe("<h3>");
    expect(headingOpenHtml(tokenOf({ tag: "h3", meta: {} }), 0, env)).toBe("<h4>");
    expect(env.where).toBe("Section 2");
    expect(headingOpenHtml(tokenOf({ tag: "h6" }), 0, env)).toBe("<h6>");
    expect(headingCloseHtml(tokenOf({ tag: "h6" }), 0)).toBe("</h6>\n");
    expect(headingCloseHtml(tokenOf({ tag: "h4" }), 0)).toBe("</h5>\n");
  });
});
