/**
 * Watch mode as an author meets it: `safety-gap watch` on a fresh copy of
 * the project, then one-sentence edits of the text. For each edit, the time
 * from the write of the file until the server on 127.0.0.1 serves a
 * paper.html that holds the edit (what the browser shows after its reload),
 * and until it serves a new paper.pdf: the first (watch serves an untagged
 * draft while the tagged PDF prints) and the tagged one. Both are polled over HTTP, as a
 * browser would ask, every few milliseconds. Each edit is made once the
 * previous rebuild is done. `SAFETY_GAP_BENCH_BIN` runs another checkout's
 * bin/safety-gap.js (to compare before and after a change).
 */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { percentile as numpyPercentile } from "../src/numeric/index.js";

const repo = join(import.meta.dirname, "..");
/** Edits measured, after one warm-up edit. */
const EDITS = 12;
const POLL_MS = 5;
/** The PDF is polled less often: each poll moves and hashes 400 KB, which would take CPU from the print it waits for. */
const PDF_POLL_MS = 20;

const sleep = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms));

async function fetchBytes(url: string): Promise<Buffer | undefined> {
  try {
    const r = await fetch(url);
    return r.ok ? Buffer.from(await r.arrayBuffer()) : undefined;
  } catch {
    return undefined;
  }
}

/** Polls `url` until `done(body)`; the ms from `t0`, or undefined after `limitMs`. */
async function pollUntil(url: string, t0: number, done: (body: Buffer) => boolean, everyMs = POLL_MS, limitMs = 120_000): Promise<number | undefined> {
  while (performance.now() - t0 < limitMs) {
    const body = await fetchBytes(url);
    if (body && done(body)) return performance.now() - t0;
    await sleep(everyMs);
  }
  return undefined;
}

const hash = (b: Buffer): string => createHash("sha256").update(b).digest("hex");

/** The median, as np.median gives it (the two middle values' mean for an even count). */
const median = (xs: number[]): number => numpyPercentile(xs, 50);

/** The nearest-rank percentile `p` (0-100). */
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)] as number;
}

const ms = (xs: number[]): string => xs.map((x) => x.toFixed(0)).join(", ");
const load = (): string => loadavg().map((x) => x.toFixed(2)).join(", ");

export async function run(): Promise<void> {
  const project = mkdtempSync(join(tmpdir(), "sg-bench-watch-"));
  for (const d of ["report", "templates"]) cpSync(join(repo, d), join(project, d), { recursive: true });
  const bin = process.env.SAFETY_GAP_BENCH_BIN ?? join(repo, "bin", "safety-gap.js");
  const child = spawn(process.execPath, [bin, "watch", "--port", "0"], {
    cwd: project,
    env: { ...process.env, SOURCE_DATE_EPOCH: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  try {
    const t = performance.now();
    while (!/serving (http:\S+)/.test(stdout)) {
      if (child.exitCode !== null || performance.now() - t > 120_000) throw new Error(`watch did not start:\n${stdout}\n${stderr}`);
      await sleep(50);
    }
    const base = (/serving (http:\S+)/.exec(stdout) as RegExpExecArray)[1] as string;
    console.log(`first build (cold cache), until watching: ${((performance.now() - t) / 1000).toFixed(2)} s`);

    const intro = join(project, "report", "paper", "01-introduction.md");
    const original = readFileSync(intro, "utf8");
    const toHtml: number[] = [];
    const toPdf: number[] = [];
    const toTagged: number[] = [];
    let pdf = await fetchBytes(`${base}paper.pdf`);
    const loadBefore = load();
    for (let i = 1; i <= EDITS + 1; i++) {
      const marker = `Benchmark edit number ${i} of the watch.`;
      const before = pdf ? hash(pdf) : "";
      const t0 = performance.now();
      writeFileSync(intro, original.replace(/\n\n/, `\n\n${marker}\n\n`));
      // The first new paper.pdf (watch serves an untagged draft first), and the tagged one.
      let printed: number | undefined;
      const [html, tagged] = await Promise.all([
        pollUntil(`${base}paper.html`, t0, (b) => b.includes(marker)),
        pollUntil(
          `${base}paper.pdf`,
          t0,
          (b) => {
            if (hash(b) === before) return false;
            printed ??= performance.now() - t0;
            if (!b.includes("/StructTreeRoot")) return false;
            pdf = b;
            return true;
          },
          PDF_POLL_MS,
        ),
      ]);
      if (html === undefined || tagged === undefined || printed === undefined) throw new Error(`edit ${i}: no new ${html === undefined ? "paper.html" : "tagged paper.pdf"} within 120 s:\n${stdout}\n${stderr}`);
      // The first edit after the start warms the render code and the browser's page: reported, not counted.
      if (i > 1) {
        toHtml.push(html);
        toPdf.push(printed);
        toTagged.push(tagged);
      } else console.log(`first edit (warm-up): html ${html.toFixed(0)} ms, pdf ${printed.toFixed(0)} ms, tagged pdf ${tagged.toFixed(0)} ms`);
      // The next edit waits until this rebuild is over: its "done in" line, or "pdf in" from a
      // version that prints the PDF last and no "done in" (SAFETY_GAP_BENCH_BIN).
      const end = /^ {2}done in /m.test(stdout) ? /^ {2}done in /gm : /^ {2}pdf in /gm;
      while ((stdout.match(end) ?? []).length < i + 1) {
        if (child.exitCode !== null) throw new Error(`watch stopped:\n${stdout}\n${stderr}`);
        await sleep(20);
      }
      await sleep(300);
    }
    // Other work on the machine stretches every figure: the load average says how much there was.
    console.log(`load average (1, 5, 15 min): ${loadBefore} before the edits, ${load()} after`);
    console.log(`text edit -> served paper.html: median ${median(toHtml).toFixed(0)} ms, p90 ${percentile(toHtml, 90).toFixed(0)} ms of ${toHtml.length} edits (${ms(toHtml)})   target < 150 ms`);
    console.log(`text edit -> served paper.pdf:  median ${median(toPdf).toFixed(0)} ms, p90 ${percentile(toPdf, 90).toFixed(0)} ms of ${toPdf.length} edits (${ms(toPdf)})   target < 500 ms`);
    console.log(`text edit -> served tagged paper.pdf: median ${median(toTagged).toFixed(0)} ms, p90 ${percentile(toTagged, 90).toFixed(0)} ms (${ms(toTagged)})`);
    const last = stdout.slice(stdout.lastIndexOf("\nrebuild:"));
    console.log(`the watch's own log of the last edit:${last.trimEnd().replace(/^/gm, "  ")}`);
  } finally {
    child.kill("SIGTERM");
    await new Promise((ok) => (child.exitCode !== null ? ok(undefined) : child.on("exit", ok)));
    rmSync(project, { recursive: true, force: true });
  }
}
