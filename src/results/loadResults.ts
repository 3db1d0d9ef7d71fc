/**
 * Where a paper's results come from: the one function the pipeline's
 * compute stage and the `compute` command ask for them. A source (the
 * built-in study, src/study/source.ts; a command's results file) reads its
 * declared inputs cheaply first (`prepare`), so the caller can check the
 * output folder and the cache before the expensive part (`run`) starts.
 */
import type { KeyFamily } from "../lang/keyFamily.js";
import type { OutputFiles } from "../pipeline/writeTreeAtomically.js";
import type { StageCache, StageInputs } from "../pipeline/stageCache.js";
import type { SweepCapability } from "../sweep/sweepSource.js";
import type { ResultsFileReader } from "./readers.js";
import type { Results } from "./types.js";

export interface ResultsContext {
  /** The report folder (absolute). */
  reportDir: string;
  /** Where paths are shown from in messages. */
  cwd: string;
  /** Threads the source may use, the calling one included. */
  workers: number;
  /** `--seed`: overrides the source's own seed, where it has one. */
  seed?: number;
  /** Progress of the long part: `done` of `total` steps. */
  onProgress?: (done: number, total: number) => void;
}

/** What produced the results, for the supplement's provenance page. */
export interface ResultsProvenance {
  /** Label -> value rows ("Samples per cell" -> "500"), after the build's own facts. */
  facts: [string, string][];
  /** The parameter file as read, and what each of its fields means (field pattern -> text). */
  parameters?: { text: string; descriptions: Record<string, string> };
}

export interface LoadedResults {
  results: Results;
  /** results.json and its tables (data/*.csv), as written to the output folder. */
  files: OutputFiles;
  provenance: ResultsProvenance;
}

export interface PreparedSource {
  /** What decides the results besides the code (hashes of the parameters, of the input files): the cache key. */
  inputs: StageInputs;
  /** Folders of src/ whose code decides a number. */
  codeFolders: string[];
  provenance: ResultsProvenance;
  /** Computes the results (the long part). */
  run(): Promise<Omit<LoadedResults, "provenance">>;
  /** The results again from the files `run` made (a cache hit). */
  fromFiles(files: Map<string, Uint8Array>): Results;
}

export interface ResultsSource {
  /** Names the source in messages and in the config (`results: builtin`). */
  name: string;
  /** Reads and checks the source's declared inputs; bad input throws a SafetyGapError naming the file. */
  prepare(ctx: ResultsContext): Promise<PreparedSource> | PreparedSource;
  /** Reads the results files the source writes in its own format (results.json without `sets`). */
  reader?: ResultsFileReader;
  /** The source's result key families, for the key tables of docs/results.md and docs/figures.md. */
  keyFamilies?: readonly KeyFamily[];
  /** The schemas of the source's own input files, for editors (`npm run docs` writes them into schemas/ as JSON Schema). */
  inputSchemas?: readonly InputSchema[];
  /** The source run for many seeds (`safety-gap sweep`) and the figures of their spread. */
  sweep?: SweepCapability;
}

export interface InputSchema {
  /** `schemas/model.schema.json`. */
  file: string;
  title: string;
  /** The JSON Schema's body (`type`, `properties`, ...); the engine adds `$schema`, `$id` and the title. Loaded when asked for. */
  schema: () => Promise<Record<string, unknown>>;
}

export interface LoadHooks {
  /** Cached results, keyed by the source's inputs and code (the build's stage cache). */
  cache?: { store: StageCache; codeInputs: (folders: string[]) => StageInputs };
  /** Before the long part, once the inputs are read (the `compute` command checks its output folder here). */
  beforeRun?: () => void;
  /** Times each step: "params" (reading the inputs), "compute" (the results, or the cache hit). */
  timed?: <T>(step: string, ran: boolean, reason: string, work: () => Promise<T> | T) => Promise<T>;
}

const untimed = async <T>(_step: string, _ran: boolean, _reason: string, work: () => Promise<T> | T): Promise<T> => work();

export async function loadResults(source: ResultsSource, ctx: ResultsContext, hooks: LoadHooks = {}): Promise<LoadedResults> {
  const timed = hooks.timed ?? untimed;
  const prepared = await timed("params", true, "always runs", () => source.prepare(ctx));
  hooks.beforeRun?.();
  const cache = hooks.cache;
  if (cache) {
    const inputs = { ...prepared.inputs, ...cache.codeInputs(prepared.codeFolders) };
    const hit = cache.store.lookup("compute", inputs);
    if (hit.hit) {
      const files = hit.files;
      const results = prepared.fromFiles(files);
      await timed("compute", false, "cached", () => undefined);
      return { results, files, provenance: prepared.provenance };
    }
    return timed("compute", true, hit.reason, async () => {
      const made = await prepared.run();
      cache.store.store("compute", inputs, made.files);
      return { ...made, provenance: prepared.provenance };
    });
  }
  return timed("compute", true, "no cache", async () => ({ ...(await prepared.run()), provenance: prepared.provenance }));
}
