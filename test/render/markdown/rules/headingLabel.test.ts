/** Heading labels: {#sec:name} only; anything else would mislabel or stay in the heading text. */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../../src/render/markdown/parse.js";
import { safetyGapErrorOf } from "../../../helpers/safetyGapError.js";

const failure = (src: string): string => safetyGapErrorOf(() => parseMarkdown(src, "a.md"), JSON.stringify(src)).format();

describe("heading_label", () => {
  it("strips {#sec:name} from the heading and keeps it on the token", () => {
    const p = parseMarkdown("## Retention Ratios {#sec:retention-2}\n", "a.md");
    expect(p.tokens[0]!.meta).toEqual({ label: "sec:retention-2" });
    expect(p.tokens[1]!.content).toBe("Retention Ratios");
  });
  it("{#eq:x} on a heading (then @eq:x read \"Section 3\"), {#sec:} and {#sec:a b} are errors at the label", () => {
    expect(failure("Intro.\n\n# Results {#eq:x}\n")).toMatch(/^a\.md:3:13: a section label starts with "sec:", not "eq:" \(@eq:x would read "Section n"\); did you mean "sec:x"\?/);
    expect(failure("# Results {#sec:}\n")).toMatch(/^a\.md:1:13: the section label \{#sec:\} has no name/);
    expect(failure("# Results {#sec:a b}\n")).toMatch(/^a\.md:1:13: "sec:a b" is not a section label/);
  });
});
