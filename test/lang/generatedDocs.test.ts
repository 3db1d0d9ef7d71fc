// The docs' generated sections match their declarations (run `npm run docs` to update them).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GENERATED_DOCS } from "../../src/lang/docsTargets.js";
import { formatTable, functionTable, keyFamiliesSection, keyShapesList, replaceGenerated } from "../../src/lang/generatedDocs.js";
import type { KeyFamily } from "../../src/lang/keyFamily.js";
import { KEY_FAMILIES } from "../../src/study/results/keyFamilies.js";

describe("generated docs", () => {
  for (const { file, name, body } of GENERATED_DOCS) {
    it(`${file}: "${name}" is up to date (npm run docs)`, () => {
      const doc = readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
      expect(replaceGenerated(doc, name, body())).toBe(doc);
    });
  }

  it("generates these sections", () => {
    expect(GENERATED_DOCS.map((d) => `${d.file}: ${d.name}`)).toEqual(["docs/review.md: functions", "docs/writing.md: functions", "docs/writing.md: formats", "docs/results.md: key families", "docs/figures.md: key shapes"]);
  });

  it("writes one row per function with its signature", () => {
    expect(functionTable().split("\n")).toContain("| `log10p` | `log10p(t, df)` | log10 of the two-sided Student-t p-value of t with df degrees of freedom |");
    expect(functionTable().split("\n")).toContain("| `argmax` | `argmax(list[, axis])` | the name of the largest value (along choice `axis`: the same in every group) |");
  });

  it("prints each format's example through the format itself", () => {
    const rows = formatTable().split("\n");
    expect(rows).toContain("| `f0 … f6` | fixed decimals (rounded) | `-0.04283 \\| f4` → \u22120.0428 |");
    expect(rows).toContain("| `sign` | (after a number format) + before a positive number | `0.05 \\| f2 \\| sign` → +0.05 |");
    expect(rows).toContain("| `int` | a whole number with thousands separators | `10000 \\| int` → 10,000 |");
  });

  it("lists each key shape once, sub-leaves only under the leaves that have them", () => {
    expect(keyShapesList(KEY_FAMILIES).split("\n")).toEqual([
      "- `cell.{scale}.{method}.{condition}.{benchmark}.{mean|sd|se}`",
      "- `cmp.{scale}.{method}.{benchmark}.{diff|t|df|p|log10p|d|se|ciLow|ciHigh}`",
      "- `summary.{scale}.{method}.{apSafety|noapSafety|apCap|noapCap|safetyGap|tax|retention|delta}`",
      "- `summary.{scale}.{method}.{apSafety|noapSafety|apCap|noapCap|safetyGap|tax|retention|delta}.se`",
      "- `summary.{scale}.{method}.{safetyGap|tax|retention|delta}.{ciLow|ciHigh}`",
    ]);
  });

  it("replaces only between its own markers, and says when they are missing", () => {
    const doc = "a\n<!-- generated: x -->\nold\n<!-- end generated: x -->\nb";
    expect(replaceGenerated(doc, "x", "new")).toBe("a\n<!-- generated: x -->\nnew\n<!-- end generated: x -->\nb");
    expect(replaceGenerated(doc, "y", "new")).toBeUndefined();
    expect(replaceGenerated("<!-- generated: x -->\nold\n<!-- end generated: x -->", "x", "new")).toBe("<!-- generated: x -->\nnew\n<!-- end generated: x -->");
    expect(replaceGenerated("a\n<!-- generated: x -->\nold", "x", "new")).toBeUndefined();
    expect(replaceGenerated("a\nold\n<!-- end generated: x -->", "x", "new")).toBeUndefined();
    // The end marker that counts is the first one after the start.
    expect(replaceGenerated("z\n<!-- end generated: x -->\n<!-- generated: x -->\nold\n<!-- end generated: x -->", "x", "new")).toBe("z\n<!-- end generated: x -->\n<!-- generated: x -->\nnew\n<!-- end generated: x -->");
  });
});

describe("keyFamiliesSection", () => {
  it("writes each family's heading, leaves (with a paper column when any leaf has one), sub-leaves grouped by meaning, and examples", () => {
    const families: KeyFamily[] = [
      {
        title: "Sums",
        prefix: "sum",
        dimensions: ["scale", "method"],
        leafName: "stat",
        about: "What a|b is.",
        leaves: [
          { names: ["tax", "gap"], meaning: "the tax | gap", paper: "Table 1", sub: [{ names: ["lo", "hi"], meaning: "CI" }, { names: ["se"], meaning: "SE" }] },
          { names: ["ret"], meaning: "retention", sub: [{ names: ["se"], meaning: "SE" }] },
          { names: ["n"], meaning: "count" },
        ],
        examples: "Examples: `sum.7B.CAI.tax`.",
      },
      { title: "Cells", prefix: "cell", dimensions: ["scale"], leafName: "stat", about: "Cells.", leaves: [{ names: ["mean"], meaning: "mean" }], examples: "E." },
    ];
    expect(keyFamiliesSection(families).split("\n")).toEqual([
      "### Sums: `sum.<scale>.<method>.<stat>`",
      "",
      "What a|b is.",
      "",
      "| stat | meaning | paper |",
      "|---|---|---|",
      "| `tax`, `gap` | the tax \\| gap | Table 1 |",
      "| `ret` | retention |  |",
      "| `n` | count |  |",
      "",
      "| key | for | meaning |",
      "|---|---|---|",
      "| `sum.<scale>.<method>.<stat>.lo`, `sum.<scale>.<method>.<stat>.hi` | `tax`, `gap` | CI |",
      "| `sum.<scale>.<method>.<stat>.se` | `tax`, `gap`, `ret` | SE |",
      "",
      "Examples: `sum.7B.CAI.tax`.",
      "",
      "### Cells: `cell.<scale>.<stat>`",
      "",
      "Cells.",
      "",
      "| stat | meaning |",
      "|---|---|",
      "| `mean` | mean |",
      "",
      "E.",
    ]);
  });
});

describe("keyFamiliesSection's sub-leaf rows", () => {
  it("keep sub-leaf lists apart by their names, not by their names run together", () => {
    const family: KeyFamily = {
      title: "P",
      prefix: "p",
      dimensions: [],
      leafName: "s",
      about: "A.",
      leaves: [
        { names: ["a"], meaning: "m", sub: [{ names: ["lo", "w"], meaning: "x" }] },
        { names: ["b"], meaning: "m", sub: [{ names: ["low"], meaning: "x" }] },
      ],
      examples: "E.",
    };
    expect(keyFamiliesSection([family]).split("\n")).toEqual([
      "### P: `p.<s>`",
      "",
      "A.",
      "",
      "| s | meaning |",
      "|---|---|",
      "| `a` | m |",
      "| `b` | m |",
      "",
      "| key | for | meaning |",
      "|---|---|---|",
      "| `p.<s>.lo`, `p.<s>.w` | `a` | x |",
      "| `p.<s>.low` | `b` | x |",
      "",
      "E.",
    ]);
  });
});
