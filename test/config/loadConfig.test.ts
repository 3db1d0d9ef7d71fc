// safety-gap.config.yaml: defaults without one, every setting read, errors at line:column with the
// fix, and the command line's options over the file (src/pipeline/resolveOptions.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/loadConfig.js";
import { resolveOptions } from "../../src/pipeline/resolveOptions.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

function project(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "sg-config-"));
  mkdirSync(join(dir, "report"));
  writeFileSync(join(dir, "report", "model.yaml"), "seed: 1\n");
  if (config !== undefined) writeFileSync(join(dir, "safety-gap.config.yaml"), config);
  return dir;
}
const errorOf = (config: string): string => safetyGapErrorOf(() => resolveOptions({ cwd: project(config) }), config).format();

describe("loadConfig", () => {
  it("gives every default without a file, and for an empty one", () => {
    const defaults = { report: "report", results: "builtin", output: { dir: "out", pdf: true, site: true }, pdf: {} };
    expect(loadConfig(project()).config).toEqual(defaults);
    expect(loadConfig(project("# nothing yet\n")).config).toEqual(defaults);
    // An explicit null document (`~`) too.
    const nullDoc = project("~\n");
    expect(loadConfig(nullDoc).config).toEqual(defaults);
    rmSync(nullDoc, { recursive: true, force: true });
  });

  it("names the config file and its doc when it cannot be read", () => {
    const dir = project();
    mkdirSync(join(dir, "safety-gap.config.yaml"));
    expect(safetyGapErrorOf(() => loadConfig(dir)).format()).toBe(
      "safety-gap.config.yaml: cannot read the config file: it is a folder (EISDIR)\n  fix: Replace the folder with the file (docs/config.md describes it), or pass --report with another folder.",
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads a command source, splitting its text into words without a shell", () => {
    const dir = project('results: { command: \'python3 "my analysis.py" $HOME *.csv\', inputs: ["*.py"], timeout: 30 }\n');
    expect(resolveOptions({ cwd: dir }).source).toEqual({
      kind: "command",
      argv: ["python3", "my analysis.py", "$HOME", "*.csv"],
      text: 'python3 "my analysis.py" $HOME *.csv',
      inputs: ["*.py"],
      output: "results.json",
      timeout: 30,
      cwd: dir,
      configFile: "safety-gap.config.yaml",
    });
    expect(resolveOptions({ cwd: project("results:\n  command: [Rscript, fit model.R]\n") }).source).toMatchObject({ argv: ["Rscript", "fit model.R"], text: "Rscript fit model.R" });
  });

  it("lets the command line override the file", () => {
    const dir = project("report: report\noutput: { dir: built, pdf: false, site: false }\npdf: { pageSize: A4 }\n");
    expect(resolveOptions({ cwd: dir })).toMatchObject({ outDir: join(dir, "built"), pdf: false, site: false, pageSize: "A4" });
    expect(resolveOptions({ cwd: dir, out: "elsewhere", pdf: true, site: true })).toMatchObject({ outDir: join(dir, "elsewhere"), pdf: true, site: true });
    mkdirSync(join(dir, "other"));
    writeFileSync(join(dir, "other", "model.yaml"), "seed: 2\n");
    expect(resolveOptions({ cwd: dir, report: "other" }).reportDir).toBe(join(dir, "other"));
  });

  it("reports a misspelt setting at its line and column, with the one meant", () => {
    expect(errorOf("reprot: x\n")).toBe(
      [
        "safety-gap.config.yaml:1:1 (reprot): unknown field `reprot`; allowed: `$schema`, `report`, `templates`, `results`, `output`, `pdf`",
        "  1 | reprot: x",
        "      ^^^^^^",
        "  fix: did you mean `report`?",
      ].join("\n"),
    );
    expect(errorOf("results: buildin\n").split("\n").at(-1)).toBe("  fix: did you mean `builtin`?");
    expect(errorOf("results:\n  comand: x\n").split("\n")[0]).toBe("safety-gap.config.yaml:2:3 (results.comand): unknown field `comand` in `results`; allowed: `command`, `inputs`, `output`, `timeout`");
  });

  it("says what a setting allows", () => {
    expect(errorOf("output:\n  pdf: yes please\n").split("\n")[0]).toBe("safety-gap.config.yaml:2:8 (output.pdf): `output.pdf` must be true or false (print out/paper.pdf), got `yes please`");
    expect(errorOf("results:\n  command: x\n  timeout: 0\n").split("\n")[0]).toBe(
      "safety-gap.config.yaml:3:12 (results.timeout): `results.timeout` must be a whole number of seconds from 1 to 86400 (how long the command may run), got 0",
    );
    expect(errorOf("report: ../x\n").split("\n")[0]).toBe(
      "safety-gap.config.yaml:1:9 (report): `report` must be a path relative to the config file's folder, without `..` (the folder of the paper's source), got `../x`",
    );
    expect(errorOf("pdf: { pageSize: A5 }\n").split("\n")[0]).toBe(
      "safety-gap.config.yaml:1:18 (pdf.pageSize): `pdf.pageSize` must be `Letter`, `A4` or `Legal` (the PDF's page size; default: the print stylesheet's, Letter), got `A5`",
    );
  });

  it("refuses a command the system could not start: a NUL, a word over 10,000 characters, over 1,000 words", () => {
    const allows =
      "`results.command` must be a text or a list of words (the program and its arguments; a text is split at spaces, quotes group words, no shell; at most 1000 words, each at most 10000 characters, without NUL)";
    expect(errorOf('results:\n  command: "node a\\0b.mjs"\n').split("\n")[0]).toBe(`safety-gap.config.yaml:2:12 (results.command): ${allows}, got \`node a\\u0000b.mjs\``);
    expect(errorOf(`results:\n  command: [node, ${"x".repeat(10_001)}]\n`).split("\n")[0]).toBe(
      `safety-gap.config.yaml:2:19 (results.command[1]): \`results.command[1]\` must be a text of at most 10000 characters without NUL, got \`${"x".repeat(60)}…\` (10,001 characters)`,
    );
    expect(errorOf(`results:\n  command: [${Array.from({ length: 1001 }, () => "x").join(", ")}]\n`).split("\n")[0]).toBe(`safety-gap.config.yaml:2:12 (results.command): ${allows}, got a list`);
    // At the limits, taken.
    const atLimit = loadConfig(project(`results:\n  command: [${Array.from({ length: 999 }, () => "x").join(", ")}, ${"y".repeat(10_000)}]\n`)).config.results;
    expect(atLimit !== "builtin" && atLimit.command.length).toBe(1000);
  });

  it("needs model.yaml only for the built-in results", () => {
    const dir = mkdtempSync(join(tmpdir(), "sg-config-"));
    mkdirSync(join(dir, "report"));
    writeFileSync(join(dir, "safety-gap.config.yaml"), "results: { command: node study.mjs }\n");
    expect(resolveOptions({ cwd: dir }).reportDir).toBe(join(dir, "report"));
    writeFileSync(join(dir, "safety-gap.config.yaml"), "report: paper-src\nresults: { command: node study.mjs }\n");
    expect(safetyGapErrorOf(() => resolveOptions({ cwd: dir })).message).toBe(`no report folder ${join(dir, "paper-src")}`);
  });
});

describe("check with a config file", () => {
  it("takes the report folder and the output folder's results.json from it", async () => {
    const { runCli } = await import("../review/cliHarness.js");
    const { cpSync } = await import("node:fs");
    const dir = mkdtempSync(join(tmpdir(), "sg-config-check-"));
    cpSync(join(import.meta.dirname, "..", "..", "report"), join(dir, "src-report"), { recursive: true });
    writeFileSync(join(dir, "safety-gap.config.yaml"), "report: src-report\noutput: { dir: built }\n");
    const r = await runCli(["check"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe(`note: no reproduction at ${join(dir, "built", "results.json")}: only the published paper's internal consistency is checked. run \`safety-gap compute\` (or pass --results FILE) to compare with the reproduction and evaluate the claims`);
    expect(r.stdout.split("\n")[1]).toBe(`Internal consistency of the published paper (${join(dir, "src-report", "published.yaml")}, 13 rules)`);
  });
});
