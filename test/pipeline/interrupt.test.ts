/**
 * Ctrl-C at any moment of a real build leaves no temporary folder and no
 * browser: SIGINT is sent to `safety-gap build` before the browser starts,
 * the moment its profile folder appears, and at several delays after (while
 * it starts, prints and closes); then the build's own TMPDIR must be empty
 * and no process may still name that folder on its command line.
 */
import { spawn } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable } from "../../src/pdf/findBrowser.js";
import { smallProjectCached } from "./smallProject.js";

const cli = join(import.meta.dirname, "..", "..", "bin", "safety-gap.js");

/** Processes whose command line mentions `text` (Chromium's carries its profile folder, inside the build's TMPDIR). */
function processesNaming(text: string): number[] {
  const found: number[] = [];
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "latin1").includes(text)) found.push(Number(pid));
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

/** Folders this file made, removed at the end. */
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Stopped {
  signal: NodeJS.Signals | null;
  code: number | null;
  tmp: string;
  /** Whether the browser's folder had appeared when the signal was sent. */
  browserSeen: boolean;
}

/** Runs a build of `dir` in a fresh TMPDIR and sends SIGINT `after.ms` after `after.from` (the start, or the browser's profile folder appearing). */
async function interruptedBuild(dir: string, after: { from: "start" | "browser"; ms: number }): Promise<Stopped> {
  // A changed page, so the pdf stage runs (not taken from the cache).
  appendFileSync(join(dir, "templates", "paper.html"), `<!-- ${after.from} ${after.ms} -->\n`);
  const tmp = mkdtempSync(join(tmpdir(), "sg-interrupt-"));
  made.push(tmp);
  const child = spawn(process.execPath, [cli, "build", "--no-site", "--quiet"], { cwd: dir, env: { ...process.env, TMPDIR: tmp }, stdio: "ignore" });
  const ended = new Promise<{ signal: NodeJS.Signals | null; code: number | null }>((ok) => child.on("exit", (code, signal) => ok({ code, signal })));
  let exited = false;
  void ended.then(() => (exited = true));
  let browserSeen = false;
  if (after.from === "browser") {
    while (!exited && !readdirSync(tmp).some((f) => f.startsWith("safety-gap-chromium-"))) await sleep(5);
    browserSeen = !exited;
  }
  await sleep(after.ms);
  if (!exited) child.kill("SIGINT");
  const { code, signal } = await ended;
  return { signal, code, tmp, browserSeen };
}

describe.skipIf(!browserAvailable())("interrupting a build", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await smallProjectCached();
    made.push(dir);
    // Compute and figures cached: the build reaches the browser in about a second.
    const first = spawn(process.execPath, [cli, "build", "--no-site", "--quiet"], { cwd: dir, stdio: "ignore" });
    expect(await new Promise((ok) => first.on("exit", ok))).toBe(0);
    expect(existsSync(join(dir, "out", "paper.pdf"))).toBe(true);
  });

  const moments: { from: "start" | "browser"; ms: number }[] = [
    { from: "start", ms: 300 },
    { from: "browser", ms: 0 },
    { from: "browser", ms: 100 },
    { from: "browser", ms: 300 },
    { from: "browser", ms: 1000 },
  ];
  it("leaves no temporary folder and no browser process, whenever SIGINT comes", async () => {
    let duringBrowser = 0;
    for (const at of moments) {
      const r = await interruptedBuild(dir, at);
      const label = `SIGINT ${at.ms} ms after the ${at.from}`;
      // Ended by the signal, or finished before it came.
      expect(r.signal === "SIGINT" || r.code === 0, `${label}: ${r.signal ?? r.code}`).toBe(true);
      if (r.browserSeen && r.signal === "SIGINT") duringBrowser++;
      expect(readdirSync(r.tmp), label).toEqual([]);
      expect(processesNaming(r.tmp), label).toEqual([]);
    }
    // The moments that matter were hit: the signal came while a browser was running.
    expect(duringBrowser).toBeGreaterThanOrEqual(3);
  });
});
