/**
 * The pool's scheduling: the calling thread and the workers take jobs from
 * one shared counter, so which thread runs a job varies from run to run;
 * the replicates must not. And a failure must fail the run, never hang it.
 */
import { execFileSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { beforeAll, describe, expect, it } from "vitest";
import { BootstrapPool, workerUrl, type BootstrapJob } from "../../../src/study/analyze/bootstrapPool.js";
import { runBootstrap } from "../../../src/study/analyze/runBootstrap.js";
import { SafetyGapError } from "../../../src/errors.js";
import { loadParams } from "../../../src/study/params/load.js";
import { simulate } from "../../../src/study/simulate/index.js";

const { params } = loadParams("test/fixtures/model/model.yaml");
const samples = simulate(params);

/** Jobs every thread fails on (an empty sample cannot be resampled). */
const badJobs = (n: number): BootstrapJob[] =>
  Array.from({ length: n }, (_, i) => ({ key: `bad${i}`, seed: 1, id: { scale: "1B", method: "m", benchmark: `b${i}` }, a: new Float64Array(0), b: new Float64Array(0), resamples: 10, confidence: 0.95 }));

/** Small jobs that succeed. */
const goodJobs = (n: number): BootstrapJob[] =>
  Array.from({ length: n }, (_, i) => ({ key: `ok${i}`, seed: 1, id: { scale: "1B", method: "m", benchmark: `b${i}` }, a: Float64Array.of(0.1, 0.2, 0.3), b: Float64Array.of(0.2, 0.3), resamples: 10, confidence: 0.95 }));

/** Sleeps the calling thread (Atomics.wait is allowed on Node's main thread), so the workers take jobs meanwhile. */
const sleep = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

describe("BootstrapPool", () => {
  beforeAll(() => {
    // Workers run compiled JavaScript (dist/analyze/bootstrapWorker.js): build it, as `npm test` does.
    execFileSync(process.execPath, ["scripts/dist.js"], { stdio: "inherit" });
  });

  it("gives the in-process replicates and intervals whoever takes the jobs: early pool, calling thread busy or not, reused", async () => {
    expect(workerUrl()).toBeDefined();
    const alone = await runBootstrap(params, samples, { workers: 1 });
    const pool = new BootstrapPool(3);
    try {
      // Calling thread busy first: the workers take most jobs; then idle: it takes its share.
      const busy = await runBootstrap(params, samples, { pool, meanwhile: () => sleep(100) });
      const idle = await runBootstrap(params, samples, { pool });
      for (const got of [busy, idle]) {
        expect([...got.replicates.keys()]).toEqual([...alone.replicates.keys()]);
        for (const [k, v] of alone.replicates) expect(Buffer.from(got.replicates.get(k)!.buffer).equals(Buffer.from(v.buffer)), k).toBe(true);
        expect(got.intervals).toEqual(alone.intervals);
      }
    } finally {
      await pool.close();
    }
  });

  it("fails the run when a job fails in a worker or in the calling thread, and closes cleanly", async () => {
    const pool = new BootstrapPool(2);
    try {
      // Calling thread asleep at first: a worker takes (and fails on) a job.
      const error = await pool.run(badJobs(20), { meanwhile: () => sleep(100) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SafetyGapError);
      expect((error as SafetyGapError).message).toBe("bootstrapMeanDifferences: a must be a non-empty Float64Array");
    } finally {
      await pool.close();
    }
    await expect(pool.run(badJobs(1))).rejects.toThrow(/closed/);
  });

  it("fails the run when the calling thread's own work fails", async () => {
    const pool = new BootstrapPool(2);
    try {
      await expect(pool.run(badJobs(4), { meanwhile: () => { throw new Error("meanwhile failed"); } })).rejects.toThrow("meanwhile failed");
    } finally {
      await pool.close();
    }
  });

  it("starts at most a thread per core before the jobs are known, and never more threads than jobs (was: --workers 1000 started 1000 threads)", async () => {
    const cores = availableParallelism();
    const pool = new BootstrapPool(1000);
    try {
      expect(pool.threads).toBe(1000);
      expect(pool.started).toBeLessThanOrEqual(cores - 1);
      const jobs = goodJobs(3);
      expect((await pool.run(jobs)).length).toBe(3);
      // 3 jobs: the calling thread and 2 workers, unless more cores had started already.
      expect(pool.started).toBe(Math.max(Math.min(cores, 1000) - 1, 2));
    } finally {
      await pool.close();
    }
  });
});

describe("BootstrapPool.run(jobs, { onDone, params, samples })", () => {
  beforeAll(() => {
    execFileSync(process.execPath, ["scripts/dist.js"], { stdio: "inherit" });
  });

  it("calls onDone once per job, in this thread, with the job's own result", async () => {
    const pool = new BootstrapPool(2);
    try {
      const seen = new Map<number, number>();
      const out = await pool.run(goodJobs(12), { onDone: (i, d) => seen.set(i, d.ciLow) });
      expect([...seen.keys()].sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
      for (const [i, low] of seen) expect(low).toBe(out[i]!.ciLow);
    } finally {
      await pool.close();
    }
  });

  it("fails the run, not the process or the pool, when onDone throws for a worker's job or this thread's", async () => {
    for (const failOn of ["worker", "caller"] as const) {
      const pool = new BootstrapPool(2);
      try {
        // The calling thread sleeps first, so a worker finishes the first jobs.
        const run = pool.run(goodJobs(6), {
          meanwhile: () => (failOn === "worker" ? sleep(300) : undefined),
          onDone: () => {
            throw new Error(`onDone failed (${failOn})`);
          },
        });
        await expect(run).rejects.toThrow(/onDone failed/);
        // The pool itself is fine: the next run works.
        expect(await pool.run(goodJobs(3))).toHaveLength(3);
      } finally {
        await pool.close();
      }
    }
  });

  it("simulates jobs given as cell ids from params, in a worker or this thread, to the same replicates as given samples", async () => {
    const ids = [{ scale: params.scales[0]!, method: params.methods[1]!, benchmark: params.benchmarks[2]!.name }];
    const job = (byId: boolean): BootstrapJob => {
      const a = { ...ids[0]!, condition: params.conditions.treated };
      const b = { ...ids[0]!, condition: params.conditions.control };
      const key = `${a.scale}.${a.method}.${a.benchmark}`;
      return { key, seed: params.seed, id: ids[0]!, a: byId ? a : samples.get(`${a.scale}.${a.method}.${a.condition}.${a.benchmark}`)!, b: byId ? b : samples.get(`${b.scale}.${b.method}.${b.condition}.${b.benchmark}`)!, resamples: 50, confidence: 0.95 };
    };
    const given = (await new BootstrapPool(1).run([job(false)]))[0]!;
    const pool = new BootstrapPool(2);
    try {
      // Two jobs: with the calling thread asleep, the worker simulates the first; the caller the second.
      const both = await pool.run([job(true), job(true)], { params, meanwhile: () => sleep(200) });
      for (const d of both) expect(Buffer.from(d.diffs.buffer).equals(Buffer.from(given.diffs.buffer))).toBe(true);
    } finally {
      await pool.close();
    }
    await expect(new BootstrapPool(1).run([job(true)])).rejects.toThrow(/no params to simulate/);
  });
});
