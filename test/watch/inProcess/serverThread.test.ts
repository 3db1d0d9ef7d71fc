/**
 * startServerThread's end of the worker, with the worker replaced by a fake
 * (vi.mock of compiledWorkerFile and startWorker): what it posts, what it
 * sends of the files (only those changed), how a failed start is reported,
 * and how close waits for the worker. Without a compiled worker file it runs
 * the server on this thread.
 */
import { describe, expect, it, vi } from "vitest";
import { EventEmitter } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ServerRequest } from "../../../src/watch/serverThread.js";

class FakeWorker extends EventEmitter {
  posted: ServerRequest[] = [];
  terminated = 0;
  options: unknown;
  postMessage(m: ServerRequest): void {
    this.posted.push(m);
  }
  terminate(): Promise<number> {
    this.terminated++;
    return Promise.resolve(0);
  }
}

const state = vi.hoisted(() => ({ compiled: true, workers: [] as unknown[], urls: [] as unknown[] }));

vi.mock("../../../src/compiledWorkerFile.js", () => ({ compiledWorkerFile: (from: string, dir: string, name: string) => (state.compiled ? new URL(`file:///compiled/${dir}/${name}.js?${from.endsWith("serverThread.ts")}`) : undefined) }));
vi.mock("../../../src/startWorker.js", () => ({
  startWorker: (url: URL, options: unknown) => {
    const w = new FakeWorker();
    w.options = options;
    state.urls.push(url.href);
    state.workers.push(w);
    return w;
  },
}));

const { startServerThread } = await import("../../../src/watch/serverThread.js");

/** The fake worker started last, once startServerThread has started it. */
async function lastWorker(): Promise<FakeWorker> {
  while (state.workers.length === 0) await new Promise<void>((ok) => setImmediate(ok));
  return state.workers.pop() as FakeWorker;
}

describe("startServerThread with a worker", () => {
  it("starts serverWorker with the root and port, and resolves with the url the worker says it listens on", async () => {
    const starting = startServerThread("/site", 4321);
    const w = await lastWorker();
    expect(state.urls.at(-1)).toBe("file:///compiled/watch/serverWorker.js?true");
    expect(w.options).toEqual({ workerData: { root: "/site", listenPort: 4321 } });
    w.emit("message", { type: "listening", url: "http://127.0.0.1:4321/" });
    const server = await starting;
    expect(server.url).toBe("http://127.0.0.1:4321/");

    const html = new Uint8Array([1, 2, 3]);
    server.serve(new Map<string, Uint8Array | string>([["paper.html", html], ["a.txt", "a"]]));
    // Same bytes in a new array, a changed string, a string that was bytes, a new path.
    server.serve(new Map<string, Uint8Array | string>([["paper.html", new Uint8Array([1, 2, 3])], ["a.txt", "b"], ["b.txt", "x"]]));
    server.serve(new Map<string, Uint8Array | string>([["paper.html", "text now"], ["a.txt", "b"], ["b.txt", "x"]]));
    server.serve(new Map<string, Uint8Array | string>([["paper.html", new Uint8Array([1, 2, 4])], ["a.txt", "b"]]));
    server.serve(new Map<string, Uint8Array | string>([["paper.html", new Uint8Array(new Uint8Array([0, 1, 2, 4]).buffer, 1, 3)], ["a.txt", "b"]]));
    server.reload();
    server.showError({ where: "a.md:1", message: "m" });
    expect(w.posted).toEqual([
      { type: "serve", paths: ["paper.html", "a.txt"], changed: [["paper.html", html], ["a.txt", "a"]] },
      { type: "serve", paths: ["paper.html", "a.txt", "b.txt"], changed: [["a.txt", "b"], ["b.txt", "x"]] },
      { type: "serve", paths: ["paper.html", "a.txt", "b.txt"], changed: [["paper.html", "text now"]] },
      { type: "serve", paths: ["paper.html", "a.txt"], changed: [["paper.html", new Uint8Array([1, 2, 4])]] },
      { type: "serve", paths: ["paper.html", "a.txt"], changed: [] },
      { type: "reload" },
      { type: "error", report: { where: "a.md:1", message: "m" } },
    ]);

    const closing = server.close();
    await new Promise<void>((ok) => setImmediate(ok));
    expect(w.posted.at(-1)).toEqual({ type: "close" });
    expect(w.terminated).toBe(0);
    w.emit("exit", 0);
    await closing;
    expect(w.terminated).toBe(1);
  });

  it("rejects with the worker's error code and message when it cannot listen, and ends the worker", async () => {
    const starting = startServerThread("/site", 80);
    const w = await lastWorker();
    w.emit("message", { type: "failed", code: "EACCES", message: "listen EACCES: permission denied 127.0.0.1:80" });
    const error = (await starting.catch((e: unknown) => e)) as Error & { code: string };
    expect([error.message, error.code]).toEqual(["listen EACCES: permission denied 127.0.0.1:80", "EACCES"]);
    expect(w.terminated).toBe(1);
  });

  it("rejects with the worker's own error when it fails to start", async () => {
    const starting = startServerThread("/site", 80);
    const w = await lastWorker();
    const boom = new Error("cannot load");
    w.emit("error", boom);
    await expect(starting).rejects.toBe(boom);
  });
});

describe("startServerThread without a compiled worker file", () => {
  it("runs the server on this thread", async () => {
    state.compiled = false;
    const root = mkdtempSync(join(tmpdir(), "sg-server-thread-"));
    try {
      const server = await startServerThread(root, 0);
      expect(state.workers).toEqual([]);
      server.serve(new Map([["paper.html", "<p>hi</p>"]]));
      const res = await fetch(server.url);
      expect(await res.text()).toMatch(/^<p>hi<\/p>/);
      await server.close();
    } finally {
      state.compiled = true;
      rmSync(root, { recursive: true, force: true });
    }
  });
});
