// The pre-scan of references.bib: which entries it sees, what it blanks, and the brace, key and field errors it reports at their place.
import { describe, expect, it } from "vitest";
import { scanBibtex } from "../../../src/render/bib/scanBibtex.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";

const failure = (source: string): string => safetyGapErrorOf(() => scanBibtex(source, "r.bib"), JSON.stringify(source)).format();
/** The entries' keys, or the error's first line. */
const keys = (source: string): string[] | string => {
  try {
    return scanBibtex(source, "r.bib").entries.map((e) => e.key);
  } catch (e) {
    return (e as { format(): string }).format().split("\n")[0]!;
  }
};
const unclosed = "r.bib:1:9: this { is never closed";
const DUPLICATE_HINT = "  fix: keep one: the later one replaced the earlier without a word";

describe("scanBibtex", () => {
  it("finds each entry's key and offset; blanks % comments up to the line's end, keeping every offset", () => {
    const source = '% a @x{\n@article{k1, title={A {B}}, year=2020}\n@ Book {k2,\n  author = "X {Y}",\n}\n%last';
    expect(scanBibtex(source, "r.bib")).toEqual({ text: '       \n@article{k1, title={A {B}}, year=2020}\n@ Book {k2,\n  author = "X {Y}",\n}\n     ', entries: [{ key: "k1", offset: 17 }, { key: "k2", offset: 55 }] });
  });

  it("@comment, @string and @preamble have no key and no fields", () => {
    expect(scanBibtex('@comment{a, b=1, b=2} @string{s = "x"} @preamble{"p"}', "r.bib")).toEqual({ text: '@comment{a, b=1, b=2} @string{s = "x"} @preamble{"p"}', entries: [] });
  });

  it("an @ that starts no entry is text, also before an entry", () => {
    expect(scanBibtex("x @ y @{ z @1{", "r.bib")).toEqual({ text: "x @ y @{ z @1{", entries: [] });
    expect(scanBibtex("a @ b\n@article{k, a=1}", "r.bib").entries).toEqual([{ key: "k", offset: 15 }]);
  });

  it("a key declared twice is an error at the second", () => {
    expect(failure("@article{k, title=1}\n@book{k, x=1}")).toBe('r.bib:2:7: citation key "k" is declared twice (first on line 1)\n  2 | @book{k, x=1}\n            ^\n' + DUPLICATE_HINT);
  });

  it("a field given twice (in any case) is an error at the second; an entry without a key is named ?", () => {
    expect(failure("@article{k, title=1, Title=2}")).toBe('r.bib:1:22: entry "k" has the field "title" twice\n  1 | @article{k, title=1, Title=2}\n                           ^^^^^\n' + DUPLICATE_HINT);
    expect(failure("@article{k, t1=1,\tt2 =2, t1 = 3}")).toMatch(/^r\.bib:1:26: entry "k" has the field "t1" twice\n/);
    expect(failure("@article{, a=1, a=2}")).toMatch(/^r\.bib:1:17: entry "\?" has the field "a" twice\n/);
    expect(keys("@article{k, a = {\"}, b=1, b=2}")).toBe('r.bib:1:27: entry "k" has the field "b" twice');
  });

  it("field names are only read after a comma at the entry's top level, outside quotes, and followed by =", () => {
    expect(keys('@article{k, a = "x,b=1", b=2}')).toEqual(["k"]);
    expect(keys("@article{k, title={x, title=2}, note=1}")).toEqual(["k"]);
    expect(keys("@article{k t=1, t=2}")).toEqual(["k"]);
    expect(keys("@article{k, a b=1, b=2}")).toEqual(["k"]);
    expect(keys("@article{k, x, x = 1}")).toEqual(["k"]);
    expect(keys("@article{k, 1a=1, a=2}")).toEqual(["k"]);
  });

  it("a } that closes nothing is an error at it", () => {
    expect(failure("x}")).toBe("r.bib:1:2: this } closes nothing\n  1 | x}\n       ^\n  fix: remove it, or add the { it was meant to close");
  });

  it("an unclosed { is an error at it, found at the end of the file or at the next entry's line", () => {
    expect(failure("@article{k, title={a}")).toBe(
      "r.bib:1:9: this { is never closed\n  1 | @article{k, title={a}\n              ^\n  fix: add the missing } (each entry and each braced value closes with its own }), or remove this {",
    );
    expect(keys("@article{k,")).toBe(unclosed);
    expect(keys("@article{k, title={a}\n@book{j, x=1}}")).toBe(unclosed);
    expect(keys("@article{k, title={a}\n  @book{j, x=1}}")).toBe(unclosed);
    expect(keys("@article{k, title={a}\n@ book {j, x=1}}")).toBe(unclosed);
    // More than 200 blanks before the @: still the start of a line as far as the scan looks back.
    expect(keys(`@article{k, x={${" ".repeat(250)}@book{j,}}}`)).toBe("r.bib:1:15: this { is never closed");
  });

  it("an @ inside an entry is text unless it starts a line and an entry", () => {
    expect(keys("@article{k, x @book{j,}}")).toEqual(["k"]);
    expect(keys("@article{k,\n  a = {x\n@ 1 @b{c}}}")).toEqual(["k"]);
  });
});
