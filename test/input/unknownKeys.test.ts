// Issue 12, item 5: an unknown key in any input file is an error at its
// file:line:column, with the field path, what is allowed and the closest
// allowed key.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseParams } from "../../src/study/params/load.js";
import { parseFrontMatter } from "../../src/render/frontMatter.js";
import { parseMarkdown } from "../../src/render/markdown/parse.js";
import { parseTables } from "../../src/render/tables.js";
import { parseClaims } from "../../src/review/claims/loadClaims.js";
import { parsePublished } from "../../src/review/published/loadPublished.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

const read = (f: string): string => readFileSync(`report/${f}`, "utf8");
/** 1-based line of the first `text` in `source`. */
const lineOf = (source: string, text: string): number => source.slice(0, source.indexOf(text)).split("\n").length;

/** Each kind of YAML input with one key misspelt: the file, the misspelt text, and the whole error it must give. */
const cases: { name: string; source: string; typo: string; parse: (s: string) => unknown; message: string; column: number; hint: string }[] = [
  {
    name: "model.yaml",
    source: read("model.yaml").replace(/^seed:/m, "sead:"),
    typo: "sead:",
    parse: (s) => parseParams(s, "f"),
    message: "unknown field `sead`; allowed: `seed`, `samplesPerCell`, `bootstrap`, `conditions`, `methods`, `baselineMethod`, `scales`, `benchmarks`, `noise`, `baseline`, `alignment`, `methodEffects`",
    column: 1,
    hint: "did you mean `seed`?",
  },
  {
    name: "paper.yaml",
    source: read("paper.yaml").replace("keywords:", "keywrods:"),
    typo: "keywrods:",
    parse: (s) => parseFrontMatter(s, "f"),
    message: "unknown field `keywrods`; allowed: `title`, `authors`, `year`, `vars`, `ccs`, `keywords`, `conference`, `pages`, `permission`, `copyright`",
    column: 1,
    hint: "did you mean `keywords`?",
  },
  {
    name: "tables.yaml",
    source: read("tables.yaml").replace("stub:", "stbu:"),
    typo: "stbu:",
    parse: (s) => parseTables(s, "f"),
    message: "unknown field `stbu` in `summary`; allowed: `scale`, `params`, `rows`, `stub`, `rowLabels`, `columns`, `wide`",
    column: 3,
    hint: "did you mean `stub`?",
  },
  {
    name: "claims.yaml",
    source: read("claims.yaml").replace("    where:", "    were:"),
    typo: "were:",
    parse: (s) => parseClaims(s, "f"),
    message: "unknown field `were` in `claims[0]`; allowed: `id`, `claim`, `where`, `assert`",
    column: 5,
    hint: "did you mean `where`?",
  },
  {
    name: "published.yaml",
    // `design` is a map of named sets (any name); a table's fields are fixed.
    source: read("published.yaml").replace('caption: "Method summary at 7B scale"', 'captoin: "Method summary at 7B scale"'),
    typo: "captoin:",
    parse: (s) => parsePublished(s, "f"),
    message: "unknown field `captoin` in `tables[0]`; allowed: `id`, `where`, `caption`, `columns`, `rows`",
    column: 5,
    hint: "did you mean `caption`?",
  },
  {
    name: "Markdown front matter",
    source: "---\nrole: abstract\nnumberd: false\n---\nText.\n",
    typo: "numberd:",
    parse: (s) => parseMarkdown(s, "f"),
    message: "unknown field `numberd`; allowed: `role`, `numbered`",
    column: 1,
    hint: "did you mean `numbered`?",
  },
];

describe.each(cases)("$name", ({ source, typo, parse, message, column, hint }) => {
  it("an unknown key is an error at it, with what is allowed and the closest one", () => {
    const e = safetyGapErrorOf(() => parse(source));
    expect(e.message).toBe(message);
    expect(e.where).toMatchObject({ file: "f", line: lineOf(source, typo), column, length: typo.length - 1 });
    expect(e.hint).toBe(hint);
  });
});
