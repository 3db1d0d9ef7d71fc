/**
 * What every build stage gets: where things are, the cache, the side
 * effects, and a record of which stages ran and why.
 */
import type { BuildEffects } from "./effects.js";
import type { StageCache, StageFiles, StageInputs } from "./stageCache.js";
import type { Scope } from "../render/template/scope.js";
import type { SourceSetting } from "../source/types.js";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { hashFolders, hashPackageVersions } from "./hashing.js";

export interface BuildOptions {
  /** The safety-gap package (src/, templates/ defaults, node_modules/). */
  packageRoot: string;
  reportDir: string;
  templatesDir: string;
  outDir: string;
  cacheDir: string;
  workers: number;
  pdf: boolean;
  site: boolean;
  /** Claims that fail stop the build (exit 1) instead of warning. */
  strict: boolean;
  /** Called after each stage: "compute: cached", "pdf: ran (html changed) 812 ms". */
  onStage?: (run: StageRun) => void;
  /** Called before slow work whose progress a person waits for: "running python3 analysis.py …", "results cached". */
  onProgress?: (line: string) => void;
  /** Where the paper's results come from (the config's `results`). */
  source: SourceSetting;
  /** The PDF's page size (the config's pdf.pageSize); the print stylesheet's when undefined. */
  pageSize?: string;
}

export interface StageRun {
  stage: string;
  ran: boolean;
  /** "cached", "no cache", "params changed", "always runs", ... */
  reason: string;
  ms: number;
}

/**
 * What a watch session keeps from one build for the next, so a text edit
 * redoes only what it changed; a single build starts with an empty one.
 * Every entry is keyed by what it was made from, so a stale one is never
 * used. (What each saves: docs/speed.md.)
 */
export interface BuildMemory {
  /**
   * The cache entry each stage last read, by stage folder: an entry never
   * changes once complete (its name is the hash of its inputs), so the
   * results and figures come from memory instead of the disk.
   */
  stageEntries: Map<string, { entry: string; files: StageFiles }>;
  /**
   * The results' scope with the placeholders it has printed, for the latest
   * results (by the hash of results.json): a text edit evaluates only the
   * placeholders it added or changed.
   */
  scope?: { results: string; scope: Scope };
}

export const newBuildMemory = (): BuildMemory => ({ stageEntries: new Map() });

export interface BuildContext {
  options: BuildOptions;
  effects: BuildEffects;
  cache: StageCache;
  memory: BuildMemory;
  runs: StageRun[];
  warnings: string[];
}

/**
 * Hash of a stage's own code: its source folders under src/ (dist/ in an
 * installed package, which ships no src/) and the packages it uses.
 */
export function codeInputs(ctx: BuildContext, srcFolders: string[], packages: string[] = []): StageInputs {
  const root = ctx.options.packageRoot;
  const code = existsSync(join(root, "src")) ? "src" : "dist";
  return {
    code: hashFolders(root, srcFolders.map((f) => `${code}/${f}`)),
    ...(packages.length ? { deps: hashPackageVersions(root, packages) } : {}),
  };
}

/** Times `work` and records the stage's run. */
export async function timed<T>(ctx: BuildContext, stage: string, ran: boolean, reason: string, work: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  const value = await work();
  const run = { stage, ran, reason, ms: performance.now() - t0 };
  ctx.runs.push(run);
  ctx.options.onStage?.(run);
  return value;
}
