// startWorker's choice of flags, in this process: node:worker_threads' Worker is replaced by a
// recorder (vi.mock) that throws as Node does when told to. test/startWorker.test.ts starts real
// workers in child processes, which the mutation run cannot see into.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startWorker } from "../src/startWorker.js";

const made = vi.hoisted(() => ({ calls: [] as { url: URL; options: Record<string, unknown> }[], refuse: undefined as Error | undefined }));
vi.mock("node:worker_threads", () => ({
  Worker: class {
    constructor(url: URL, options: Record<string, unknown>) {
      made.calls.push({ url, options });
      if (made.refuse && (options.execArgv as string[]).length > 0) throw made.refuse;
    }
  },
}));

const url = new URL("file:///w.js");
const execArgv = process.execArgv;
beforeEach(() => {
  made.calls.length = 0;
  made.refuse = undefined;
  process.execArgv = ["--no-warnings", "--input-type=module", "--conditions=dev", "--max-old-space-size=512"];
});
afterEach(() => {
  process.execArgv = execArgv;
});

describe("startWorker(url, options)", () => {
  it("passes the options and the parent's flags, less --input-type", () => {
    startWorker(url, { workerData: 3 });
    expect(made.calls).toEqual([{ url, options: { workerData: 3, execArgv: ["--no-warnings", "--conditions=dev", "--max-old-space-size=512"] } }]);
  });

  it("starts the worker again without flags, with the same options, when Node refuses one of them", () => {
    made.refuse = Object.assign(new Error("Initiated Worker with invalid execArgv flags: --max-old-space-size=512"), { code: "ERR_WORKER_INVALID_EXEC_ARGV" });
    startWorker(url, { workerData: 3 });
    expect(made.calls.map((c) => c.options)).toEqual([
      { workerData: 3, execArgv: ["--no-warnings", "--conditions=dev", "--max-old-space-size=512"] },
      { workerData: 3, execArgv: [] },
    ]);
  });

  it("throws any other error as it is, without a second try", () => {
    const other = Object.assign(new Error("boom"), { code: "ERR_OTHER" });
    made.refuse = other;
    expect(() => startWorker(url)).toThrow(other);
    expect(made.calls).toHaveLength(1);
  });
});
