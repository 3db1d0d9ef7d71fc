/**
 * Runs every comparison's bootstrap, in-process (workers <= 1) or spread over
 * worker threads. Workers take comparisons from a shared queue (a busy core
 * does not hold the others up); because each comparison draws from its own
 * stream, the replicates are bit-identical for any number of workers.
 *
 * The worker file is JavaScript: dist/analyze/bootstrapWorker.js, made from
 * src/ by `node scripts/dist.js`. Run from dist/ (the CLI), it is the sibling
 * file. Run from src/ (vitest, tsx), the compiled copy in dist/ is used if
 * it exists, else the bootstrap runs in-process (same numbers, one core).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Params } from "../params/types.js";
import { cellKey, type Samples } from "../simulate/types.js";
import { bootstrapComparison } from "./bootstrapComparison.js";
import { comparisonIds } from "./comparisons.js";
import { comparisonKey, type ComparisonId, type OnProgress, type Replicates } from "./types.js";

export interface BootstrapJob {
  key: string;
  seed: number;
  id: ComparisonId;
  a: Float64Array;
  b: Float64Array;
  resamples: number;
}

export interface BootstrapReply {
  key: string;
  diffs: Float64Array;
}

export interface BootstrapOptions {
  /** Worker threads; 1 (or fewer) runs in the calling thread. */
  workers?: number;
  onProgress?: OnProgress;
}

export async function runBootstrap(params: Params, samples: Samples, options: BootstrapOptions = {}): Promise<Replicates> {
  const jobs = comparisonIds(params).map((id): BootstrapJob => ({
    key: comparisonKey(id),
    seed: params.seed,
    id,
    a: samples.get(cellKey({ ...id, condition: params.conditions.treated })) as Float64Array,
    b: samples.get(cellKey({ ...id, condition: params.conditions.control })) as Float64Array,
    resamples: params.bootstrap.resamples,
  }));
  const workers = Math.min(Math.max(1, Math.floor(options.workers ?? 1)), jobs.length);
  const url = workers > 1 ? workerUrl() : undefined;
  const done = url ? await inWorkers(jobs, workers, url, options.onProgress) : inProcess(jobs, options.onProgress);
  // Insert in design order so iteration order never depends on scheduling.
  const out: Replicates = new Map();
  for (const j of jobs) out.set(j.key, done.get(j.key) as Float64Array);
  return out;
}

/** The compiled worker file, or undefined when there is none (running from src/ without dist/). */
export function workerUrl(): URL | undefined {
  for (const rel of ["./bootstrapWorker.js", "../../dist/analyze/bootstrapWorker.js"]) {
    const u = new URL(rel, import.meta.url);
    if (existsSync(fileURLToPath(u))) return u;
  }
  return undefined;
}

function inProcess(jobs: BootstrapJob[], onProgress?: OnProgress): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (const j of jobs) {
    out.set(j.key, bootstrapComparison(j.seed, j.id, j.a, j.b, j.resamples));
    onProgress?.(out.size, jobs.length);
  }
  return out;
}

function inWorkers(jobs: BootstrapJob[], count: number, url: URL, onProgress?: OnProgress): Promise<Map<string, Float64Array>> {
  return new Promise((resolve, reject) => {
    const out = new Map<string, Float64Array>();
    const pool: Worker[] = [];
    let next = 0;
    let failed = false;
    const finish = (error?: unknown): void => {
      if (failed) return;
      if (error !== undefined) failed = true;
      void Promise.all(pool.map((w) => w.terminate())).then(() => (error === undefined ? resolve(out) : reject(error)));
    };
    const feed = (w: Worker): void => {
      const job = jobs[next++];
      if (job) w.postMessage(job);
    };
    for (let i = 0; i < count; i++) {
      // Workers inherit the parent's execArgv; `--input-type` (node -e scripts) is refused for a file entry.
      const w = new Worker(url, { execArgv: process.execArgv.filter((a) => !a.startsWith("--input-type")) });
      pool.push(w);
      w.on("message", (reply: BootstrapReply) => {
        out.set(reply.key, reply.diffs);
        onProgress?.(out.size, jobs.length);
        if (out.size === jobs.length) finish();
        else feed(w);
      });
      w.on("error", (e) => finish(e));
      w.on("exit", (code) => {
        if (out.size < jobs.length && code !== 0) finish(new Error(`bootstrap worker exited with code ${code}`));
      });
      feed(w);
    }
  });
}
