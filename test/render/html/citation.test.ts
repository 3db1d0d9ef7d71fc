/** `[@a; @b]`: the reference numbers ascending, each a link to its entry. */
import { describe, expect, it } from "vitest";
import { citationHtml } from "../../../src/render/html/citation.js";
import { tinyEnv, tokenOf } from "./renderEnv.js";

describe("citationHtml", () => {
  it("sorts the numbers ascending whatever the order written, and escapes the key in the link", () => {
    const env = tinyEnv({ citations: [["zeta<1>", 12], ["alpha", 3], ["mid", 7]] });
    const keys = [{ key: "zeta<1>", offset: 2 }, { key: "alpha", offset: 12 }, { key: "mid", offset: 20 }];
    expect(citationHtml(tokenOf({ meta: { keys, file: "a.md", source: "" } }), 0, env)).toBe(
      '<span class="cite">[<a href="#ref-alpha">3</a>, <a href="#ref-mid">7</a>, <a href="#ref-zeta&lt;1&gt;">12</a>]</span>',
    );
  });
  it("one key is one link", () => {
    const env = tinyEnv({ citations: [["alpha", 3]] });
    expect(citationHtml(tokenOf({ meta: { keys: [{ key: "alpha", offset: 1 }], file: "a.md", source: "" } }), 0, env)).toBe('<span class="cite">[<a href="#ref-alpha">3</a>]</span>');
  });
});
