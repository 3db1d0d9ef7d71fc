import { describe, expect, it } from "vitest";
import { sourceDateEpoch } from "../src/sourceDateEpoch.js";

describe("sourceDateEpoch(env)", () => {
  it("reads whole seconds", () => {
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: "1700000000" })).toBe(1700000000);
  });
  it("is 0 when unset, empty, negative or not a whole number (never the wall clock)", () => {
    for (const v of [undefined, "", "-5", "1.5", "soon"]) expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: v })).toBe(0);
  });
});
