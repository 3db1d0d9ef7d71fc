/**
 * `safety-gap watch` as a user runs it (src/cli/commands/watch.ts): a bad or
 * busy port is bad input before any browser starts, saves by rename rebuild
 * every time, Ctrl-C closes the browser, removes its folders and exits 0, a
 * broken edit reaches the browser as an error overlay that the next good
 * build removes, and --no-pdf --no-site keep an earlier build's PDF and supplement.
 * Waits are for output, with generous limits that only turn a hang into a failure.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { browserAvailable } from "../../src/pdf/findBrowser.js";

const repo = join(import.meta.dirname, "..", "..");
let project = "";
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "sg-watch-command-"));
  for (const d of ["report", "templates"]) cpSync(join(repo, d), join(project, d), { recursive: true });
  const model = join(project, "report", "model.yaml");
  writeFileSync(model, readFileSync(model, "utf8").replace(/^samplesPerCell: \d+/m, "samplesPerCell: 40").replace(/^ {2}resamples: \d+/m, "  resamples: 200"));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Runs the CLI in-process with TMPDIR set to a fresh folder; returns its output and that folder. */
async function watchInProcess(args: string[]): Promise<{ code: number; stderr: string; tmp: string }> {
  const tmp = mkdtempSync(join(tmpdir(), "sg-watch-tmpdir-"));
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  let stderr = "";
  try {
    const code = await main(["watch", "--report", join(project, "report"), "--out", join(project, "out-bad"), ...args], {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      isTTY: false,
      cwd: project,
      env: process.env,
    });
    return { code, stderr, tmp };
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}

describe("safety-gap watch", () => {
  it("refuses a port that is not 0 to 65535 before starting anything", async () => {
    for (const port of ["abc", "99999", "65536", " 80", "1e3"]) {
      const r = await watchInProcess(["--port", port]);
      expect(r.code, port).toBe(2);
      expect(r.stderr).toContain(`\`--port\` must be a port number from 0 to 65535, got \`${port}\``);
      expect(readdirSync(r.tmp)).toEqual([]);
    }
  });

  it("says so when the port is in use, without a stack trace or a browser left behind", async () => {
    const busy = createServer();
    await new Promise<void>((ok) => busy.listen(0, "127.0.0.1", ok));
    try {
      const port = (busy.address() as { port: number }).port;
      const r = await watchInProcess(["--port", String(port)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(r.stderr).toContain("--port");
      expect(r.stderr).not.toContain("    at ");
      expect(readdirSync(r.tmp)).toEqual([]);
    } finally {
      busy.close();
    }
  });

  it.skipIf(!browserAvailable())("rebuilds on every save by rename, and on Ctrl-C closes the browser, removes its folders and exits 0", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "sg-watch-tmpdir-"));
    // Its own process group, like a shell job: Ctrl-C signals the whole group.
    const child = spawn(process.execPath, [join(repo, "bin", "safety-gap.js"), "watch", "--port", "0", "--no-site"], {
      cwd: project,
      env: { ...process.env, TMPDIR: tmp },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let stdout = "";
    let stderr = "";
    let wake: (() => void) | undefined;
    child.stdout.on("data", (d: Buffer) => ((stdout += d.toString()), wake?.()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((ok) => child.on("exit", (code) => ok(code)));
    const waitFor = async (text: string, count = 1): Promise<void> => {
      const limit = Date.now() + 60_000;
      while (stdout.split(text).length - 1 < count) {
        if (Date.now() > limit || child.exitCode !== null) throw new Error(`no '${text}' (x${count}) in:\n${stdout}\n${stderr}`);
        await new Promise<void>((ok) => ((wake = ok), setTimeout(ok, 500)));
      }
    };
    try {
      await waitFor("watching report and templates");
      const discussion = join(project, "report", "paper", "04-discussion.md");
      for (let i = 1; i <= 2; i++) {
        // The new version is written beside report/, outside what is watched, then renamed over the
        // page: a temporary file inside report/paper/ could be seen on its own before the rename when the
        // machine is busy, and then rebuild once more.
        const temp = join(project, `sed${i}XyZw`);
        writeFileSync(temp, `${readFileSync(discussion, "utf8")}\nSaved by rename ${i}.\n`);
        renameSync(temp, discussion);
        await waitFor("pdf in", i + 1);
      }
      expect(stdout.match(/rebuild: .*/g)).toEqual(["rebuild: start", "rebuild: report/paper/04-discussion.md", "rebuild: report/paper/04-discussion.md"]);
      process.kill(-child.pid!, "SIGINT");
      expect(await exited).toBe(0);
      expect(stderr).not.toMatch(/internal error| {4}at /);
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
    }
  });

  it("shows a broken edit's error in the browser over the last good page, clears it on the next good build, and keeps the outputs it does not rebuild", async () => {
    const out = join(project, "out-kept");
    mkdirSync(join(out, "site"), { recursive: true });
    writeFileSync(join(out, "paper.pdf"), "an earlier build's PDF");
    writeFileSync(join(out, "site", "index.html"), "an earlier build's supplement");
    const child = spawn(process.execPath, [join(repo, "bin", "safety-gap.js"), "watch", "--port", "0", "--no-pdf", "--no-site", "--out", "out-kept"], {
      cwd: project,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    const exited = new Promise<number | null>((ok) => child.on("exit", (code) => ok(code)));
    const until = async (done: () => boolean, what: string): Promise<void> => {
      const limit = Date.now() + 60_000;
      while (!done()) {
        if (Date.now() > limit || child.exitCode !== null) throw new Error(`no ${what} in:\n${stdout}`);
        await new Promise((ok) => setTimeout(ok, 50));
      }
    };
    const discussion = join(project, "report", "paper", "04-discussion.md");
    const good = readFileSync(discussion, "utf8");
    try {
      await until(() => /serving (http:\S+)/.test(stdout), "'serving'");
      const base = (/serving (http:\S+)/.exec(stdout) as RegExpExecArray)[1] as string;
      const res = await fetch(`${base}__live`);
      const reader = res.body!.getReader();
      let events = "";
      void (async () => {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          events += new TextDecoder().decode(value);
        }
      })().catch(() => undefined);

      writeFileSync(discussion, good.replace("Our central finding", "Our {{ cmp.7B.nope }} central finding"));
      await until(() => events.includes('data: {"error":{'), "error event");
      const line = /^data: (\{"error":\{.*)$/m.exec(events)?.[1] as string;
      const lineNo = good.split("\n").findIndex((l) => l.includes("Our central finding")) + 1;
      expect(JSON.parse(line)).toEqual({
        error: {
          where: `report/paper/04-discussion.md:${lineNo}:8`,
          message: "no number named 'cmp.7B.nope'",
          excerpt: `  ${lineNo} | Our {{ cmp.7B.nope }} central finding is that alignment pretraining effects are *partially robust* t…\n  ${" ".repeat(String(lineNo).length + 3 + 7)}^^^^^^^^^^^`,
          fix: "spell the key as in results.numbers (see docs/results.md), or use * / $set for a segment",
        },
      });
      // The last good page is still served.
      expect(await (await fetch(base)).text()).toContain("Our central finding");

      events = "";
      writeFileSync(discussion, good.replace("Our central finding", "Our main finding"));
      await until(() => events.includes("data: reload"), "reload event");
      expect(events).toContain('data: {"error":null}');
      expect(await (await fetch(base)).text()).toContain("Our main finding");
      await until(() => /done in/.test(stdout.slice(stdout.lastIndexOf("rebuild:"))), "'done in'");
      await reader.cancel();
      expect(readFileSync(join(out, "paper.pdf"), "utf8")).toBe("an earlier build's PDF");
      expect(readFileSync(join(out, "site", "index.html"), "utf8")).toBe("an earlier build's supplement");
      expect(readFileSync(join(out, "paper.html"), "utf8")).toContain("Our main finding");
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      writeFileSync(discussion, good);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });
});
