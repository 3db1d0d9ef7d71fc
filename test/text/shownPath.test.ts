import { describe, expect, it } from "vitest";
import { shownPath } from "../../src/text/shownPath.js";

describe("shownPath(cwd, path)", () => {
  it("shows a path below the working folder relative to it, and the folder itself as .", () => {
    expect(shownPath("/paper", "/paper/report/model.yaml")).toBe("report/model.yaml");
    expect(shownPath("/paper", "/paper")).toBe(".");
    expect(shownPath("/paper", "/paper/")).toBe(".");
  });

  it("shows a path outside the working folder absolute, its parent included", () => {
    expect(shownPath("/paper/src", "/paper")).toBe("/paper");
    expect(shownPath("/paper/src", "/paper/out/results.json")).toBe("/paper/out/results.json");
    expect(shownPath("/paper", "/elsewhere/x.yaml")).toBe("/elsewhere/x.yaml");
  });

  it("keeps a name below the folder that merely starts with two dots relative", () => {
    expect(shownPath("/paper", "/paper/..notes")).toBe("..notes");
  });
});
