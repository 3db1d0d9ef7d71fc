// references.bib through citation-js and templates/references.csl (the ACM Reference Format):
// every BibTeX form a stranger's file may hold, and errors at the place to fix.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatReferences, loadBibliography, parseReferences, sortKey } from "../../../src/render/bib/references.js";
import { safetyGapErrorOfAsync } from "../../helpers/safetyGapError.js";
import { REPORT } from "../memoryReader.js";

const STYLE = readFileSync(join(import.meta.dirname, "..", "..", "..", "templates", "references.csl"), "utf8");

async function render(bib: string): Promise<Map<string, string>> {
  return formatReferences(await parseReferences(bib, "refs.bib"), STYLE);
}
const one = async (bib: string): Promise<string> => [...(await render(bib)).values()][0]!;
const failure = async (source: string): Promise<string> => (await safetyGapErrorOfAsync(() => parseReferences(source, "refs.bib"))).format();

describe("references.bib -> ACM reference", () => {
  it("formats articles and proceedings as the paper does", async () => {
    const r = await render(
      "@article{a, author={Wei, Jason}, title={Chain}, journal={Advances in NeurIPS}, volume={35}, pages={24824--24837}, year={2022}}\n@inproceedings{p, author={Lin, S}, title={T}, booktitle={Proc. ACL}, pages={1--2}, year={2022}}",
    );
    expect(r.get("a")).toBe("Jason Wei. 2022. Chain. <em>Advances in NeurIPS</em> 35 (2022), 24824–24837.");
    expect(r.get("p")).toBe("S Lin. 2022. T. In <em>Proc. ACL</em>. 1–2.");
  });

  it("lists authors like the paper: 'and others' is et al.", async () => {
    const r = await render(
      [
        "@article{a, author={Tice, Jesse and others}, title={T}, year=2026}",
        "@article{b, author={Ji, Jiaming and Liu, Boyuan and others}, title={T}, year=2026}",
        "@article{c, author={Lin, Stephanie and Hilton, Jacob and Evans, Owain}, title={T}, year=2026}",
        "@article{d, author={Lin, Stephanie and Hilton, Jacob}, title={T}, year=2026}",
        "@article{e, author={OpenAI}, title={T}, year=2026}",
      ].join("\n"),
    );
    expect(["a", "b", "c", "d", "e"].map((k) => r.get(k)!.slice(0, r.get(k)!.indexOf(". 2026")))).toEqual([
      "Jesse Tice et al",
      "Jiaming Ji, Boyuan Liu, et al",
      "Stephanie Lin, Jacob Hilton, and Owain Evans",
      "Stephanie Lin and Jacob Hilton",
      "OpenAI",
    ]);
  });

  it("reads accents, @string macros, # concatenation, @comment, \\url{...} and Jr.", async () => {
    const html = await one(
      [
        "% A comment that mentions @misc{x, and is not an entry.",
        "@comment{ @article{commented, title = {Not me}} }",
        '@string{acm = "ACM"}',
        '@inproceedings{m, author = {M{\\"u}ller, Hans and King, Jr., Martin}, title = {On {AI}}, booktitle = acm # " Conference", year = 2020,',
        "  doi = {10.1145/1234.5678}, url = {\\url{https://example.org/a_b?x=1&y=2}}}",
      ].join("\n"),
    );
    expect(html).toBe("Hans Müller and Martin King Jr. 2020. On AI. In <em>ACM Conference</em>. https://doi.org/10.1145/1234.5678 https://example.org/a_b?x=1&#38;y=2");
  });

  it("prints a DOI and a URL, also for an article", async () => {
    expect(await one("@article{a, author={Doe, Jane}, title={T}, journal={J}, year=2020, doi={10.1/x}, howpublished={\\url{https://x.org}}}")).toBe(
      "Jane Doe. 2020. T. <em>J</em> (2020). https://doi.org/10.1/x https://x.org",
    );
  });

  it("escapes HTML in the fields", async () => {
    expect(await one("@article{a, author={Doe, Jane}, title={A <b> & C}, year=2020}")).toBe("Jane Doe. 2020. A &#60;b&#62; &#38; C.");
  });

  it("reads the real references.bib, every key once", async () => {
    const refs = await parseReferences(readFileSync(join(REPORT, "references.bib"), "utf8"), "report/references.bib");
    expect(refs.length).toBeGreaterThanOrEqual(17);
    expect(new Set(refs.map((e) => e.key)).size).toBe(refs.length);
    expect(refs.find((r) => r.key === "tice2026alignment")?.offset).toBe(readFileSync(join(REPORT, "references.bib"), "utf8").indexOf("tice2026alignment"));
  });

  it("sorts by the first author's family name, then year, then title", async () => {
    const refs = await parseReferences("@article{z, author={Zed, A}, title={B}, year=2020}\n@article{m2, author={M{\\\"u}ller, H}, title={B}, year=2021}\n@article{m1, author={Muller, H}, title={A}, year=2021}", "refs.bib");
    expect(refs.map(sortKey).sort()).toEqual([sortKey(refs[2]!), sortKey(refs[1]!), sortKey(refs[0]!)]);
  });
});

describe("references.bib errors", () => {
  it("an unclosed { is reported at that brace, before the next entry", async () => {
    expect(await failure("@article{a,\n  title = {One,\n  year = {2020}\n}\n\n@article{b, title = {Two}}\n")).toBe(
      "refs.bib:1:9: this { is never closed\n" + "  1 | @article{a,\n              ^\n" + "  fix: add the missing } (each entry and each braced value closes with its own }), or remove this {",
    );
    expect(await failure("@article{a, title = {One}\n")).toMatch(/^refs\.bib:1:9: this \{ is never closed/);
    expect(await failure("@article{a, title = {One}, note = {x {y}\n")).toMatch(/^refs\.bib:1:35: this \{ is never closed/);
  });

  it("a } that closes nothing is reported there", async () => {
    expect(await failure("@article{a, title = {One}}}\n")).toMatch(/^refs\.bib:1:27: this \} closes nothing/);
  });

  it("other syntax errors carry citation-js's words at its position", async () => {
    expect(await failure("@article{k, title = {x}\n  year 2020}")).toMatch(/^refs\.bib:2:3: BibTeX syntax error: expected "rbrace", got "identifier"\n/);
  });

  it("a key declared twice is an error at the second, naming the first's line (the later entry silently won)", async () => {
    const src = "@article{a2020,\n  title = {One},\n}\n\n@misc{a2020,\n  title = {Two},\n}\n";
    expect(await failure(src)).toBe(
      'refs.bib:5:7: citation key "a2020" is declared twice (first on line 1)\n' + "  5 | @misc{a2020,\n            ^^^^^\n" + "  fix: keep one: the later one replaced the earlier without a word",
    );
  });

  it("a field given twice in an entry is an error at the second", async () => {
    expect(await failure("@article{a,\n  title = {One},\n  Title = {Two},\n}\n")).toMatch(/^refs\.bib:3:3: entry "a" has the field "title" twice/);
  });
});

describe("loadBibliography", () => {
  const A = "@article{a, author={Doe, Jane}, title={T}, year=2020}";
  const B = "@article{b, author={Roe, Rich}, title={U}, year=2021}";

  it("formats every entry once per text of the file and the style, and keeps it in the given cache", async () => {
    const store = new Map<string, string>();
    const cache = { get: (k: string) => store.get(k), set: (k: string, v: string) => void store.set(k, v) };
    expect(await loadBibliography(A, "refs.bib", STYLE, cache)).toEqual([{ key: "a", offset: 9, sortKey: "doe\u00002020\u0000t", html: "Jane Doe. 2020. T." }]);
    expect(store.size).toBe(1);
    await loadBibliography(B, "refs.bib", STYLE, cache);
    // A again: read from the cache, not formatted anew (the stored value is taken as it is).
    const [key] = [...store.keys()];
    store.set(key!, JSON.stringify([{ key: "a", offset: 0, sortKey: "doe", html: "from the cache" }]));
    expect(await loadBibliography(A, "refs.bib", STYLE, cache)).toEqual([{ key: "a", offset: 9, sortKey: "doe", html: "from the cache" }]);
    expect(store.size).toBe(2);
  });

  it("checks the file even when its list is cached", async () => {
    const cache = { get: () => "[]", set: () => undefined };
    expect((await safetyGapErrorOfAsync(() => loadBibliography("@article{a, title={x}", "refs.bib", STYLE, cache))).format()).toMatch(/^refs\.bib:1:9: this \{ is never closed/);
  });
});

describe("sortKey and author lists, edge cases", () => {
  const ref = (item: object): Parameters<typeof sortKey>[0] => ({ key: "k1", offset: 0, item: { id: "k1", ...item } as Parameters<typeof sortKey>[0]["item"] });

  it("sortKey without authors is the key; missing family, year or title count as empty", () => {
    expect(sortKey(ref({ title: "T" }))).toBe("k1\u0000\u0000t");
    expect(sortKey(ref({ author: [{ given: "Jane" }], issued: { literal: "n.d." } }))).toBe("\u0000\u0000");
    expect(sortKey(ref({ author: [{ literal: "OpenAI" }], issued: { "date-parts": [] } }))).toBe("openai\u0000\u0000");
    expect(sortKey(ref({ author: [{ family: "Doe" }], issued: { "date-parts": [[2020, 1]] }, title: "A B" }))).toBe("doe\u00002020\u0000a b");
  });

  it("only a last name 'others' without given name makes et al.; entries without authors print", async () => {
    const r = await render("@article{a, author={Lin, S and Hilton}, title={T}, year=2026}\n@misc{b, title={Only}, year=2020}\n@article{c, author={Lin, S and {OpenAI}}, title={T}, year=2026}");
    expect([...r]).toEqual([
      ["a", "S Lin and Hilton. 2026. T."],
      ["b", "2020. Only."],
      ["c", "S Lin and OpenAI. 2026. T."],
    ]);
  });

  it("a syntax error past line 9 and column 9 is reported there", async () => {
    expect(await failure("\n".repeat(11) + "@article{k, title = {x}\n           year 2020}")).toMatch(/^refs\.bib:13:12: BibTeX syntax error: expected "rbrace", got "identifier"\n/);
  });
});

describe("loadBibliography without a cache", () => {
  it("gives the same list again for the same file and style, without formatting anew", async () => {
    const src = "@article{solo, author={Poe, Ed}, title={R}, year=1845}";
    const first = await loadBibliography(src, "refs.bib", STYLE);
    expect(first).toEqual([{ key: "solo", offset: 9, sortKey: "poe\u00001845\u0000r", html: "Ed Poe. 1845. R." }]);
    expect(await loadBibliography(src, "refs.bib", STYLE)).toBe(first);
  });
});

describe("parseReferences", () => {
  it("reads BibLaTeX fields (journaltitle, date, urldate) into plain CSL-JSON, each entry with its key's offset", async () => {
    const src = "@article{a, author={Doe, J}, title={T}, journaltitle={Jour}, date={2020-05}}\n@online{b, author={Roe, R}, title={Site}, url={https://x.org}, urldate={2021-01-02}, date={2019}}";
    expect(await parseReferences(src, "refs.bib")).toEqual([
      { key: "a", offset: 9, item: { author: [{ given: "J", family: "Doe" }], "container-title": "Jour", type: "article-journal", id: "a", "citation-key": "a", issued: { "date-parts": [[2020, 5]] }, title: "T" } },
      {
        key: "b",
        offset: src.indexOf("b, author"),
        item: { accessed: { "date-parts": [[2021, 1, 2]] }, author: [{ given: "R", family: "Roe" }], type: "webpage", id: "b", "citation-key": "b", issued: { "date-parts": [[2019]] }, title: "Site", URL: "https://x.org" },
      },
    ]);
  });
});

