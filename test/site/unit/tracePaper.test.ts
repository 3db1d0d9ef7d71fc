/** Which spans tracePaper takes for numbers, and what it leaves alone. */
import { describe, expect, it } from "vitest";
import { tracePaper } from "../../../src/site/tracePaper.js";

const link = (keys: string[]) => ({ href: `t.html#${keys.join("+")}`, describedBy: `pop-${keys.length}` });

describe("tracePaper, which spans", () => {
  it("takes a num class among others, after other attributes, and splits a data-key at any run of spaces", () => {
    const t = tracePaper('<p><span id="v" class="big num wide" data-key=" a  b ">1</span></p>', link);
    expect(t).toStrictEqual({
      html: '<p><a class="num-link" href="t.html#a+b" aria-describedby="pop-2"><span id="v" class="big num wide" data-key=" a  b ">1</span></a></p>',
      numbers: [{ dataKey: " a  b ", keys: ["a", "b"] }],
    });
  });

  it("leaves a num span without data-key, and one never closed, as they are", () => {
    const html = '<p><span class="num">1</span> <span class="num" data-key="k">2</p>';
    expect(tracePaper(html, link)).toStrictEqual({ html, numbers: [] });
  });
});
