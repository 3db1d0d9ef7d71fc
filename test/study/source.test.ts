import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { builtinSource } from "../../src/study/source.js";
import { KEY_FAMILIES } from "../../src/study/results/keyFamilies.js";
import { robustnessFigures } from "../../src/study/sweep/robustnessFigures.js";
import { loadParams } from "../../src/study/params/load.js";
import { hashParams } from "../../src/study/params/hash.js";
import { paramDescriptions } from "../../src/study/params/descriptions.js";

// A report folder holding only the fixture's model.yaml (n = 50, B = 200).
const dir = mkdtempSync(join(tmpdir(), "safety-gap-source-"));
copyFileSync("test/fixtures/model/model.yaml", join(dir, "model.yaml"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const loaded = loadParams(join(dir, "model.yaml"), dir);

/** A second report folder: the fixture at n = 2, B = 2, small enough to compute in a test. */
const tiny = mkdtempSync(join(tmpdir(), "safety-gap-source-tiny-"));
writeFileSync(
  join(tiny, "model.yaml"),
  readFileSync("test/fixtures/model/model.yaml", "utf8")
    .replace(/^samplesPerCell: 50 /m, "samplesPerCell: 2 ")
    .replace(/^ {2}resamples: 200 /m, "  resamples: 2 "),
);
afterAll(() => rmSync(tiny, { recursive: true, force: true }));

describe("builtinSource", () => {
  it("is named builtin, with the study's key families and the robustness figures of its sweep", () => {
    expect(builtinSource.name).toBe("builtin");
    expect(builtinSource.keyFamilies).toBe(KEY_FAMILIES);
    expect(builtinSource.sweep.figures).toBe(robustnessFigures);
  });

  it("reads a results.json with sizes and no sets", () => {
    expect(builtinSource.reader.claims({ sizes: {} })).toBe(true);
    expect(builtinSource.reader.claims({ sizes: {}, sets: {} })).toBe(false);
    const fail = (field: string, expected: string): never => {
      throw new Error(`${field}: ${expected}`);
    };
    expect(() => builtinSource.reader.read({}, fail)).toThrow(new Error("sizes: an object"));
  });

  it("offers model.yaml's JSON schema", async () => {
    expect(builtinSource.inputSchemas).toHaveLength(1);
    const [s] = builtinSource.inputSchemas;
    expect(s!.file).toBe("schemas/model.schema.json");
    expect(s!.title).toBe("report/model.yaml: the built-in simulation's parameters (docs/model.md)");
    const { modelJsonSchema } = await import("../../src/study/params/jsonSchema.js");
    expect(await s!.schema()).toEqual(modelJsonSchema());
  });
});

describe("the module, evaluated inside a test", () => {
  // Its constants are set when the module loads; loading it afresh here is what lets a mutation run
  // (which records which test runs which line) see a test reach them.
  it("names the source builtin and gives the folders whose code decides a number", async () => {
    vi.resetModules();
    const { builtinSource: fresh } = await import("../../src/study/source.js");
    expect(fresh.name).toBe("builtin");
    expect((await fresh.prepare({ reportDir: dir, cwd: dir, workers: 1 })).codeFolders).toEqual(["study", "results", "random", "numeric", "stats"]);
    expect(fresh.inputSchemas.map((s) => [s.file, s.title])).toEqual([["schemas/model.schema.json", "report/model.yaml: the built-in simulation's parameters (docs/model.md)"]]);
  });
});

describe("builtinSource.prepare(ctx)", () => {
  it("reads report/model.yaml: the parameters' hash, the code folders and the provenance facts", async () => {
    const p = await builtinSource.prepare({ reportDir: dir, cwd: dir, workers: 1 });
    expect(p.inputs).toEqual({ params: loaded.hash });
    expect(p.codeFolders).toEqual(["study", "results", "random", "numeric", "stats"]);
    expect(p.provenance).toEqual({
      facts: [
        ["Design", "2 conditions \u00d7 5 methods \u00d7 3 scales, 6 benchmarks"],
        ["Samples per cell", "50"],
        ["Bootstrap resamples", "200"],
        ["Confidence level", "95%"],
      ],
      parameters: { text: loaded.text, descriptions: paramDescriptions() },
    });
  });

  it("with --seed, hashes the parameters with that seed", async () => {
    const p = await builtinSource.prepare({ reportDir: dir, cwd: dir, workers: 1, seed: 7 });
    expect(p.inputs).toEqual({ params: hashParams({ ...loaded.params, seed: 7 }) });
    expect(p.inputs.params).not.toBe(loaded.hash);
  });

  it("reads results back from the written results.json", async () => {
    const p = await builtinSource.prepare({ reportDir: dir, cwd: dir, workers: 1 });
    const file = {
      schemaVersion: 1,
      tool: { name: "safety-gap", version: "0" },
      seed: 3,
      paramsHash: "ab",
      sizes: { conditions: ["AP", "NoAP"], methods: ["SFT"], scales: ["7B"], benchmarks: [{ name: "BBQ", kind: "safety" }], samplesPerCell: 2, bootstrapResamples: 2, confidence: 0.9 },
      numbers: { "cell.7B.SFT.AP.BBQ.mean": 0.25 },
    };
    const files = new Map([
      ["other.json", new TextEncoder().encode("{}")],
      ["results.json", new TextEncoder().encode(JSON.stringify(file))],
    ]);
    const r = p.fromFiles(files);
    expect(r.numbers).toEqual({ "cell.7B.SFT.AP.BBQ.mean": 0.25 });
    expect(r.sets.baseline).toEqual(["SFT"]);
  });
});

describe("builtinSource.prepare(ctx).run()", () => {
  it("computes results.json and the data files for the parameters, with --seed's seed, reporting progress", async () => {
    const progress: [number, number][] = [];
    const p = await builtinSource.prepare({ reportDir: tiny, cwd: tiny, workers: 1, seed: 9, onProgress: (done, total) => progress.push([done, total]) });
    const { results, files } = await p.run();
    expect(results.seed).toBe(9);
    expect(results.numbers["summary.7B.CAI.apSafety"]).toBeTypeOf("number");
    expect([...files.keys()]).toEqual(["results.json", "data/samples.csv", "data/summary-1B.csv", "data/summary-7B.csv", "data/summary-13B.csv"]);
    expect(p.fromFiles(new Map([["results.json", new TextEncoder().encode(files.get("results.json") as string)]])).numbers).toEqual(results.numbers);
    const [done, total] = progress.at(-1)!;
    expect(done).toBe(total);
  });
});

describe("builtinSource.prepare(ctx).run() without --seed", () => {
  it("computes with model.yaml's own seed", async () => {
    const p = await builtinSource.prepare({ reportDir: tiny, cwd: tiny, workers: 1 });
    const { results } = await p.run();
    expect(results.seed).toBe(loaded.params.seed);
  });
});

describe("builtinSource.sweep.prepare(reportDir, cwd)", () => {
  it("runs model.yaml's study for each seed asked, on its own pool: the numbers of a seed are that seed's compute", async () => {
    const s = await builtinSource.sweep.prepare(tiny, tiny);
    const part = await s.run({ seeds: [3], claims: [], full: true, workers: 1 });
    expect(part.partSeeds).toEqual([3]);
    const { results } = await (await builtinSource.prepare({ reportDir: tiny, cwd: tiny, workers: 1, seed: 3 })).run();
    const key = "summary.7B.CAI.apSafety";
    expect(part.values[key]).toEqual([results.numbers[key]]);
  });
});
