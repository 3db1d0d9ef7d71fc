import { describe, expect, it } from "vitest";
import { parseBibtex } from "../../../src/render/bib/parseBibtex.js";
import { authorList, formatReference } from "../../../src/render/bib/formatReference.js";

describe("BibTeX -> ACM reference", () => {
  it("parses braces, quotes, numbers and comments", () => {
    const [e] = parseBibtex('% a comment with @key\n@Article{k1, author = "Doe, Jane", title = {The {AI} Thing}, year = 2020, pages = {1--2}}', "x.bib");
    expect(e).toMatchObject({ type: "article", key: "k1", fields: { author: "Doe, Jane", title: "The AI Thing", year: "2020", pages: "1–2" } });
  });
  it("formats author lists like the paper", () => {
    expect(authorList("Tice, Jesse and others")).toBe("Jesse Tice et al.");
    expect(authorList("Ji, Jiaming and Liu, Boyuan and others")).toBe("Jiaming Ji, Boyuan Liu, et al.");
    expect(authorList("Lin, Stephanie and Hilton, Jacob and Evans, Owain")).toBe("Stephanie Lin, Jacob Hilton, and Owain Evans");
    expect(authorList("OpenAI")).toBe("OpenAI");
  });
  it("formats articles and proceedings", () => {
    const [a, p] = parseBibtex(
      "@article{a, author={Wei, Jason}, title={Chain}, journal={Advances in NeurIPS}, volume={35}, pages={24824--24837}, year={2022}}\n@inproceedings{p, author={Lin, S}, title={T}, booktitle={Proc. ACL}, pages={1--2}, year={2022}}",
      "x.bib",
    );
    expect(formatReference(a!)).toBe("Jason Wei. 2022. Chain. <em>Advances in NeurIPS</em> 35 (2022), 24824–24837.");
    expect(formatReference(p!)).toBe("S Lin. 2022. T. In <em>Proc. ACL</em>. 1–2.");
  });
  it("reports syntax errors with a location", () => {
    expect(() => parseBibtex("@article{k, title = {x}\n  year 2020}", "r.bib")).toThrow(/expected =/);
  });
});
