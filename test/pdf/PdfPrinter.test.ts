import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable } from "../../src/pdf/findBrowser.js";
import { PdfPrinter, printPdf } from "../../src/pdf/PdfPrinter.js";
import { pdfPlainText } from "../helpers/pdfText.js";
import { SafetyGapError } from "../../src/errors.js";
import * as msg from "../../src/messages/pdf.js";

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve("@fontsource/libertinus-serif/package.json")), "files");

/** Two US Letter pages in Libertinus Serif, loaded from a file beside the page like the paper's fonts. */
function fixture(dir: string, extraBody = "", extraHead = ""): string {
  copyFileSync(path.join(fontDir, "libertinus-serif-latin-400-normal.woff2"), path.join(dir, "serif.woff2"));
  const html = `<!doctype html><html><head><meta charset="utf-8">${extraHead}<style>
@font-face { font-family: "Libertinus Serif"; src: url("serif.woff2") format("woff2"); }
@page { size: letter; margin: 0.75in; }
body { font-family: "Libertinus Serif"; font-size: 10pt; }
.page2 { break-before: page; }
</style></head><body><h1>Safety gap fixture</h1><p>Alpha page one.</p>${extraBody}<p class="page2">Beta page two.</p></body></html>`;
  const file = path.join(dir, `fixture-${Math.abs(hash(extraHead + extraBody))}.html`);
  writeFileSync(file, html);
  return file;
}
const hash = (s: string): number => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7);

describe.skipIf(!browserAvailable())("PdfPrinter", () => {
  let dir: string;
  let printer: PdfPrinter;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "safety-gap-pdf-test-"));
    printer = await PdfPrinter.launch();
  });
  afterAll(async () => {
    await printer?.close();
  });

  it("prints pages with the text, fonts embedded, byte-identical twice (cold and warm)", async () => {
    const html = fixture(dir);
    const pdfFile = path.join(dir, "a.pdf");
    const cold = await printPdf({ htmlFile: html, pdfFile, sourceDateEpoch: 1767225600 });
    const warm = await printer.print({ htmlFile: html, sourceDateEpoch: 1767225600 });
    expect(readFileSync(pdfFile).equals(cold)).toBe(true);
    expect(Buffer.compare(cold, warm)).toBe(0);
    const pages = await pdfPlainText(cold);
    expect(pages.length).toBe(2);
    expect(pages[0]).toContain("Safety gap fixture");
    expect(pages[0]).toContain("Alpha page one.");
    expect(pages[1]).toContain("Beta page two.");
    const raw = cold.toString("latin1");
    expect(raw).toMatch(/\/FontFile[23]?\b/);
    expect(raw).toMatch(/LibertinusSerif/);
    expect(raw).toContain("/CreationDate (D:20260101000000+00'00')");
    expect(raw).toContain("/ModDate (D:20260101000000+00'00')");
  });

  it("uses SOURCE_DATE_EPOCH 0 when none is given", async () => {
    const saved = process.env.SOURCE_DATE_EPOCH;
    delete process.env.SOURCE_DATE_EPOCH;
    try {
      const pdf = await printer.print({ htmlFile: fixture(dir) });
      expect(pdf.toString("latin1")).toContain("/CreationDate (D:19700101000000+00'00')");
    } finally {
      if (saved !== undefined) process.env.SOURCE_DATE_EPOCH = saved;
    }
  });

  it("fails the print when the page requests the network, naming the URL and the page's line, not its folder", async () => {
    const html = fixture(dir, '<img src="http://example.com/logo.png" alt="">');
    const e = await printer.print({ htmlFile: html }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SafetyGapError);
    expect((e as SafetyGapError).format()).toBe(
      `${path.basename(html)}:6: the page asks for http://example.com/logo.png, which is on the network; the PDF is printed offline and loads nothing from the network\n` +
        `  fix: ${msg.remoteRequestHint()}`,
    );
    // The printer stays usable after a failed print.
    expect((await printer.print({ htmlFile: fixture(dir) })).length).toBeGreaterThan(1000);
  });

  it("loads no file of the machine: a file: URL, a path out of the page's folder and a symbolic link out of it all fail the print", async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), "safety-gap-pdf-outside-"));
    writeFileSync(path.join(outside, "secret.txt"), "root:x:0:0:secret");
    symlinkSync(path.join(outside, "secret.txt"), path.join(dir, "link.txt"));
    const cases: [string, RegExp][] = [
      [`<iframe src="file://${outside}/secret.txt"></iframe>`, /the page asks for file:\/\/\/.*secret\.txt, a file of the machine/],
      [`<img src="file:///etc/passwd">`, /the page asks for file:\/\/\/etc\/passwd, a file of the machine/],
      [`<iframe src="../../../../../..${outside}/secret.txt"></iframe>`, /the page asks for http:\/\/paper\.invalid\/.*secret\.txt, which is not one of the page's files/],
      [`<iframe src="link.txt"></iframe>`, /the page asks for http:\/\/paper\.invalid\/link\.txt, which is not one of the page's files/],
      [`<iframe src="%2e%2e%2F%2e%2e%2Fetc/passwd"></iframe>`, /the page asks for http:\/\/paper\.invalid\/%2e%2e%2F%2e%2e%2Fetc\/passwd, which is not one of the page's files/],
    ];
    try {
      for (const [body, message] of cases) await expect(printer.print({ htmlFile: fixture(dir, body) }), body).rejects.toThrow(message);
    } finally {
      rmSync(outside, { recursive: true });
      rmSync(path.join(dir, "link.txt"));
    }
  });

  it("runs no script: an alert does not block the print, and what a script writes is not printed", async () => {
    const pdf = await printer.print({ htmlFile: fixture(dir, '<script>alert(1); confirm("x"); window.onbeforeunload = () => "stay"; document.body.append("SCRIPT RAN");</script>') });
    const text = (await pdfPlainText(pdf)).join(" ");
    expect(text).toContain("Alpha page one.");
    expect(text).not.toContain("SCRIPT RAN");
  });

  it("fails on a meta refresh, which would replace the page", async () => {
    await expect(printer.print({ htmlFile: fixture(dir, "", '<meta http-equiv="refresh" content="0;url=http://example.com/">') })).rejects.toThrow(
      /the page navigates to http:\/\/example\.com\/ \(a meta refresh/,
    );
    await expect(printer.print({ htmlFile: fixture(dir, "", '<meta http-equiv="refresh" content="30">') })).rejects.toThrow(/the page navigates to http:\/\/paper\.invalid\/fixture-/);
  });

  it("prints a page held in memory, the same bytes as from its folder", async () => {
    const html = fixture(dir);
    const files = new Map<string, Uint8Array | string>([
      [path.basename(html), readFileSync(html, "utf8")],
      ["serif.woff2", readFileSync(path.join(dir, "serif.woff2"))],
    ]);
    const fromMemory = await printer.print({ files, entry: path.basename(html), sourceDateEpoch: 0 });
    const fromFolder = await printer.print({ htmlFile: html, sourceDateEpoch: 0 });
    expect(Buffer.compare(fromMemory, fromFolder)).toBe(0);
    await expect(printer.print({ files, entry: "other.html" })).rejects.toThrow(/cannot print other\.html: the file does not exist/);
  });

  /** A page held in memory, as watch mode prints it: Libertinus in two unicode-range subsets, a table (tagged PDF cells), `body` in a paragraph. */
  function memoryPage(body: string, css = "p { margin: 0 0 4pt; }"): Map<string, Uint8Array | string> {
    const face = (subset: string, range: string): string =>
      `@font-face { font-family: "Libertinus Serif"; src: url("fonts/${subset}.woff2") format("woff2"); unicode-range: ${range}; }`;
    const html = `<!doctype html><html><head><meta charset="utf-8"><style>
${face("latin", "U+0000-00FF")}
${face("latin-ext", "U+0100-024F")}
@page { size: letter; margin: 0.75in; }
body { font-family: "Libertinus Serif"; font-size: 10pt; }
</style><link rel="stylesheet" href="page.css"></head>
<body>
<h1>Kept tab</h1><p>${body}</p>
<table><thead><tr><th>Method</th><th>Gap</th></tr></thead><tbody><tr><td>CAI</td><td>0.1597</td></tr></tbody></table>
</body>
</html>
`;
    return new Map<string, Uint8Array | string>([
      ["paper.html", html],
      ["page.css", css],
      ["fonts/latin.woff2", readFileSync(path.join(fontDir, "libertinus-serif-latin-400-normal.woff2"))],
      ["fonts/latin-ext.woff2", readFileSync(path.join(fontDir, "libertinus-serif-latin-ext-400-normal.woff2"))],
    ]);
  }

  it("prints an edited page in the kept tab (watch mode), byte-identical to a fresh tab's print of the edited page", async () => {
    const print = (files: Map<string, Uint8Array | string>): Promise<Buffer> => printer.print({ files, entry: "paper.html", sourceDateEpoch: 0 });
    const edited = memoryPage("An edit that needs the latin-ext face: Łódź.");
    await print(memoryPage("The text before the edit."));
    const swaps = printer.swaps;
    const inKeptTab = await print(edited);
    expect(printer.swaps).toBe(swaps + 1);
    // Another stylesheet cannot be swapped in: a fresh tab, and again for the edited page after it.
    await print(memoryPage("Another look.", "p { margin: 0 0 6pt; }"));
    const fresh = await print(edited);
    expect(printer.swaps).toBe(swaps + 1);
    expect(Buffer.compare(inKeptTab, fresh)).toBe(0);
    const text = (await pdfPlainText(fresh)).join("\n");
    expect(text).toContain("An edit that needs the latin-ext face: Łódź.");
    expect(fresh.toString("latin1")).toMatch(/LibertinusSerif/);
  });

  it("hands over an untagged draft of the same pages before the tagged PDF, which is the same bytes as a print without a draft", async () => {
    const print = (files: Map<string, Uint8Array | string>, draft?: (pdf: Buffer) => void): Promise<Buffer> =>
      printer.print({ files, entry: "paper.html", sourceDateEpoch: 0, ...(draft ? { draft } : {}) });
    const drafts: Buffer[] = [];
    const order: string[] = [];
    // In a fresh tab (a stylesheet no tab has), then in the kept tab (the body edited).
    const first = memoryPage("A draft first.", "p { margin: 0 0 5pt; }");
    const tagged = await print(first, (pdf) => (drafts.push(pdf), order.push("draft")));
    order.push("tagged");
    const swaps = printer.swaps;
    const edited = memoryPage("A draft of the edit.", "p { margin: 0 0 5pt; }");
    const taggedEdit = await print(edited, (pdf) => drafts.push(pdf));
    expect(printer.swaps).toBe(swaps + 1);
    expect(order).toEqual(["draft", "tagged"]);
    expect(drafts.map((d) => d.toString("latin1").includes("/StructTreeRoot"))).toEqual([false, false]);
    expect([tagged, taggedEdit].map((d) => d.toString("latin1").includes("/StructTreeRoot"))).toEqual([true, true]);
    expect((await pdfPlainText(drafts[0]!)).join("\n")).toBe((await pdfPlainText(tagged)).join("\n"));
    expect((await pdfPlainText(drafts[1]!)).join("\n")).toContain("A draft of the edit.");
    expect(Buffer.compare(taggedEdit, await print(edited))).toBe(0);
  });

  it("prints a body that asks for a file in a fresh tab, where the request is checked", async () => {
    const print = (files: Map<string, Uint8Array | string>): Promise<Buffer> => printer.print({ files, entry: "paper.html", sourceDateEpoch: 0 });
    await print(memoryPage("Before."));
    const swaps = printer.swaps;
    await expect(print(memoryPage('An image: <img src="gone.png" alt="">'))).rejects.toThrow(/^the page asks for http:\/\/paper\.invalid\/gone\.png, which is not one of the page's files/);
    expect(printer.swaps).toBe(swaps);
  });

  it("names the source of a blocked request as the job's locate says", async () => {
    const files = new Map<string, Uint8Array | string>([["paper.html", '<!doctype html><p>x</p>\n<img src="gone.png">']]);
    const e = await printer
      .print({ files, entry: "paper.html", locate: (b) => ({ where: { file: "report/paper/01.md", line: 7 }, ref: `gone.png (${b.kind}, ${b.from?.file}:${b.from?.line})` }) })
      .catch((x: unknown) => x);
    expect((e as SafetyGapError).format().split("\n")[0]).toBe(
      "report/paper/01.md:7: the page asks for gone.png (missing, paper.html:2), which is not one of the page's files: the PDF can only load paper.html and the files the build writes under assets/",
    );
  });

  it("restarts a browser that went away (watch mode)", async () => {
    const own = await PdfPrinter.launch();
    try {
      const inner = (): { connected: boolean; process(): { kill(sig: string): void } | null } =>
        (own as unknown as { browser: { connected: boolean; process(): { kill(sig: string): void } | null } }).browser;
      inner().process()?.kill("SIGKILL");
      for (let i = 0; i < 100 && inner().connected; i++) await new Promise((r) => setTimeout(r, 50));
      expect(inner().connected).toBe(false);
      expect((await own.print({ htmlFile: fixture(dir) })).length).toBeGreaterThan(1000);
    } finally {
      await own.close();
    }
  });

  it("fails when a file of the page is missing", async () => {
    const html = fixture(dir, '<img src="missing.png" alt="">');
    await expect(printer.print({ htmlFile: html })).rejects.toThrow(/^the page asks for http:\/\/paper\.invalid\/missing\.png, which is not one of the page's files/);
  });

  /** Runs `body` with TMPDIR set to a fresh folder (whose path is `length` bytes long, when given); returns the folder. */
  async function inOwnTmpdir(body: () => Promise<void>, length?: number): Promise<string> {
    let own = mkdtempSync(path.join(os.tmpdir(), "safety-gap-pdf-tmpdir-"));
    if (length !== undefined) {
      const pad = length - own.length - 1;
      expect(pad, `os.tmpdir() is too long for a TMPDIR of ${length} bytes`).toBeGreaterThan(0);
      own = path.join(own, "p".repeat(pad));
      mkdirSync(own);
    }
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = own;
    try {
      await body();
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    return own;
  }

  it("keeps all of the browser's temporary files in its own folder: even a killed browser leaves nothing in TMPDIR", async () => {
    const own = await inOwnTmpdir(async () => {
      const p = await PdfPrinter.launch();
      await p.print({ htmlFile: fixture(dir) });
      (p as unknown as { browser: { process(): { kill(sig: string): void } | null } }).browser.process()?.kill("SIGKILL");
      await p.close();
    });
    expect(readdirSync(own)).toEqual([]);
  });

  /** A folder's name with mkdtemp's six characters masked. */
  const masked = (name: string): string => name.replace(/[A-Za-z0-9]{6}$/, "XXXXXX");

  /** The folders of Chromium's shared-memory files (`.org.chromium.Chromium.*`, unlinked but mapped) under `dir` that any process has mapped. */
  function mappedSharedMemoryFolders(dir: string): string[] {
    const found = new Set<string>();
    for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
      let maps: string;
      try {
        maps = readFileSync(`/proc/${pid}/maps`, "utf8");
      } catch {
        continue;
      }
      for (const m of maps.matchAll(/ (\/\S*\/\.org\.chromium\.Chromium\.\w{6})(?: \(deleted\))?$/gm)) if (m[1]!.startsWith(dir + "/")) found.add(path.dirname(m[1]!));
    }
    return [...found];
  }

  it("gives the browser a TMPDIR of its own beside its profile, where its shared memory and singleton socket are made; killNow() removes it", async () => {
    const own = await inOwnTmpdir(async () => {
      const p = await PdfPrinter.launch({ exitOnSignal: false });
      try {
        await p.print({ htmlFile: fixture(dir) });
        const tmpdir = process.env.TMPDIR!;
        const [profile, tmp] = readdirSync(tmpdir).sort();
        expect([profile, tmp].map((n) => masked(n!))).toEqual(["safety-gap-chromium-XXXXXX", "sgc-XXXXXX"]);
        const socket = path.relative(path.join(tmpdir, tmp!), readlinkSync(path.join(tmpdir, profile!, "SingletonSocket")));
        expect(path.join(masked(path.dirname(socket)), path.basename(socket))).toBe("org.chromium.Chromium.XXXXXX/SingletonSocket");
        // Made by mkstemp and unlinked at once, they are seen only as the browser's processes map them.
        expect(mappedSharedMemoryFolders(tmpdir)).toEqual([path.join(tmpdir, tmp!)]);
      } finally {
        p.killNow();
      }
    });
    expect(readdirSync(own)).toEqual([]);
    rmSync(own, { recursive: true });
  });

  it("gives the browser no TMPDIR of its own when that would make its singleton socket's path longer than a unix socket allows (107 bytes)", async () => {
    // 51 bytes: sgc-XXXXXX/org.chromium.Chromium.XXXXXX/SingletonSocket brings the socket to 107; 52 would make it 108.
    for (const [length, entries] of [
      [51, ["safety-gap-chromium-XXXXXX", "sgc-XXXXXX"]],
      // The socket's folder then in the caller's TMPDIR, as before the browser had one of its own.
      [52, ["org.chromium.Chromium.XXXXXX", "safety-gap-chromium-XXXXXX"]],
    ] as const) {
      const own = await inOwnTmpdir(async () => {
        const p = await PdfPrinter.launch({ exitOnSignal: false });
        try {
          expect((await p.print({ htmlFile: fixture(dir) })).length, `TMPDIR of ${length} bytes`).toBeGreaterThan(1000);
          const tmpdir = process.env.TMPDIR!;
          const names = readdirSync(tmpdir).sort();
          expect(names.map(masked), `TMPDIR of ${length} bytes`).toEqual(entries);
          const socket = readlinkSync(path.join(tmpdir, names.find((n) => n.startsWith("safety-gap-chromium-"))!, "SingletonSocket"));
          expect(Buffer.byteLength(socket), `TMPDIR of ${length} bytes`).toBe(length === 51 ? 107 : 97);
        } finally {
          await p.close();
        }
      }, length);
      expect(readdirSync(own), `TMPDIR of ${length} bytes`).toEqual([]);
      rmSync(path.dirname(own), { recursive: true });
    }
  });

  // One browser for both (a start costs a second or two): watch mode's printer, its signals and its tracked folders.
  it("leaves SIGINT and SIGTERM to the caller when asked (watch mode), and prints nothing once closed; removes a tracked folder on close, and not once untracked", async () => {
    const before = ["SIGINT", "SIGTERM", "SIGHUP"].map((s) => process.listenerCount(s));
    const tracked = mkdtempSync(path.join(os.tmpdir(), "safety-gap-tracked-"));
    const untracked = mkdtempSync(path.join(os.tmpdir(), "safety-gap-untracked-"));
    const own = await inOwnTmpdir(async () => {
      const p = await PdfPrinter.launch({ exitOnSignal: false });
      expect(["SIGINT", "SIGTERM", "SIGHUP"].map((s) => process.listenerCount(s))).toEqual(before);
      p.track(tracked);
      p.track(untracked)();
      await p.close();
      expect([existsSync(tracked), existsSync(untracked)]).toEqual([false, true]);
      // A rebuild still running when watch stops must not start a new browser.
      await expect(p.print({ htmlFile: fixture(dir) })).rejects.toThrow(/closed/);
    });
    rmSync(untracked, { recursive: true });
    expect(readdirSync(own)).toEqual([]);
  });

  it("on SIGINT (a one-shot build), closes the browser, removes its folder and the tracked ones, and dies of the signal", async () => {
    const own = mkdtempSync(path.join(os.tmpdir(), "safety-gap-pdf-tmpdir-"));
    // The compiled module (vitest runs after `node scripts/dist.js`), so no loader's own SIGINT handler is in the way.
    const printer = new URL("../../dist/pdf/PdfPrinter.js", import.meta.url).href;
    // A folder of the caller's, tracked (the pdf stage's page folder), goes with the browser's.
    const script = `const { mkdtempSync } = await import("node:fs"); const { PdfPrinter } = await import(${JSON.stringify(printer)}); const p = await PdfPrinter.launch(); p.track(mkdtempSync(process.env.TMPDIR + "/safety-gap-print-")); console.log("ready"); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { env: { ...process.env, TMPDIR: own }, stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((ok, fail) => {
      child.stdout.on("data", (d: Buffer) => d.toString().includes("ready") && ok());
      child.on("exit", () => fail(new Error("the child exited before the browser started")));
    });
    const ended = new Promise<NodeJS.Signals | null>((ok) => child.on("exit", (_code, signal) => ok(signal)));
    child.kill("SIGINT");
    expect(await ended).toBe("SIGINT");
    expect(readdirSync(own)).toEqual([]);
  });
});
