/**
 * fillTemplate: every part needs its {{slot}} in templates/paper.html and
 * every slot a part, so a renamed slot stops the build instead of dropping
 * the abstract.
 */
import { describe, expect, it } from "vitest";
import { fillTemplate } from "../../../src/render/assemble.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";

describe("fillTemplate", () => {
  it("fills each slot, as often as it occurs, with the part's text as it is", () => {
    expect(fillTemplate("<h1>{{title}}</h1>{{body}}<p>{{title}}</p>{ {x}}", { title: "T$&", body: "<p>B</p>" }, "paper.html")).toBe("<h1>T$&</h1><p>B</p><p>T$&</p>{ {x}}");
  });

  it("refuses a part the template has no slot for, naming the slot and where it goes", () => {
    expect(safetyGapErrorOf(() => fillTemplate("{{title}}", { title: "T", body: "B" }, "templates/paper.html")).format()).toBe(
      "templates/paper.html: templates/paper.html has no {{body}} slot\n  fix: put {{body}} in templates/paper.html where the paper's text goes (docs/writing.md lists the slots)",
    );
  });

  it("refuses a slot no part fills, at its line, with the closest slot", () => {
    expect(safetyGapErrorOf(() => fillTemplate("<h1>{{title}}</h1>\n<p>{{abstrct}}</p>\n{{abstract}}", { title: "T", abstract: "A" }, "templates/paper.html")).format()).toBe(
      "templates/paper.html:2:4: templates/paper.html: slot {{abstrct}} has no value; did you mean {{abstract}}?\n  2 | <p>{{abstrct}}</p>\n         ^^^^^^^^^^^\n  fix: the slots are {{title}}, {{abstract}}; remove this one or fix its spelling",
    );
  });
});
