/**
 * Worker-thread entry for the bootstrap: receives one comparison at a time,
 * returns its replicates (transferred, not copied). Each comparison has its
 * own stream, so which worker runs it changes nothing.
 */
import { parentPort } from "node:worker_threads";
import { bootstrapComparison } from "./bootstrapComparison.js";
import type { BootstrapJob, BootstrapReply } from "./runBootstrap.js";

parentPort?.on("message", (job: BootstrapJob) => {
  const diffs = bootstrapComparison(job.seed, job.id, job.a, job.b, job.resamples);
  const reply: BootstrapReply = { key: job.key, diffs };
  parentPort?.postMessage(reply, [diffs.buffer as ArrayBuffer]);
});
