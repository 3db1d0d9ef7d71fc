import { describe, expect, it } from "vitest";
import * as z from "zod";

describe("configSchema", () => {
  // Imported in the test, not at the top: a module that fails to load then fails this test, where a
  // file whose own imports fail has no tests at all (and the mutation run sees no test fail).
  it("loads, and describes each path setting as relative to the config file's folder", async () => {
    const { configSchema } = await import("../../src/config/configSchema.js");
    const json = z.toJSONSchema(configSchema, { io: "input" }) as { properties: Record<string, { description?: string }> };
    expect(json.properties.report?.description).toBe("a path relative to the config file's folder, without `..` (the folder of the paper's source)");
  });
});
