import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { schemaTable } from "../../../src/study/params/schemaTable.js";

describe("schemaTable()", () => {
  it("is what docs/model.md shows between its schema markers", () => {
    const doc = readFileSync("docs/model.md", "utf8");
    const shown = /<!-- schema:begin -->\n([\s\S]*?)\n<!-- schema:end -->/.exec(doc)?.[1];
    expect(shown).toBe(schemaTable());
  });
});
