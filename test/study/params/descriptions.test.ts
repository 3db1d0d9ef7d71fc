/** Parameter descriptions for the provenance page come from the parameter schema. */
import { describe, expect, it } from "vitest";
import { paramDescriptions } from "../../../src/study/params/descriptions.js";

describe("paramDescriptions", () => {
  it("describes the seed and the bootstrap settings", () => {
    const d = paramDescriptions();
    expect(Object.keys(d)).toContain("bootstrap.resamples");
    for (const v of Object.values(d)) expect(v.length).toBeGreaterThan(5);
  });
});
