// docs/review.md documents the three tools and stays in sync with the code:
// every consistency rule and every expression function appears in it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONSISTENCY_RULES } from "../../src/review/consistency/rules.js";
import { FUNCTION_NAMES as FUNCTIONS } from "../../src/lang/functions.js";

const doc = readFileSync(new URL("../../docs/review.md", import.meta.url), "utf8");

describe("docs/review.md", () => {
  it("documents diff, check and the claims", () => {
    expect(doc).toContain("## `safety-gap diff <A> <B>");
    expect(doc).toContain("## `safety-gap check");
    expect(doc).toContain("### 3. The claims");
    expect(doc).toContain("## The expression language");
    for (const exit of ["**0** identical", "**1** numbers", "**2** bad input"]) expect(doc).toContain(exit);
  });

  it("lists every consistency rule and expression function", () => {
    for (const r of CONSISTENCY_RULES) expect(doc, r.id).toContain(`\`${r.id}\``);
    for (const f of FUNCTIONS) expect(doc, f).toContain(`\`${f}\``);
  });
});
