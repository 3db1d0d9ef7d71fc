import { describe, expect, it } from "vitest";
import { sentenceId, sentencesOf } from "../../src/render/sentences.js";

describe("sentencesOf", () => {
  it("keeps sentences with traceable values, with their keys", () => {
    const html =
      'No numbers here. CAI retains <span class="num" id="v1" data-key="summary.7B.CAI.retention">0.7601</span> of the gap. ' +
      'All deltas are <span class="derived" id="v2" data-key="a b">negative</span>, e.g. here. Done.';
    expect(sentencesOf(html)).toEqual([
      { text: "CAI retains 0.7601 of the gap.", keys: ["summary.7B.CAI.retention"] },
      { text: "All deltas are negative, e.g. here.", keys: ["a", "b"] },
    ]);
  });
  it("reads through KaTeX markup and entities", () => {
    const html = 'We use <span class="num" id="v3" data-key="sizes.samplesPerCell"><span class="katex"><span class="mord">n</span>=<span class="mord">500</span></span></span> &amp; more.';
    expect(sentencesOf(html)).toEqual([{ text: "We use n=500 & more.", keys: ["sizes.samplesPerCell"] }]);
  });
  it("makes stable ids from the place", () => {
    expect(sentenceId("Section 3.2", 0)).toBe("section-3.2.1");
    expect(sentenceId("Table 1", 4)).toBe("table-1.5");
  });
});

describe("sentencesOf: edges", () => {
  const span = (key: string, inner = ""): string => `<span class="num" data-key="${key}">${inner}</span>`;
  it("an empty data-key or extra spaces in it add no key; runs of white space read as one space", () => {
    expect(sentencesOf(`Nothing ${span("")} here. Two\n   keys ${span(" a  b ", "1")}.`)).toEqual([{ text: "Two keys 1.", keys: ["a", "b"] }]);
  });
  it("a span closing the block leaves no trailing space", () => {
    expect(sentencesOf(`Foo ${span("k")}`)).toEqual([{ text: "Foo", keys: ["k"] }]);
  });
  it("more than ten spans: each marker keeps its own keys", () => {
    const html = Array.from({ length: 12 }, (_, i) => span(`k${i}`, String(i))).join(" ") + ".";
    expect(sentencesOf(html)).toEqual([{ text: "0 1 2 3 4 5 6 7 8 9 10 11.", keys: Array.from({ length: 12 }, (_, i) => `k${i}`) }]);
  });
  it("ids fold each run of other characters into one dash", () => {
    expect(sentenceId("Figure 2: (a)", 1)).toBe("figure-2-a-.2");
  });
});
