/** A {{ }} placeholder in prose: numbers and derived words traceable, hidden checks still counted as uses. */
import { describe, expect, it } from "vitest";
import { placeholderHtml } from "../../../src/render/html/placeholder.js";
import { parsePlaceholder } from "../../../src/render/template/placeholder.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";
import { tinyEnv, tokenOf } from "./renderEnv.js";
import type { RenderEnv } from "../../../src/render/html/env.js";

/** The placeholder as written in a one-line file "x {{ text }}". */
const render = (text: string, env: RenderEnv): string =>
  placeholderHtml(tokenOf({ meta: { placeholder: parsePlaceholder(text), offset: 5, file: "a.md", source: `x {{ ${text} }}` } }), 0, env);

describe("placeholderHtml", () => {
  it("a number is a num span with its key", () => {
    const env = tinyEnv();
    expect(render("s.A.gap | f2", env)).toBe('<span class="num" id="v1" data-key="s.A.gap">0.50</span>');
    expect(env.usage).toEqual([{ key: "s.A.gap", where: "Section 2" }]);
  });
  it("a word chosen from the results is a derived span with the keys it was chosen from", () => {
    const env = tinyEnv();
    expect(render("argmax(s.$methods.gap)", env)).toBe('<span class="derived" id="v1" data-key="s.A.gap s.B.gap">A</span>');
    expect(env.usage).toEqual([{ key: "s.A.gap", where: "Section 2" }, { key: "s.B.gap", where: "Section 2" }]);
  });
  it("a hidden assertion prints nothing but records its keys; a variable prints as plain text with no keys", () => {
    const env = tinyEnv();
    expect(render('bound(s.*.gap, ">", 0) | hide', env)).toBe("");
    expect(render("{scale}", env)).toBe("7B");
    expect(env.spans).toBe(0);
    expect(env.usage).toEqual([{ key: "s.A.gap", where: "Section 2" }, { key: "s.B.gap", where: "Section 2" }]);
  });
  it("an unknown key is an error at the key in the Markdown file", () => {
    expect(safetyGapErrorOf(() => render("s.C.gap | f2", tinyEnv())).format()).toBe(
      "a.md:1:6: no number named 's.C.gap'; did you mean 's.A.gap'?\n  1 | x {{ s.C.gap | f2 }}\n           ^^^^^^^\n" +
        "  fix: spell the key as in results.numbers (see docs/results.md), or use * / $set for a segment",
    );
  });
  it("anything but a template error is passed on as it is", () => {
    const tokens = tokenOf({ meta: { placeholder: undefined, offset: 0, file: "a.md", source: "" } });
    expect(() => placeholderHtml(tokens, 0, tinyEnv())).toThrow(TypeError);
  });
});
