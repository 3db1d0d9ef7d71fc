/** Float directives: each kind's parameters, names and values checked at parse time. */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../../src/render/markdown/parse.js";
import { safetyGapErrorOf } from "../../../helpers/safetyGapError.js";

const failure = (src: string): string => safetyGapErrorOf(() => parseMarkdown(src, "a.md"), JSON.stringify(src)).format();
const float = (first: string): string => `Text.\n\n${first}\nCaption.\n:::\n`;

describe("directive", () => {
  it("keeps valid parameters and where their values are", () => {
    const src = float("::: figure fig:x spec=fig4 wide=true");
    const meta = parseMarkdown(src, "a.md").tokens.find((t) => t.type === "directive_open")!.meta as { params: object; paramOffsets: Record<string, number> };
    expect(meta.params).toEqual({ spec: "fig4", wide: "true" });
    expect(src.slice(meta.paramOffsets.spec!, meta.paramOffsets.spec! + 4)).toBe("fig4");
    expect(parseMarkdown(float("::: table tbl:t scale=13B wide=false  "), "a.md").tokens[3]!.meta).toMatchObject({ params: { scale: "13B", wide: "false" } });
  });

  it("an unknown parameter name is an error at it, with the closest one (wdie=true was ignored)", () => {
    expect(failure(float("::: figure fig:x spec=fig4 wdie=true"))).toBe(
      'a.md:3:28: unknown parameter "wdie" for a figure; did you mean "wide"?\n' +
        "  3 | ::: figure fig:x spec=fig4 wdie=true\n                                 ^^^^\n" +
        "  fix: a figure takes spec=<id> (report/figures/<id>.vl.json) and wide=true|false",
    );
    expect(failure(float("::: figure fig:x scale=99B"))).toMatch(/^a\.md:3:18: unknown parameter "scale" for a figure\n[\s\S]*fix: a figure's scale is set in its spec/);
    expect(failure(float("::: table tbl:t spec=x"))).toMatch(/^a\.md:3:17: unknown parameter "spec" for a table/);
  });

  it("a bad value or a parameter given twice is an error at it", () => {
    expect(failure(float("::: figure fig:x wide=maybe"))).toMatch(/^a\.md:3:23: wide=maybe: wide is true or false\n/);
    expect(failure(float("::: figure fig:x wide=ture"))).toMatch(/^a\.md:3:23: wide=ture: wide is true or false; did you mean "true"\?/);
    expect(failure(float("::: figure fig:x spec=../x"))).toMatch(/^a\.md:3:23: spec=\.\.\/x: not a valid value/);
    expect(failure(float("::: table tbl:t wide=true wide=false"))).toMatch(/^a\.md:3:27: parameter "wide" is given twice/);
  });
});
