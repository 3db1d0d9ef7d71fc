import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLiveReloadServer, type LiveReloadServer } from "../../src/watch/liveReloadServer.js";

let server: LiveReloadServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), "sg-serve-"));
  writeFileSync(join(dir, "paper.html"), "<html><body><p>hi</p></body></html>");
  mkdirSync(join(dir, "site"));
  writeFileSync(join(dir, "site", "index.html"), "<html><body>site</body></html>");
  writeFileSync(join(dir, "results.json"), "{}");
  return dir;
}

describe("startLiveReloadServer(root, port)", () => {
  it("serves the paper at / with the reload script injected", async () => {
    server = await startLiveReloadServer(site());
    const html = await (await fetch(server.url)).text();
    expect(html).toContain("<p>hi</p>");
    expect(html).toContain('new EventSource("/__live")');
  });

  it("serves folders' index.html and other files as they are", async () => {
    server = await startLiveReloadServer(site());
    expect(await (await fetch(new URL("site/", server.url))).text()).toContain("site");
    const json = await fetch(new URL("results.json", server.url));
    expect(json.headers.get("content-type")).toContain("application/json");
    expect(await json.text()).toBe("{}");
  });

  it("answers 404 for missing files and 403 for paths outside the root", async () => {
    server = await startLiveReloadServer(site());
    expect((await fetch(new URL("nope.html", server.url))).status).toBe(404);
    expect((await fetch(`${server.url}..%2f..%2fetc%2fpasswd`)).status).toBe(403);
  });

  it("answers 400 to a malformed URL and keeps serving", async () => {
    server = await startLiveReloadServer(site());
    expect((await fetch(`${server.url}%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${server.url}site/%ZZ`)).status).toBe(400);
    expect((await fetch(server.url)).status).toBe(200);
  });

  it("redirects a folder without its trailing slash, so the page's relative links resolve", async () => {
    server = await startLiveReloadServer(site());
    const res = await fetch(new URL("site?x=1", server.url), { redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/site/?x=1");
    // Never to another host: '//site' stays on this server.
    expect((await fetch(`${server.url}/site`, { redirect: "manual" })).headers.get("location")).toBe("/site/");
    expect(await (await fetch(new URL("site", server.url))).text()).toContain("site");
  });

  it("rejects when the port is in use, and the server holding it goes on", async () => {
    server = await startLiveReloadServer(site());
    const port = Number(new URL(server.url).port);
    await expect(startLiveReloadServer(site(), port)).rejects.toMatchObject({ code: "EADDRINUSE" });
    expect((await fetch(server.url)).status).toBe(200);
  });

  it("serves the files given to serve() from memory, over the disk, until the next call", async () => {
    const root = site();
    server = await startLiveReloadServer(root);
    server.serve(new Map<string, Uint8Array | string>([["paper.html", "<html><body><p>fresh</p></body></html>"], ["assets/new.css", new TextEncoder().encode("p{}")]]));
    const html = await (await fetch(server.url)).text();
    expect(html).toContain("<p>fresh</p>");
    expect(html).toContain('new EventSource("/__live")');
    expect(await (await fetch(new URL("paper.html", server.url))).text()).toContain("<p>fresh</p>");
    const css = await fetch(new URL("assets/new.css", server.url));
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(await css.text()).toBe("p{}");
    expect(await (await fetch(new URL("results.json", server.url))).text()).toBe("{}");
    server.serve(new Map());
    expect(await (await fetch(server.url)).text()).toContain("<p>hi</p>");
    expect((await fetch(new URL("assets/new.css", server.url))).status).toBe(404);
  });

  it("pushes a failed build's error to open pages and to pages opened later, until the next reload", async () => {
    server = await startLiveReloadServer(site());
    const report = { where: "report/paper/01-introduction.md:3:7", message: "unknown key `x.y` <b>", fix: "Use a key of results.json." };
    const open = await liveEvents(server.url);
    server.showError(report);
    expect(await open.next()).toBe(JSON.stringify({ error: report }));
    const later = await liveEvents(server.url);
    expect(await later.next()).toBe(JSON.stringify({ error: report }));
    server.reload();
    expect(await open.next()).toBe('{"error":null}');
    expect(await open.next()).toBe("reload");
    const after = await liveEvents(server.url);
    server.reload();
    expect(await after.next()).toBe("reload");
    for (const e of [open, later, after]) await e.close();
  });

  it("pushes a reload event to connected pages", async () => {
    server = await startLiveReloadServer(site());
    const res = await fetch(new URL("__live", server.url));
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let seen = decoder.decode((await reader.read()).value);
    server.reload();
    while (!seen.includes("data: reload")) seen += decoder.decode((await reader.read()).value);
    expect(seen).toContain("data: reload");
    await reader.cancel();
  });
});

/** The data of each event /__live sends, in order. */
async function liveEvents(base: string): Promise<{ next(): Promise<string>; close(): Promise<void> }> {
  const res = await fetch(new URL("__live", base));
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const events: string[] = [];
  return {
    async next() {
      while (events.length === 0) {
        buffer += decoder.decode((await reader.read()).value);
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith("data: ")) events.push(block.slice(6));
        }
      }
      return events.shift() as string;
    },
    close: () => reader.cancel(),
  };
}
