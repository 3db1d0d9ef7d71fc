/**
 * serverWorker.ts on this thread: node:worker_threads is replaced (vi.mock)
 * by a fake parent port and workerData, and the module is imported afresh
 * for each start. What it replies, what it serves from the messages, and its
 * failed start.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { EventEmitter } from "node:events";
import { createServer, type Server } from "node:net";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ServerReply, ServerRequest } from "../../../src/watch/serverThread.js";

class FakePort extends EventEmitter {
  replies: ServerReply[] = [];
  closed = 0;
  postMessage(m: ServerReply): void {
    this.replies.push(m);
    this.emit("posted");
  }
  close(): void {
    this.closed++;
    this.emit("closed");
  }
  send(m: ServerRequest): void {
    this.emit("message", m);
  }
}

const thread = vi.hoisted(() => ({ port: null as unknown, data: {} as unknown }));
vi.mock("node:worker_threads", () => ({
  get parentPort() {
    return thread.port;
  },
  get workerData() {
    return thread.data;
  },
}));

/** Imports serverWorker.ts afresh with this port and data; resolves with its first reply. */
async function start(port: FakePort | null, data: unknown): Promise<ServerReply> {
  thread.port = port;
  thread.data = data;
  vi.resetModules();
  const replied = port ? new Promise<void>((ok) => port.once("posted", ok)) : Promise.resolve();
  await import("../../../src/watch/serverWorker.js");
  await replied;
  return port!.replies[0]!;
}

let root = "";
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "sg-server-worker-"));
  writeFileSync(join(root, "disk.txt"), "on disk\n");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("serverWorker", () => {
  it("refuses to run outside a worker thread", async () => {
    await expect(start(null, {})).rejects.toThrow("serverWorker.ts runs as a worker thread");
  });

  it("replies with its url, serves the files the messages name (kept or changed), reloads, shows errors, closes", async () => {
    const port = new FakePort();
    const reply = await start(port, { root, listenPort: 0 });
    expect(reply.type).toBe("listening");
    const url = (reply as { url: string }).url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const get = async (path: string): Promise<string> => (await fetch(`${url}${path}`)).text();

    port.send({ type: "serve", paths: ["a.txt", "b.txt"], changed: [["a.txt", "A1"], ["b.txt", new Uint8Array(Buffer.from("B1"))]] });
    expect([await get("a.txt"), await get("b.txt"), await get("disk.txt")]).toEqual(["A1", "B1", "on disk\n"]);
    // b.txt kept from memory and a.txt changed; then a.txt left out of the list is no longer served.
    port.send({ type: "serve", paths: ["a.txt", "b.txt"], changed: [["a.txt", "A2"]] });
    expect([await get("a.txt"), await get("b.txt")]).toEqual(["A2", "B1"]);
    port.send({ type: "serve", paths: ["b.txt"], changed: [] });
    expect([(await fetch(`${url}a.txt`)).status, await get("b.txt")]).toEqual([404, "B1"]);

    const stop = new AbortController();
    const live = await fetch(`${url}__live`, { signal: stop.signal });
    const reader = live.body!.getReader();
    let text = "";
    const next = async (pattern: RegExp): Promise<void> => {
      while (!pattern.test(text)) text += new TextDecoder().decode((await reader.read()).value);
    };
    await next(/: connected\n\n/);
    port.send({ type: "error", report: { where: "a.md:2", message: "bad" } });
    await next(/data: \{.*\n\n/);
    port.send({ type: "reload" });
    await next(/data: reload\n\n/);
    expect(text).toBe(': connected\n\ndata: {"error":{"where":"a.md:2","message":"bad"}}\n\ndata: {"error":null}\n\ndata: reload\n\n');
    stop.abort();

    const closed = new Promise<void>((ok) => port.once("closed", ok));
    port.send({ type: "close" });
    await closed;
    expect(port.closed).toBe(1);
    await expect(fetch(url)).rejects.toThrow("fetch failed");
    expect(port.replies.length).toBe(1);
  });

  it("replies failed with the code and message when it cannot listen, and closes its port", async () => {
    const busy: Server = createServer();
    await new Promise<void>((ok) => busy.listen(0, "127.0.0.1", ok));
    const taken = (busy.address() as { port: number }).port;
    try {
      const port = new FakePort();
      expect(await start(port, { root, listenPort: taken })).toEqual({ type: "failed", code: "EADDRINUSE", message: `listen EADDRINUSE: address already in use 127.0.0.1:${taken}` });
      expect(port.closed).toBe(1);
    } finally {
      await new Promise((ok) => busy.close(ok));
    }
  });
});
