// startWorker(url, options): the parent's flags where a worker takes them.
// Node refuses V8 and process-wide flags in a worker's execArgv; passing the
// parent's list as it is made `node --max-old-space-size=4096 bin/safety-gap.js
// compute` fail with an internal error. Each case runs in a child process
// started with the flag, since process.execArgv cannot be set here.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "sg-start-worker-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `script` (an ES module) as a file under `flags`, or with `node -e` when eval; returns its stdout. */
function under(flags: string[], script: string, { evaluate = false } = {}): string {
  if (evaluate) return execFileSync(process.execPath, [...flags, "--input-type=module", "-e", script], { encoding: "utf8" });
  const file = join(dir, "main.mjs");
  writeFileSync(file, script);
  return execFileSync(process.execPath, [...flags, file], { encoding: "utf8" });
}

const startsAndAnswers = `
  import { startWorker } from ${JSON.stringify(new URL("../dist/startWorker.js", import.meta.url).href)};
  const w = startWorker(new URL("data:text/javascript,import { parentPort } from 'node:worker_threads'; parentPort.postMessage(process.execArgv.join(' '))"));
  w.on("message", (m) => { console.log("worker flags: [" + m + "]"); void w.terminate(); });
`;

describe("startWorker(url, options)", () => {
  it("keeps flags a worker takes", () => {
    expect(under(["--no-warnings"], startsAndAnswers)).toBe("worker flags: [--no-warnings]\n");
  });

  it("starts from a node -e script, whose --input-type a file entry refuses", () => {
    expect(under(["--no-warnings"], startsAndAnswers, { evaluate: true })).toMatch(/^worker flags: \[--no-warnings (?!--input-type)/);
  });

  it("starts the worker without flags when a V8 flag is among them, instead of throwing", () => {
    for (const flag of ["--max-old-space-size=512", "--single-threaded-gc"]) {
      expect(under([flag], startsAndAnswers), flag).toBe("worker flags: []\n");
    }
  });

  it("lets the CLI run its bootstrap workers under a V8 flag", () => {
    const out = execFileSync(process.execPath, ["--max-old-space-size=512", "bin/safety-gap.js", "compute", "--report", "test/fixtures/model", "--out", join(dir, "out"), "--workers", "2", "--quiet"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).toString();
    expect(out).toBe("");
  });
});
