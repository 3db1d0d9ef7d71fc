/** Wrapping the paper's number spans in links, keeping each span byte for byte. */
import { describe, expect, it } from "vitest";
import { tracePaper } from "../../src/site/tracePaper.js";

const link = (keys: string[]) => ({ href: `t.html#${keys[0]}`, describedBy: `pop-${keys.length}` });

describe("tracePaper", () => {
  it("wraps each number span, nested markup included, and lists distinct data-keys in order", () => {
    const html = `<p>a <span class="num" id="v1" data-key="k.a">1<span class="u">%</span></span> b <span class="num" data-key="k.b k.c">2–3</span> <span class="num" data-key="k.a">1</span></p>`;
    const t = tracePaper(html, link);
    expect(t.html).toBe(
      `<p>a <a class="num-link" href="t.html#k.a" aria-describedby="pop-1"><span class="num" id="v1" data-key="k.a">1<span class="u">%</span></span></a> b <a class="num-link" href="t.html#k.b" aria-describedby="pop-2"><span class="num" data-key="k.b k.c">2–3</span></a> <a class="num-link" href="t.html#k.a" aria-describedby="pop-1"><span class="num" data-key="k.a">1</span></a></p>`,
    );
    expect(t.numbers).toEqual([
      { dataKey: "k.a", keys: ["k.a"] },
      { dataKey: "k.b k.c", keys: ["k.b", "k.c"] },
    ]);
  });

  it("decodes entities in keys and leaves other spans alone", () => {
    const t = tracePaper(`<span class="number">x</span><span class="num" data-key="cmp.7B.SFT&amp;DPO.p">0</span>`, link);
    expect(t.numbers[0]!.keys).toEqual(["cmp.7B.SFT&DPO.p"]);
    expect(t.html.startsWith(`<span class="number">x</span><a class="num-link"`)).toBe(true);
  });
});
