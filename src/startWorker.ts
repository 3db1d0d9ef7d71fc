import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * A worker thread on `url` with the parent's command-line flags where a
 * worker takes them. Node refuses some flags in workers: `--input-type`
 * (set by `node -e` scripts) for a file entry, and V8 or process-wide flags
 * (`--max-old-space-size`, `--single-threaded-gc`, `--title` ...), which
 * make `new Worker` throw ERR_WORKER_INVALID_EXEC_ARGV. V8 flags apply to
 * the whole process anyway, so the worker is then started without flags:
 * it runs compiled JavaScript and needs none of them.
 */
export function startWorker(url: URL, options: Omit<WorkerOptions, "execArgv"> = {}): Worker {
  try {
    return new Worker(url, { ...options, execArgv: process.execArgv.filter((a) => !a.startsWith("--input-type")) });
  } catch (e) {
    if ((e as { code?: unknown }).code !== "ERR_WORKER_INVALID_EXEC_ARGV") throw e;
    return new Worker(url, { ...options, execArgv: [] });
  }
}
