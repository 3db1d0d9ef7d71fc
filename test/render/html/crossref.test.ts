/** `@tbl:summary`: a link reading as the label's resolved text. */
import { describe, expect, it } from "vitest";
import { crossrefHtml } from "../../../src/render/html/crossref.js";
import { tinyEnv, tokenOf } from "./renderEnv.js";

describe("crossrefHtml", () => {
  it("links to the label and reads as its resolved text, both escaped", () => {
    const env = tinyEnv({ labels: [["tbl:a&b", { kind: "tbl", number: "1", text: "Table <1>" }]] });
    expect(crossrefHtml(tokenOf({ meta: { label: "tbl:a&b", offset: 0, file: "a.md", source: "" } }), 0, env)).toBe('<a class="ref" href="#tbl:a&amp;b">Table &lt;1&gt;</a>');
  });
});
