import { describe, expect, it } from "vitest";
import { countByFolder, ledgerReport, mutableFiles } from "../scripts/mutation/scores.js";
import { readFileSync } from "node:fs";
import { dehydrate, hydrate, LEDGER_PATH, REASON_LIMIT, serialize, sha256, type IncrementalReport, type Ledger } from "../scripts/mutation/ledger.js";

const location = { start: { line: 1, column: 10 }, end: { line: 1, column: 15 } };
const sourceA = "export const a = (x: number) => x + 1;\n";
const sourceB = "export const b = 2;\n";
const testSource = 'it("adds one", () => expect(a(1)).toBe(2));\n';

const report: IncrementalReport = {
  schemaVersion: "2",
  thresholds: { high: 90, low: 80 },
  projectRoot: "/work/repo",
  files: {
    "src/a.ts": {
      language: "typescript",
      source: sourceA,
      mutants: [
        { id: "0", mutatorName: "ArithmeticOperator", replacement: "x - 1", status: "Killed", statusReason: "expected 0 to be 2", killedBy: ["0"], coveredBy: ["0", "1"], location },
        { id: "1", mutatorName: "BlockStatement", replacement: "{}", status: "Survived", coveredBy: ["0"], location },
        { id: "2", mutatorName: "StringLiteral", replacement: '""', status: "CompileError", statusReason: "x".repeat(REASON_LIMIT + 1), location },
      ],
    },
    "/work/repo/src/b.ts": { language: "typescript", source: sourceB, mutants: [] },
  },
  testFiles: {
    "test/a.test.ts": { source: testSource, tests: [{ id: "0", name: "adds one" }] },
    "": { tests: [{ id: "1", name: "a stub without a file" }] },
  },
  config: { concurrency: 2 },
  framework: { name: "StrykerJS" },
};

describe("the mutation ledger", () => {
  const ledger = dehydrate(report);

  it("keeps a hash for each source, paths relative to the project, what Stryker needs of each mutant, and cuts long reasons", () => {
    expect(ledger).toEqual({
      schemaVersion: "2",
      thresholds: { high: 90, low: 80 },
      files: {
        "src/a.ts": {
          language: "typescript",
          sha256: sha256(sourceA),
          mutants: [
            { id: "0", mutatorName: "ArithmeticOperator", replacement: "x - 1", status: "Killed", killedBy: ["0"], location },
            report.files["src/a.ts"]!.mutants[1],
            { ...report.files["src/a.ts"]!.mutants[2], statusReason: `${"x".repeat(REASON_LIMIT)}...` },
          ],
        },
        "src/b.ts": { language: "typescript", sha256: sha256(sourceB), mutants: [] },
      },
      testFiles: {
        "test/a.test.ts": { sha256: sha256(testSource), tests: [{ id: "0", name: "adds one" }] },
        "": { tests: [{ id: "1", name: "a stub without a file" }] },
      },
    });
  });

  it("gives Stryker back each unchanged file with the source read now", () => {
    const disk: Record<string, string> = { "src/a.ts": sourceA, "src/b.ts": sourceB, "test/a.test.ts": testSource };
    const { report: back, changed } = hydrate(ledger, (p) => disk[p]);
    expect(changed).toEqual([]);
    expect(back.files["src/a.ts"]).toEqual({ language: "typescript", source: sourceA, mutants: ledger.files["src/a.ts"]!.mutants });
    expect(back.testFiles).toEqual({
      "test/a.test.ts": { source: testSource, tests: [{ id: "0", name: "adds one" }] },
      "": { tests: [{ id: "1", name: "a stub without a file" }] },
    });
  });

  it("leaves out a file that changed or is gone since its run, so Stryker tests it anew", () => {
    const disk: Record<string, string> = { "src/a.ts": `${sourceA}// edited\n`, "test/a.test.ts": testSource.replace("2", "3") };
    const { report: back, changed } = hydrate(ledger, (p) => disk[p]);
    expect(changed).toEqual(["src/a.ts", "src/b.ts", "test/a.test.ts"]);
    expect(Object.keys(back.files)).toEqual([]);
    expect(Object.keys(back.testFiles ?? {})).toEqual([""]);
  });

  it("is written with sorted paths and one mutant or test a line, and reads back the same", () => {
    const text = serialize(ledger);
    expect(JSON.parse(text)).toEqual(ledger);
    const lines = text.split("\n");
    expect(lines.slice(0, 5)).toEqual(["{", '  "schemaVersion": "2",', '  "thresholds": {"high":90,"low":80},', '  "files": {', `    "src/a.ts": {"language":"typescript","sha256":"${sha256(sourceA)}","mutants": [`]);
    expect(lines[5]).toBe(`      ${JSON.stringify(ledger.files["src/a.ts"]!.mutants[0])},`);
    expect(lines[6]).toBe(`      ${JSON.stringify(ledger.files["src/a.ts"]!.mutants[1])},`);
    expect(lines[7]).toBe(`      ${JSON.stringify(ledger.files["src/a.ts"]!.mutants[2])}`);
    expect(lines.slice(8, 16)).toEqual([
      "    ]},",
      `    "src/b.ts": {"language":"typescript","sha256":"${sha256(sourceB)}","mutants": [`,
      "    ]}",
      "  },",
      '  "testFiles": {',
      '    "": {"tests": [',
      '      {"id":"1","name":"a stub without a file"}',
      "    ]},",
    ]);
    expect(text.endsWith('    ]}\n  }\n}\n')).toBe(true);
  });

  it("writes the same text for the same results, whatever order Stryker gave them in", () => {
    const reordered: Ledger = { ...ledger, files: { "src/b.ts": ledger.files["src/b.ts"]!, "src/a.ts": ledger.files["src/a.ts"]! } };
    expect(serialize(reordered)).toBe(serialize(ledger));
  });
});

describe("the ledger's scores", () => {
  const ledger = dehydrate(report);

  it("speaks only for files unchanged since their run, and names the changed and the never run", () => {
    const disk: Record<string, string> = { "src/a.ts": sourceA, "src/b.ts": "export const b = 3;\n" };
    const { report: current, changed, missing } = ledgerReport(ledger, (p) => disk[p], ["src/a.ts", "src/b.ts", "src/c.ts"]);
    expect(Object.keys(current.files)).toEqual(["src/a.ts"]);
    expect(changed).toEqual(["src/b.ts"]);
    expect(missing).toEqual(["src/c.ts"]);
  });

  it("takes the files of the config's mutate list, less its exclusions", () => {
    const mutate = ["src/**/*.ts", "!src/**/assembly/**", "!src/random/glibcExpTable.ts", "!src/**/types.ts", "!src/messages/**"];
    const paths = ["src/a.ts", "src/lang/parser.ts", "src/random/assembly/fill.ts", "src/messages/lang.ts", "src/lang/types.ts", "src/random/glibcExpTable.ts", "src/site/style.css"];
    expect(mutableFiles(paths, mutate)).toEqual(["src/a.ts", "src/lang/parser.ts"]);
  });

  it("counts the files left out per folder", () => {
    expect(countByFolder(["src/lang/parser.ts", "src/cli/main.ts", "src/lang/lexer.ts", "src/cli/commands/build.ts"])).toBe("src/cli 1, src/cli/commands 1, src/lang 2");
  });
});

describe("the committed ledger (mutation/incremental.json)", () => {
  it("is in the form `npm run mutation` writes, so a hand edit or a bad merge shows here", () => {
    const text = readFileSync(LEDGER_PATH, "utf8");
    expect(serialize(JSON.parse(text) as Ledger)).toBe(text);
  });
});
