/** numberSpan: the traceable span every printed number gets, and the usage list it feeds. */
import { describe, expect, it } from "vitest";
import { numberSpan } from "../../../src/render/html/env.js";
import { tinyEnv } from "./renderEnv.js";

describe("numberSpan", () => {
  it("numbers spans in order, lists each key once in data-key and in the usage list, at env.where by default", () => {
    const env = tinyEnv();
    expect(numberSpan(env, "0.50", ["s.A.gap", "s.B.gap", "s.A.gap"])).toBe('<span class="num" id="v1" data-key="s.A.gap s.B.gap">0.50</span>');
    expect(numberSpan(env, "<b>x</b>", ["a&b"], "Table 1", "derived")).toBe('<span class="derived" id="v2" data-key="a&amp;b"><b>x</b></span>');
    expect(env.spans).toBe(2);
    expect(env.usage).toEqual([
      { key: "s.A.gap", where: "Section 2" },
      { key: "s.B.gap", where: "Section 2" },
      { key: "a&b", where: "Table 1" },
    ]);
  });
});
