/**
 * The worker-thread entry of watch mode's server (see serverThread.ts): runs
 * startLiveReloadServer and follows the messages of the thread that builds.
 */
import { parentPort, workerData } from "node:worker_threads";
import { startLiveReloadServer } from "./liveReloadServer.js";
import type { ServerReply, ServerRequest } from "./serverThread.js";

const port = parentPort;
if (!port) throw new Error("serverWorker.ts runs as a worker thread");
const { root, listenPort } = workerData as { root: string; listenPort: number };
const reply = (m: ServerReply): void => port.postMessage(m);
try {
  const server = await startLiveReloadServer(root, listenPort);
  let memory = new Map<string, Uint8Array | string>();
  port.on("message", (m: ServerRequest) => {
    if (m.type === "serve") {
      const next = new Map<string, Uint8Array | string>();
      const changed = new Map(m.changed);
      for (const p of m.paths) next.set(p, changed.get(p) ?? (memory.get(p) as Uint8Array | string));
      memory = next;
      server.serve(memory);
    } else if (m.type === "reload") server.reload();
    else if (m.type === "error") server.showError(m.report);
    else void server.close().then(() => port.close());
  });
  reply({ type: "listening", url: server.url });
} catch (e) {
  reply({ type: "failed", code: (e as NodeJS.ErrnoException).code ?? "", message: e instanceof Error ? e.message : String(e) });
  port.close();
}
