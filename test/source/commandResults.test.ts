// A command source as the build's compute stage (through loadResults): run once, then reused until the command, a declared input or the
// output's name changes; its results file read and its tables copied; a command that writes no
// results, or leaves an old file, is an error naming results.output.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync, utimesSync, mkdirSync, rmSync, symlinkSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { newBuildMemory, type BuildContext, type BuildOptions } from "../../src/pipeline/context.js";
import { packageRoot } from "../../src/pipeline/packageRoot.js";
import { StageCache } from "../../src/pipeline/stageCache.js";
import { computeStage } from "../../src/pipeline/stages/compute.js";
import type { ResultsContext } from "../../src/results/loadResults.js";
import { commandSource } from "../../src/source/commandResults.js";
import type { CommandSource } from "../../src/source/types.js";
import { tool } from "../../src/results/tool.js";
import { safetyGapErrorOfAsync } from "../helpers/safetyGapError.js";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder in the system's temporary folder, removed after the file's tests. */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A study that counts its runs in runs.txt and writes a results file and a table from params.json. */
const STUDY = `
const fs = require("fs");
const p = JSON.parse(fs.readFileSync("params.json", "utf8"));
fs.appendFileSync("runs.txt", "run\\n");
fs.writeFileSync("samples.csv", "arm,score\\nt," + p.x + "\\n");
fs.writeFileSync("results.json", JSON.stringify({ seed: p.seed, sets: { arms: ["t"] }, numbers: { "arm.t.mean": { value: p.x, se: 0.5, n: 1 } }, tables: { samples: "samples.csv" } }));
`;

function paper(): { dir: string; source: CommandSource; ctx: BuildContext; progress: string[] } {
  const dir = tempDir("sg-cmd-");
  writeFileSync(join(dir, "study.js"), STUDY);
  writeFileSync(join(dir, "params.json"), '{ "seed": 3, "x": 1.25 }');
  const source: CommandSource = { kind: "command", argv: [process.execPath, "study.js"], text: "node study.js", inputs: ["study.js", "*.json"], output: "results.json", timeout: 60, cwd: dir, configFile: "safety-gap.config.yaml" };
  const progress: string[] = [];
  const options = { packageRoot: packageRoot(), cacheDir: join(dir, ".cache"), onProgress: (l: string) => progress.push(l), source } as unknown as BuildOptions;
  const ctx = { options, cache: new StageCache(join(dir, ".cache")), memory: newBuildMemory(), runs: [], warnings: [], effects: {} } as unknown as BuildContext;
  return { dir, source, ctx, progress };
}

const runs = (dir: string): number => readFileSync(join(dir, "runs.txt"), "utf8").split("\n").length - 1;

/** The same paper with another command setting. */
function withSource(ctx: BuildContext, source: CommandSource): BuildContext {
  return { ...ctx, options: { ...ctx.options, source } } as BuildContext;
}

describe("a command source", () => {
  it("runs the command, normalizes its results and copies its table to data/", async () => {
    const { dir, ctx, progress } = paper();
    const { results, files } = await computeStage(ctx);
    expect(results.numbers).toEqual({ "arm.t.mean": 1.25, "arm.t.mean.se": 0.5 });
    expect(results.seed).toBe(3);
    expect(results.sets).toEqual({ arms: ["t"] });
    expect(results.about).toEqual({ "arm.t.mean": { n: 1 } });
    expect(results.tables).toEqual({ samples: "data/samples.csv" });
    expect(results.paramsHash).toMatch(/^[0-9a-f]{64}$/);
    expect([...files.keys()].sort()).toEqual(["data/samples.csv", "results.json"]);
    expect(new TextDecoder().decode(files.get("data/samples.csv") as Uint8Array)).toBe("arm,score\nt,1.25\n");
    expect(JSON.parse(files.get("results.json") as string)).toEqual(results);
    expect(progress).toEqual(["running node study.js …"]);
    expect(ctx.runs.map((r) => [r.stage, r.ran, r.reason])).toEqual([
      ["params", true, "always runs"],
      ["compute", true, "no cache"],
    ]);
    expect(runs(dir)).toBe(1);
  });

  it("reuses the results until a declared input changes", async () => {
    const { dir, ctx, progress } = paper();
    const first = await computeStage(ctx);
    const again = await computeStage(ctx);
    expect(runs(dir)).toBe(1);
    expect(again.results).toEqual(first.results);
    expect(progress).toEqual(["running node study.js …", "results cached"]);
    writeFileSync(join(dir, "params.json"), '{ "seed": 3, "x": 2.5 }');
    const changed = await computeStage(ctx);
    expect(runs(dir)).toBe(2);
    expect(changed.results.numbers["arm.t.mean"]).toBe(2.5);
    expect(changed.results.paramsHash).not.toBe(first.results.paramsHash);
    expect(ctx.runs.filter((r) => r.stage === "compute").map((r) => [r.ran, r.reason])).toEqual([
      [true, "no cache"],
      [false, "cached"],
      [true, "inputs changed"],
    ]);
  });

  it("refuses an input pattern that matches no file", async () => {
    const { source, ctx } = paper();
    const e = await safetyGapErrorOfAsync(() => computeStage(withSource(ctx, { ...source, inputs: ["study.js", "data/*.csv"] })));
    expect(e.format()).toBe(
      [
        'safety-gap.config.yaml (results.inputs): input pattern "data/*.csv" matches no file',
        "  fix: Fix the pattern (relative to the paper folder, e.g. data/*.csv), or remove it from results.inputs.",
      ].join("\n"),
    );
  });

  it("names results.output when the command wrote no results file, or left an old one", async () => {
    const { dir, source, ctx } = paper();
    const missing = await safetyGapErrorOfAsync(() => computeStage(withSource(ctx, { ...source, argv: [process.execPath, "-e", "0"] })));
    expect(missing.format()).toBe(
      [
        'safety-gap.config.yaml (results.output): the results command "node study.js" finished but did not write "results.json"',
        "  fix: Make the command write its results there (docs/results-file.md describes the format), or set results.output to the file it writes.",
      ].join("\n"),
    );
    writeFileSync(join(dir, "results.json"), '{"numbers": {}}');
    utimesSync(join(dir, "results.json"), new Date(0), new Date(0));
    const stale = await safetyGapErrorOfAsync(() => computeStage(withSource(ctx, { ...source, argv: [process.execPath, "-e", "0"] })));
    expect(stale.message).toBe('the results command "node study.js" finished but did not rewrite "results.json" (the file is older than the run)');
  });

  it("refuses a table that is missing, at the results file's field", async () => {
    const { dir, source, ctx } = paper();
    mkdirSync(join(dir, "sub"));
    const writer = `require("fs").writeFileSync("sub/r.json", JSON.stringify({ numbers: {}, tables: { s: "gone.csv" } }))`;
    const e = await safetyGapErrorOfAsync(() => computeStage(withSource(ctx, { ...source, argv: [process.execPath, "-e", writer], output: "sub/r.json" })));
    expect(e.message).toMatch(/^table "(.*\/)?sub\/gone\.csv" does not exist$/);
    expect(e.where?.path).toBe("tables.s");
  });
});

/** A command source in a fresh folder whose command is `node -e script`. */
function scripted(script: string, extra: Partial<CommandSource> = {}): CommandSource {
  const dir = tempDir("sg-cmd-");
  return { kind: "command", argv: [process.execPath, "-e", script], text: "node study.js", inputs: [], output: "results.json", timeout: 60, cwd: dir, configFile: "safety-gap.config.yaml", ...extra };
}

const hex = (data: string | Buffer): string => createHash("sha256").update(data).digest("hex");
const noContext = {} as ResultsContext;

describe("a command source, prepared and run directly", () => {
  it("names itself, and keys its cache by the command, the declared files' paths and bytes in path order, the output and the tool", async () => {
    const source = scripted("0");
    const dir = source.cwd;
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "a.txt"), "A");
    writeFileSync(join(dir, "b.txt"), "B");
    writeFileSync(join(dir, "sub", "c.txt"), "C");
    writeFileSync(join(dir, "results.json"), "{}");
    // A link is not followed: the files it leads to are declared where they are.
    symlinkSync("sub", join(dir, "link"));
    symlinkSync("a.txt", join(dir, "alias.txt"));
    const s = commandSource({ ...source, inputs: ["b.txt", "*", "**/*.txt"] }, {});
    expect(s.name).toBe("command");
    const p = await s.prepare(noContext);
    const inputs = hex([`a.txt\0${hex("A")}`, `b.txt\0${hex("B")}`, `sub/c.txt\0${hex("C")}`].join("\n"));
    expect(p.inputs).toEqual({ command: JSON.stringify(source.argv), inputs, output: "results.json", tool: tool().version });
    expect(p.codeFolders).toEqual(["source", "input"]);
    expect(p.provenance).toEqual({ facts: [["Results", "written by `node study.js` (results.json)"]] });
  });

  it("refuses a pattern that names only a folder (a folder is not expanded to its files)", async () => {
    const source = scripted("0", { inputs: ["sub"] });
    mkdirSync(join(source.cwd, "sub"));
    writeFileSync(join(source.cwd, "sub", "c.txt"), "C");
    const e = await safetyGapErrorOfAsync(() => commandSource(source, {}).prepare(noContext));
    expect(e.format()).toBe(
      [
        'safety-gap.config.yaml (results.inputs): input pattern "sub" matches no file',
        "  fix: Fix the pattern (relative to the paper folder, e.g. data/*.csv), or remove it from results.inputs.",
      ].join("\n"),
    );
  });

  it("names a declared input that cannot be read", async () => {
    const source = scripted("0", { inputs: ["*.bin"] });
    // Sparse: its size is over the limit without writing 65 MiB.
    writeFileSync(join(source.cwd, "big.bin"), "");
    truncateSync(join(source.cwd, "big.bin"), 65 * 2 ** 20);
    const e = await safetyGapErrorOfAsync(() => commandSource(source, {}).prepare(noContext));
    expect(e.format()).toBe(
      [
        "big.bin: cannot read input big.bin: it is 65.0 MiB, more than the 64 MiB an input file may have",
        "  fix: Input files are text you write (parameters, Markdown, YAML, JSON): check that this is the right file.",
      ].join("\n"),
    );
  });

  it("runs and reads the results again without a progress callback", async () => {
    const p = await commandSource(scripted('require("fs").writeFileSync("results.json", JSON.stringify({ numbers: { a: 1 } }))'), {}).prepare(noContext);
    const { results, files } = await p.run();
    expect(results.numbers).toEqual({ a: 1 });
    expect(p.fromFiles(files as Map<string, Uint8Array>)).toEqual(results);
  });

  it("takes a results file rewritten in place with its old modification time (its change time is new)", async () => {
    const source = scripted('const fs = require("fs"); fs.writeFileSync("results.json", JSON.stringify({ numbers: { a: 2 } })); fs.utimesSync("results.json", 0, 0)');
    writeFileSync(join(source.cwd, "results.json"), '{"numbers": {"a": 1}}');
    utimesSync(join(source.cwd, "results.json"), 0, 0);
    const { results } = await (await commandSource(source, {}).prepare(noContext)).run();
    expect(results.numbers).toEqual({ a: 2 });
  });

  it("says how to fix a results file the command left as it was", async () => {
    const source = scripted("0");
    writeFileSync(join(source.cwd, "results.json"), '{"numbers": {}}');
    const e = await safetyGapErrorOfAsync(async () => (await commandSource(source, {}).prepare(noContext)).run());
    expect(e.format()).toBe(
      [
        'safety-gap.config.yaml (results.output): the results command "node study.js" finished but did not rewrite "results.json" (the file is older than the run)',
        "  fix: Make the command write its results there (docs/results-file.md describes the format), or set results.output to the file it writes.",
      ].join("\n"),
    );
  });
});

describe("a command source's tables", () => {
  /** The error of a run whose results file names table t, t.csv, which `prepare` makes. */
  async function tableError(prepare: (dir: string) => void): Promise<string> {
    const source = scripted('require("fs").writeFileSync("results.json", JSON.stringify({ numbers: {}, tables: { t: "t.csv" } }))');
    prepare(source.cwd);
    return (await safetyGapErrorOfAsync(async () => (await commandSource(source, {}).prepare(noContext)).run())).format().replaceAll(source.cwd, "<paper>");
  }

  it("copies a table whose header line starts with blank space", async () => {
    const source = scripted('const fs = require("fs"); fs.writeFileSync("t.csv", " arm,score\\nt,1\\n"); fs.writeFileSync("results.json", JSON.stringify({ numbers: {}, tables: { t: "t.csv" } }))');
    const { results, files } = await (await commandSource(source, {}).prepare(noContext)).run();
    expect(results.tables).toEqual({ t: "data/t.csv" });
    expect(new TextDecoder().decode(files.get("data/t.csv") as Uint8Array)).toBe(" arm,score\nt,1\n");
  });

  it("refuses a table that is a link to a file outside the paper folder", async () => {
    const outside = join(tempDir("sg-cmd-outside-"), "x.csv");
    writeFileSync(outside, "a\n1\n");
    expect(await tableError((dir) => symlinkSync(outside, join(dir, "t.csv")))).toBe(
      ['<paper>/results.json (tables.t): table "<paper>/t.csv" is a link to a file outside the paper folder', "  fix: Write the CSV file itself beside the results file."].join("\n"),
    );
  });

  it("refuses a table without a header line", async () => {
    const empty = ['<paper>/results.json (tables.t): table "<paper>/t.csv" is empty: a table\'s first line names its columns', "  fix: Write a header line (e.g. arm,score) and one line per sample."].join("\n");
    expect(await tableError((dir) => writeFileSync(join(dir, "t.csv"), ""))).toBe(empty);
    expect(await tableError((dir) => writeFileSync(join(dir, "t.csv"), "  \n1,2\n"))).toBe(empty);
  });

  it("names the table that is not UTF-8 or cannot be read", async () => {
    expect(await tableError((dir) => writeFileSync(join(dir, "t.csv"), Buffer.from([0x61, 0xff, 0x0a])))).toBe(
      [
        "<paper>/t.csv:1:2: table t is not valid UTF-8: byte 0xFF at byte offset 1 cannot start or continue a character (shown as \uFFFD)",
        "  1 | a\uFFFD",
        "       ^",
        "  fix: Save the file as UTF-8 (the editor's encoding setting): Latin-1 and Windows-1252 write a character such as é, ü or – as one byte that UTF-8 does not allow (`iconv -f WINDOWS-1252 -t UTF-8` converts it).",
      ].join("\n"),
    );
    expect(await tableError((dir) => mkdirSync(join(dir, "t.csv")))).toBe(
      [
        "<paper>/t.csv: cannot read table t: it is a folder (EISDIR)",
        "  fix: Replace the folder with the file (docs/results-file.md describes it), or pass --report with another folder.",
      ].join("\n"),
    );
  });
});
