/**
 * The threads that run the bootstrap. A pool is made when the jobs are
 * posted, before the calling thread simulates: the workers boot (Node's
 * worker bootstrap, the module graph, the wasm kernel) and simulate the
 * cells of their own jobs meanwhile.
 *
 * `threads` is how many threads compute, the calling one included: the pool
 * starts `threads - 1` workers and the caller takes jobs too, so its core is
 * not idle while it waits, and `threads` = the core count never puts more
 * busy threads than cores. Jobs are handed out through one shared counter
 * (Atomics), so no thread waits for another to feed it, and a slow or late
 * thread simply takes fewer jobs. Which thread runs a job changes nothing:
 * each comparison draws from its own stream.
 *
 * Threads beyond the core count start only when a run brings its jobs, and
 * only as many as there are jobs: booting takes CPU, so booting more than
 * the cores ahead of time slows everything down, and a thread without a job
 * is pure cost.
 *
 * Workers are unref'd while idle (a pool never keeps the process alive) and
 * ref'd while a run waits on them; `close()` terminates them.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { Params } from "../params/types.js";
import type { CellId, Samples } from "../simulate/types.js";
import type { OnProgress } from "./types.js";
import { compiledWorkerFile } from "../../compiledWorkerFile.js";
import { startWorker } from "../../startWorker.js";

export interface BootstrapJob {
  key: string;
  seed: number;
  id: { scale: string; method: string; benchmark: string };
  /**
   * The treated and control samples, or the cells to simulate them from
   * (with `RunOptions.params`): posting a cell id instead of its samples
   * lets the workers start before the calling thread has simulated, and
   * simulateCell gives every thread the same bits.
   */
  a: Float64Array | CellId;
  b: Float64Array | CellId;
  resamples: number;
  /** Of the percentile interval computed with the replicates, by the same thread. */
  confidence: number;
}

/** A job's replicates and their percentile interval. */
export interface BootstrapDone {
  diffs: Float64Array;
  ciLow: number;
  ciHigh: number;
}

/** What the pool posts to each worker: every job of a run, and the shared counter of the next job to take. */
export interface BootstrapBatch {
  /** Which run of the pool these jobs belong to (a failed run's late replies are ignored by the next). */
  run: number;
  jobs: BootstrapJob[];
  next: SharedArrayBuffer;
  /** What jobs given as cell ids are simulated from. */
  params?: Params;
}

export interface BootstrapReply extends BootstrapDone {
  run: number;
  index: number;
}

export interface RunOptions {
  onProgress?: OnProgress;
  /**
   * Work for the calling thread, done once the workers have the jobs and
   * before it takes any itself: the workers take more jobs meanwhile, so
   * this costs about its time divided by the thread count.
   */
  meanwhile?: () => void;
  /**
   * Called in the calling thread as each job's result arrives, in the order
   * they finish (a worker's as soon as its reply is read), so that work on
   * finished jobs overlaps the rest of the run.
   */
  onDone?: (index: number, done: BootstrapDone) => void;
  /** What jobs given as cell ids are simulated from (posted once to each worker). */
  params?: Params;
  /**
   * Samples the calling thread already has, by cellKey, used for its own
   * jobs instead of simulating again; may be filled by `meanwhile`.
   */
  samples?: Samples;
}

export class BootstrapPool {
  readonly threads: number;
  private readonly workers: Worker[] = [];
  /** The first error a worker reported (it fails the current run, or the next). */
  private failure: unknown;
  private onFailure: ((e: unknown) => void) | undefined;
  private onReply: ((r: BootstrapReply) => void) | undefined;
  private closed = false;
  private runs = 0;

  /** `threads` <= 1, or no compiled worker file: everything runs in the calling thread. */
  constructor(
    threads: number,
    private readonly url: URL | undefined = workerUrl(),
  ) {
    this.threads = Math.max(1, Math.floor(threads));
    this.startWorkers(Math.min(this.threads, availableParallelism()) - 1);
  }

  /** Workers started so far (the calling thread not counted). */
  get started(): number {
    return this.workers.length;
  }

  /** Starts workers until there are `count`. */
  private startWorkers(count: number): void {
    if (!this.url) return;
    while (this.workers.length < count) {
      let w: Worker;
      try {
        w = startWorker(this.url);
      } catch (e) {
        // No half-started pool is left behind.
        void this.close();
        throw e;
      }
      w.unref();
      w.on("message", (r: BootstrapReply) => this.onReply?.(r));
      w.on("error", (e) => this.fail(e));
      w.on("exit", (code) => {
        if (!this.closed) this.fail(new Error(`bootstrap worker exited with code ${code}`));
      });
      this.workers.push(w);
    }
  }

  private fail(e: unknown): void {
    this.failure ??= e;
    this.onFailure?.(this.failure);
  }

  /** Every job's replicates and interval, in job order. */
  async run(jobs: BootstrapJob[], { onProgress, meanwhile, onDone, params, samples }: RunOptions = {}): Promise<BootstrapDone[]> {
    if (this.closed) throw new Error("bootstrap pool is closed");
    if (this.failure !== undefined) throw this.failure;
    const out: BootstrapDone[] = new Array<BootstrapDone>(jobs.length);
    let done = 0;
    const run = ++this.runs;
    // Threads beyond the cores, now that the job count caps them.
    this.startWorkers(Math.min(this.threads, jobs.length) - 1);
    const next = new Int32Array(new SharedArrayBuffer(4));
    const workers = this.workers.slice(0, Math.max(0, jobs.length - 1));
    let waiting: Promise<void> = Promise.resolve();
    if (workers.length > 0) {
      waiting = new Promise<void>((resolve, reject) => {
        this.onFailure = (e) => {
          // Stop the other threads from taking more jobs; the run fails as a whole.
          Atomics.store(next, 0, jobs.length);
          reject(e);
        };
        this.onReply = (r) => {
          if (r.run !== run) return;
          const result: BootstrapDone = { diffs: r.diffs, ciLow: r.ciLow, ciHigh: r.ciHigh };
          out[r.index] = result;
          try {
            onDone?.(r.index, result);
            onProgress?.(done + 1, jobs.length);
          } catch (e) {
            // A failing callback fails the run (not the process, as an error thrown from an event handler
            // would), and the job does not count as done, so this thread waits for `waiting` and sees it.
            this.onFailure?.(e);
            return;
          }
          if (++done === jobs.length) resolve();
        };
      });
      // A worker failing before this thread awaits (or when it fails itself first) must not be an unhandled rejection.
      waiting.catch(() => undefined);
      for (const w of workers) {
        w.ref();
        w.postMessage({ run, jobs, next: next.buffer, ...(params ? { params } : {}) } satisfies BootstrapBatch);
      }
    }
    try {
      // Loaded here, not at the top: the pool module stays light, so a caller can start the workers before importing the rest.
      const { runJob } = await import("./bootstrapJob.js");
      meanwhile?.();
      // The calling thread takes jobs too, until the counter runs out.
      for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) {
        const result = runJob(jobs[i] as BootstrapJob, params, samples);
        out[i] = result;
        done++;
        onDone?.(i, result);
        onProgress?.(done, jobs.length);
        // The workers' replies are read only when this thread yields: between its own jobs, not at the end.
        if (workers.length > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      if (done < jobs.length) await waiting;
    } catch (e) {
      Atomics.store(next, 0, jobs.length);
      throw e;
    } finally {
      this.onReply = this.onFailure = undefined;
      for (const w of workers) w.unref();
    }
    return out;
  }

  /** Terminates the workers (idempotent). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** The compiled worker entry: dist/bundle/bootstrapWorker.js, else dist/study/analyze/bootstrapWorker.js (see compiledWorkerFile). */
export const workerUrl = (): URL | undefined => compiledWorkerFile(import.meta.url, "study/analyze", "bootstrapWorker");
