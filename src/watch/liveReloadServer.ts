/**
 * A static file server for `out/` with live reload: every HTML page it
 * serves gets a tiny script that listens on /__live (Server-Sent Events) and
 * reloads when the build says so. Loopback only; no dependency.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".pdf": "application/pdf",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
};

const RELOAD_SCRIPT = `<script>(() => { const s = new EventSource("/__live"); s.onmessage = (e) => { if (e.data === "reload") location.reload(); }; })();</script>`;

export interface LiveReloadServer {
  url: string;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

export async function startLiveReloadServer(root: string, port = 0): Promise<LiveReloadServer> {
  const base = resolve(root);
  const clients = new Set<ServerResponse>();
  const serve = (req: IncomingMessage, res: ServerResponse): void => {
    let url: URL;
    let pathname: string;
    try {
      // Prefixed rather than resolved: '//site' is a path here, not a host.
      const target = req.url ?? "/";
      url = target.startsWith("/") ? new URL(`http://localhost${target}`) : new URL(target, "http://localhost");
      pathname = decodeURIComponent(url.pathname);
    } catch {
      // A malformed URL (e.g. a stray '%') is the client's mistake, not a reason to stop serving.
      res.writeHead(400, { "content-type": "text/plain" }).end("bad request: malformed URL\n");
      return;
    }
    if (url.pathname === "/__live") {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      res.write(": connected\n\n");
      clients.add(res);
      req.on("close", () => clients.delete(res));
      return;
    }
    let path = normalize(join(base, pathname));
    if (path !== base && !path.startsWith(base + sep)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) {
      // /site would serve site/index.html with its relative links resolved against /: send the browser to /site/.
      // Leading slashes are collapsed so the location never names another host (//host/).
      if (!url.pathname.endsWith("/")) {
        res.writeHead(302, { location: `/${url.pathname.replace(/^\/+/, "")}/${url.search}` }).end();
        return;
      }
      path = join(path, url.pathname === "/" ? "paper.html" : "index.html");
    }
    if (!existsSync(path)) {
      res.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${url.pathname}\n`);
      return;
    }
    const type = TYPES[extname(path)] ?? "application/octet-stream";
    let body: Buffer | string = readFileSync(path);
    if (type.startsWith("text/html")) {
      const html = body.toString("utf8");
      body = html.includes("</body>") ? html.replace("</body>", `${RELOAD_SCRIPT}</body>`) : html + RELOAD_SCRIPT;
    }
    res.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body);
  };
  const server: Server = createServer((req, res) => {
    try {
      serve(req, res);
    } catch (e) {
      // A rebuild replaces out/ while pages load: a file gone between the check and the read is a 404, and no request ends the session.
      const code = (e as NodeJS.ErrnoException).code;
      if (!res.headersSent) res.writeHead(code === "ENOENT" || code === "ENOTDIR" ? 404 : 500, { "content-type": "text/plain" });
      res.end(`${code ?? "error"}\n`);
    }
  });
  // A port in use (EADDRINUSE) or not allowed (EACCES) rejects, for the caller to explain, instead of an unhandled 'error' event.
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", fail);
      ok();
    });
  });
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    reload: () => {
      for (const c of clients) c.write("data: reload\n\n");
    },
    close: () =>
      new Promise<void>((ok) => {
        for (const c of clients) c.end();
        server.close(() => ok());
        // Idle keep-alive connections would hold close() for seconds after Ctrl-C.
        server.closeAllConnections();
      }),
  };
}
