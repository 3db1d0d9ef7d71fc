/**
 * Where the time of watch mode's PDF goes: the paper is built once, loaded
 * in a tab as PdfPrinter loads it, then edited and printed again as
 * PdfPrinter's kept tab prints a text edit, step by step:
 * - swap: the new body put into the tab, laid out, its fonts ready;
 * - printToPDF: Chromium's print (layout for print, the tagged PDF's
 *   structure, painting, and the PDF made from the painting by Chromium's
 *   print compositor, a helper process started for each print);
 * - read: the PDF's stream read back (Puppeteer's transfer mode);
 * - normalize: normalizePdf.
 * Besides the wall time, the CPU time each kind of Chromium process spent
 * (from /proc, Linux only), which a busy machine stretches less: helper
 * processes that exit after the print (the print compositor) are counted
 * through the zygote that started them.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { launch, type HTTPRequest } from "puppeteer-core";
import { CHROMIUM_ARGS } from "../src/pdf/chromiumArgs.js";
import { findBrowser } from "../src/pdf/findBrowser.js";
import { normalizePdf } from "../src/pdf/normalizePdf.js";
import { splitBody } from "../src/pdf/bodySwap.js";
import { contentType, pagePath, pageUrl } from "../src/pdf/pageFiles.js";
import { percentile } from "../src/numeric/index.js";

const repo = join(import.meta.dirname, "..");
const EDITS = 10;
/** Between prints, as between edits: what Chromium does after a print is counted to it. */
const SETTLE_MS = 600;
/** Puppeteer's page.pdf() parameters for PdfPrinter's options (US Letter, no margins, tagged). */
const PRINT = {
  landscape: false,
  displayHeaderFooter: false,
  headerTemplate: "",
  footerTemplate: "",
  printBackground: true,
  scale: 1,
  paperWidth: 8.5,
  paperHeight: 11,
  marginTop: 0,
  marginBottom: 0,
  marginLeft: 0,
  marginRight: 0,
  pageRanges: "",
  preferCSSPageSize: true,
  generateTaggedPDF: true,
  generateDocumentOutline: false,
  transferMode: "ReturnAsStream",
} as const;

const sleep = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms));

/** The median, as np.median gives it (the two middle values' mean for an even count). */
const median = (xs: number[]): number => percentile(xs, 50);

/** CPU ms by Chromium process kind, for the processes of the browser's group (its children included once they exit). */
function cpuByKind(group: number): Map<string, number> {
  const out = new Map<string, number>();
  if (!existsSync("/proc/self/stat")) return out;
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(f[2]) !== group) continue;
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      const kind = /--type=zygote/.test(cmd) ? "zygote (print compositor)" : (/--type=([\w-]+)/.exec(cmd)?.[1] ?? "browser");
      const ticks = Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
      out.set(kind, (out.get(kind) ?? 0) + ticks * 10);
    } catch {
      // Exited meanwhile.
    }
  }
  return out;
}

export async function run(): Promise<void> {
  const project = mkdtempSync(join(tmpdir(), "sg-bench-pdfswap-"));
  try {
    for (const d of ["report", "templates"]) cpSync(join(repo, d), join(project, d), { recursive: true });
    const built = spawnSync(process.execPath, [join(repo, "bin", "safety-gap.js"), "build", "--quiet", "--no-pdf", "--no-site"], { cwd: project, env: { ...process.env, SOURCE_DATE_EPOCH: "0" }, encoding: "utf8" });
    if (built.status !== 0) throw new Error(`build failed:\n${built.stderr}`);
    const out = join(project, "out");
    const files = new Map<string, Buffer>();
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else files.set(relative(out, p), readFileSync(p));
      }
    };
    walk(join(out, "assets"));
    const html = readFileSync(join(out, "paper.html"), "utf8");
    files.set("paper.html", Buffer.from(html));
    const split = splitBody(html);
    if (!split) throw new Error("paper.html has no body");

    const browser = await launch({ executablePath: (await findBrowser(process.env)).executablePath, headless: true, args: [...CHROMIUM_ARGS], pipe: true });
    try {
      const group = browser.process()?.pid ?? 0;
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(false);
      await page.emulateMediaType("print");
      await page.setRequestInterception(true);
      page.on("request", (req: HTTPRequest) => {
        const rel = pagePath(req.url());
        const body = rel === undefined ? undefined : files.get(rel);
        void (body && rel ? req.respond({ status: 200, contentType: contentType(rel), body }) : req.abort()).catch(() => undefined);
      });
      await page.goto(pageUrl("paper.html"), { waitUntil: "load" });
      await page.evaluate("document.fonts.ready.then(() => undefined)");
      const cdp = await page.createCDPSession();
      const steps: Record<string, number[]> = { swap: [], printToPDF: [], read: [], normalize: [], total: [] };
      const cpu: Record<string, number[]> = {};
      for (let i = 0; i <= EDITS; i++) {
        await sleep(SETTLE_MS);
        const body = split.body.replace(/<p>/, `<p>Benchmark edit number ${i}. `);
        const before = cpuByKind(group);
        const t0 = performance.now();
        await page.evaluate(`document.body.innerHTML = ${JSON.stringify(body)}; void document.body.offsetHeight; document.fonts.ready.then(() => undefined)`);
        const t1 = performance.now();
        const { stream } = await cdp.send("Page.printToPDF", PRINT);
        const t2 = performance.now();
        const chunks: Buffer[] = [];
        for (;;) {
          const r = await cdp.send("IO.read", { handle: stream as string });
          chunks.push(Buffer.from(r.data, r.base64Encoded ? "base64" : "latin1"));
          if (r.eof) break;
        }
        await cdp.send("IO.close", { handle: stream as string });
        const t3 = performance.now();
        normalizePdf(Buffer.concat(chunks), 0);
        const t4 = performance.now();
        await sleep(SETTLE_MS);
        if (i === 0) continue; // the first print warms the tab
        for (const [k, v] of Object.entries({ swap: t1 - t0, printToPDF: t2 - t1, read: t3 - t2, normalize: t4 - t3, total: t4 - t0 })) steps[k]!.push(v);
        for (const [kind, ms] of cpuByKind(group)) (cpu[kind] ??= []).push(ms - (before.get(kind) ?? 0));
      }
      console.log(`pdf of a text edit in the kept tab, median of ${EDITS}: ${Object.entries(steps).map(([k, v]) => `${k} ${median(v).toFixed(0)} ms`).join(", ")}`);
      if (Object.keys(cpu).length > 0) console.log(`Chromium CPU per edit (median, incl. ${SETTLE_MS} ms after): ${Object.entries(cpu).map(([k, v]) => `${k} ${median(v).toFixed(0)} ms`).join(", ")}`);
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
