/**
 * Watch mode's live-reload server in a worker thread of its own. The thread
 * that builds runs review, the supplement and the commit of out/ as long
 * synchronous stretches; a server on that thread would answer the
 * browser's reload only after them. In its own thread it answers at once,
 * from memory for the files just rendered (`serve`). Without a compiled
 * worker file (tests run from src/ before `node scripts/dist.js`), the
 * server runs on the calling thread.
 */
import { compiledWorkerFile } from "../compiledWorkerFile.js";
import { startWorker } from "../startWorker.js";
import { startLiveReloadServer, type BuildErrorReport, type LiveReloadServer } from "./liveReloadServer.js";

export type ServerRequest =
  /** `paths`: every file served from memory; `changed`: those whose bytes differ from the last message's (the rest are kept). */
  | { type: "serve"; paths: string[]; changed: [string, Uint8Array | string][] }
  | { type: "reload" }
  | { type: "error"; report: BuildErrorReport }
  | { type: "close" };

export type ServerReply = { type: "listening"; url: string } | { type: "failed"; code: string; message: string };

export async function startServerThread(root: string, port: number): Promise<LiveReloadServer> {
  const url = compiledWorkerFile(import.meta.url, "watch", "serverWorker");
  if (!url) return startLiveReloadServer(root, port);
  const worker = startWorker(url, { workerData: { root, listenPort: port } });
  const first = await new Promise<ServerReply>((ok, fail) => {
    worker.once("message", ok);
    worker.once("error", fail);
  });
  if (first.type === "failed") {
    await worker.terminate();
    // The same shape as listen()'s error, for the caller to explain (EADDRINUSE, EACCES).
    throw Object.assign(new Error(first.message), { code: first.code });
  }
  const exited = new Promise<void>((ok) => worker.once("exit", () => ok()));
  let sent = new Map<string, Uint8Array | string>();
  const post = (m: ServerRequest): void => worker.postMessage(m);
  return {
    url: first.url,
    serve: (files) => {
      // Only what changed crosses the thread: a text edit sends paper.html and provenance.json, not the fonts.
      const changed = [...files].filter(([p, data]) => !same(sent.get(p), data));
      sent = new Map(files);
      post({ type: "serve", paths: [...files.keys()], changed });
    },
    reload: () => post({ type: "reload" }),
    showError: (report) => post({ type: "error", report }),
    close: async () => {
      post({ type: "close" });
      await Promise.race([exited, new Promise<void>((ok) => setTimeout(ok, 2000).unref())]);
      await worker.terminate();
    },
  };
}

function same(a: Uint8Array | string | undefined, b: Uint8Array | string): boolean {
  if (a === undefined || typeof a !== typeof b) return false;
  if (typeof a === "string") return a === b;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b as Uint8Array);
}
