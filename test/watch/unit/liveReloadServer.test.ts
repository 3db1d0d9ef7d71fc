/**
 * The live-reload server's answers, exactly: each file type's content-type,
 * the status and body of each refusal, where the reload script goes, the
 * event stream's headers, and a read that fails after the checks.
 * (test/watch/liveReloadServer.test.ts covers the behaviour around them.)
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { startLiveReloadServer, type LiveReloadServer } from "../../../src/watch/liveReloadServer.js";

let root = "";
let server: LiveReloadServer | undefined;

const TYPES: [string, string][] = [
  ["a.html", "text/html; charset=utf-8"],
  ["a.css", "text/css; charset=utf-8"],
  ["a.js", "text/javascript; charset=utf-8"],
  ["a.mjs", "text/javascript; charset=utf-8"],
  ["a.json", "application/json; charset=utf-8"],
  ["a.csv", "text/csv; charset=utf-8"],
  ["a.svg", "image/svg+xml"],
  ["a.pdf", "application/pdf"],
  ["a.png", "image/png"],
  ["a.woff2", "font/woff2"],
  ["a.woff", "font/woff"],
  ["a.ttf", "font/ttf"],
  ["a.bin", "application/octet-stream"],
  ["noext", "application/octet-stream"],
];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "sg-serve-unit-"));
  for (const [name] of TYPES) writeFileSync(join(root, name), name.endsWith(".html") ? "<p>a</p>" : "data");
  mkdirSync(join(root, "empty"));
  // index.html that is a folder: found by the checks, unreadable by readFileSync (EISDIR).
  mkdirSync(join(root, "odd", "index.html"), { recursive: true });
  mkdirSync(join(root, "dir"));
  writeFileSync(join(root, "dir", "index.html"), "<html><body>dir</body></html>");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(): Promise<LiveReloadServer> {
  server = await startLiveReloadServer(root, 0);
  return server;
}

/** The page's script tag, as the server injects it. */
async function script(s: LiveReloadServer): Promise<string> {
  s.serve(new Map([["bare.html", ""]]));
  return (await (await fetch(new URL("bare.html", s.url))).text()).slice(0);
}

describe("startLiveReloadServer: answers", () => {
  it("listens on 127.0.0.1 at the port it got", async () => {
    const s = await start();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(new URL(s.url).port).not.toBe("0");
  });

  it("sends each file type with its content-type and no-store, others as application/octet-stream", async () => {
    const s = await start();
    for (const [name, type] of TYPES) {
      const res = await fetch(new URL(name, s.url));
      expect([name, res.status, res.headers.get("content-type"), res.headers.get("cache-control")]).toEqual([name, 200, type, "no-store"]);
      const body = await res.text();
      if (!name.endsWith(".html")) expect(body, name).toBe("data");
    }
  });

  it("puts the reload script before </body>, or at the end of a page without one, also for a page in memory as bytes", async () => {
    const s = await start();
    const tag = await script(s);
    expect(tag.startsWith("<script>(() => {\nconst t = {")).toBe(true);
    expect(tag.endsWith("})();</script>")).toBe(true);
    expect(tag).toContain(
      'const t = {"title":"The build failed: the page below is the last good build.","footer":"Fix the source and save: this goes away on the next good build."};',
    );
    expect(tag).toContain('const s = new EventSource("/__live");\ns.onmessage = (e) => { if (e.data === "reload") location.reload(); else show(JSON.parse(e.data).error); };');
    expect(await (await fetch(new URL("a.html", s.url))).text()).toBe(`<p>a</p>${tag}`);
    expect(await (await fetch(new URL("dir/", s.url))).text()).toBe(`<html><body>dir${tag}</body></html>`);
    s.serve(new Map([["mem.html", new TextEncoder().encode("<body>é</body>")]]));
    expect(await (await fetch(new URL("mem.html", s.url))).text()).toBe(`<body>é${tag}</body>`);
  });

  it("serves a file held in memory over a folder of the same name on disk", async () => {
    const s = await start();
    s.serve(new Map([["empty", "held"]]));
    const res = await fetch(new URL("empty", s.url), { redirect: "manual" });
    expect([res.status, await res.text()]).toEqual([200, "held"]);
  });

  it("answers 404 with the path for a missing file, also a folder without index.html", async () => {
    const s = await start();
    for (const path of ["nope.txt", "empty/", "dir/nope/x.css"]) {
      const res = await fetch(new URL(path, s.url));
      expect([res.status, res.headers.get("content-type"), await res.text()], path).toEqual([404, "text/plain", `not found: /${path}\n`]);
    }
  });

  it("answers 403 'forbidden' outside the root, also for a sibling folder whose name starts with the root's", async () => {
    mkdirSync(`${root}x`, { recursive: true });
    writeFileSync(join(`${root}x`, "secret.txt"), "secret");
    try {
      const s = await start();
      for (const path of ["..%2f..%2fetc%2fpasswd", `..%2f${basename(root)}x%2fsecret.txt`]) {
        const res = await fetch(`${s.url}${path}`);
        expect([res.status, await res.text()], path).toEqual([403, "forbidden"]);
      }
      expect((await fetch(`${s.url}..%2f${basename(root)}%2fa.css`)).status).toBe(200);
    } finally {
      rmSync(`${root}x`, { recursive: true, force: true });
    }
  });

  it("answers 400 with a plain-text reason for a malformed URL", async () => {
    const s = await start();
    const res = await fetch(`${s.url}%E0%A4%A`);
    expect([res.status, res.headers.get("content-type"), await res.text()]).toEqual([400, "text/plain", "bad request: malformed URL\n"]);
  });

  it("answers 500 with the error's code when the read fails after the checks, and goes on serving", async () => {
    const s = await start();
    const res = await fetch(new URL("odd/", s.url));
    expect([res.status, res.headers.get("content-type"), await res.text()]).toEqual([500, "text/plain", "EISDIR\n"]);
    expect((await fetch(new URL("a.css", s.url))).status).toBe(200);
  });

  it("opens the event stream with its headers and a comment, and sends a shown error first to a page that connects", async () => {
    const s = await start();
    s.showError({ where: "a.md:1", message: "bad" });
    const stop = new AbortController();
    const res = await fetch(new URL("__live", s.url), { signal: stop.signal });
    expect([res.status, res.headers.get("content-type"), res.headers.get("cache-control")]).toEqual([200, "text/event-stream", "no-store"]);
    const reader = res.body!.getReader();
    let text = "";
    while (!text.includes("}\n\n")) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toBe(': connected\n\ndata: {"error":{"where":"a.md:1","message":"bad"}}\n\n');
    stop.abort();
  });

  it("closes with a page still connected", async () => {
    const s = await start();
    const res = await fetch(new URL("__live", s.url));
    const reader = res.body!.getReader();
    await reader.read();
    await s.close();
    server = undefined;
    expect((await reader.read()).done).toBe(true);
  });
});
