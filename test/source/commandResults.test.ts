// A command source as the build's compute stage (through loadResults): run once, then reused until the command, a declared input or the
// output's name changes; its results file read and its tables copied; a command that writes no
// results, or leaves an old file, is an error naming results.output.
import { mkdtempSync, readFileSync, writeFileSync, utimesSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newBuildMemory, type BuildContext, type BuildOptions } from "../../src/pipeline/context.js";
import { packageRoot } from "../../src/pipeline/packageRoot.js";
import { StageCache } from "../../src/pipeline/stageCache.js";
import { computeStage } from "../../src/pipeline/stages/compute.js";
import type { CommandSource } from "../../src/source/types.js";
import { safetyGapErrorOfAsync } from "../helpers/safetyGapError.js";

/** A study that counts its runs in runs.txt and writes a results file and a table from params.json. */
const STUDY = `
const fs = require("fs");
const p = JSON.parse(fs.readFileSync("params.json", "utf8"));
fs.appendFileSync("runs.txt", "run\\n");
fs.writeFileSync("samples.csv", "arm,score\\nt," + p.x + "\\n");
fs.writeFileSync("results.json", JSON.stringify({ seed: p.seed, sets: { arms: ["t"] }, numbers: { "arm.t.mean": { value: p.x, se: 0.5, n: 1 } }, tables: { samples: "samples.csv" } }));
`;

function paper(): { dir: string; source: CommandSource; ctx: BuildContext; progress: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "sg-cmd-"));
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
