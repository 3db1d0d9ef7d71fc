import { describe, expect, it } from "vitest";
import { resultsSource } from "../../src/config/commandSource.js";
import { configSchema } from "../../src/config/configSchema.js";

describe("resultsSource(config, root, configFile)", () => {
  it("is the built-in source, and nothing more, for results: builtin", () => {
    expect(resultsSource(configSchema.parse({}), "/paper", "safety-gap.config.yaml")).toStrictEqual({ kind: "builtin" });
  });
});
