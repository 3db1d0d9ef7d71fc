import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tool } from "../../src/results/tool.js";

describe("tool()", () => {
  it("names the package and gives package.json's version", () => {
    const version = (JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
    expect(tool()).toStrictEqual({ name: "safety-gap", version });
  });
});
