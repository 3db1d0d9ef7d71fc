/**
 * Worker-thread entry for the bootstrap: receives a run's jobs and takes
 * them one at a time from the shared counter until it runs out, returning
 * each job's replicates (transferred, not copied) and interval. Each comparison has its
 * own stream, so which thread runs it changes nothing.
 */
import { parentPort } from "node:worker_threads";
import { runJob } from "./bootstrapJob.js";
import type { BootstrapBatch, BootstrapReply } from "./bootstrapPool.js";

parentPort?.on("message", ({ run, jobs, next: shared, params }: BootstrapBatch) => {
  const next = new Int32Array(shared);
  for (let index = Atomics.add(next, 0, 1); index < jobs.length; index = Atomics.add(next, 0, 1)) {
    const reply: BootstrapReply = { run, index, ...runJob(jobs[index] as (typeof jobs)[number], params) };
    parentPort?.postMessage(reply, [reply.diffs.buffer as ArrayBuffer]);
  }
});
