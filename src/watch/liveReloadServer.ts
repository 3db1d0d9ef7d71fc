/**
 * A static file server for `out/` with live reload: every HTML page it
 * serves gets a tiny script that listens on /__live (Server-Sent Events),
 * reloads when the build says so, and shows a failed build's error over the
 * page. Files the rebuild has just made are served from memory (`serve`)
 * before they reach the disk, so the browser never waits for the commit of
 * out/. Loopback only; no dependency.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, relative, resolve, sep } from "node:path";
import * as msg from "../messages/cli.js";

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

/** A failed build as the overlay shows it: plain text, which the page puts in with textContent (never parsed as HTML). */
export interface BuildErrorReport {
  /** `file:line:column`, or the file alone, or "" when the error has no place. */
  where: string;
  message: string;
  /** The offending line with a caret under it. */
  excerpt?: string;
  fix?: string;
}

/** Overlay texts the page shows besides the error itself. */
const OVERLAY_TEXT = JSON.stringify({ title: msg.overlayTitle(), footer: msg.overlayFooter() }).replace(/</g, "\\u003c");

/**
 * The page's end of /__live. Messages: "reload", or JSON `{"error": BuildErrorReport}`
 * (shown in a fixed box over the page) or `{"error": null}` (removed). Text is
 * set with textContent, so an error quoting `<script>` shows as those characters.
 */
const RELOAD_SCRIPT = `<script>(() => {
const t = ${OVERLAY_TEXT};
const show = (r) => {
  document.getElementById("safety-gap-error")?.remove();
  if (!r) return;
  const box = document.createElement("div");
  box.id = "safety-gap-error";
  box.setAttribute("role", "alert");
  box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.88);color:#fff;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:2em";
  const add = (tag, text, css) => { if (!text) return; const e = document.createElement(tag); e.textContent = text; e.style.cssText = css || ""; box.append(e); };
  add("p", t.title, "color:#ff8a80;font-weight:bold;margin:0 0 1em");
  add("p", r.where, "color:#ffd180;margin:0");
  add("p", r.message, "margin:0 0 1em;white-space:pre-wrap");
  add("pre", r.excerpt, "margin:0 0 1em;white-space:pre");
  add("p", r.fix ? "fix: " + r.fix : "", "margin:0 0 1em;white-space:pre-wrap;color:#b9f6ca");
  add("p", t.footer, "color:#bbb;margin:0");
  document.body.append(box);
};
const s = new EventSource("/__live");
s.onmessage = (e) => { if (e.data === "reload") location.reload(); else show(JSON.parse(e.data).error); };
})();</script>`;

export interface LiveReloadServer {
  url: string;
  /**
   * Serves these files (paths relative to the root) from memory, over what
   * the disk holds, until the next call: the rebuild's fresh page, shown
   * before its commit to out/ ends.
   */
  serve(files: ReadonlyMap<string, Uint8Array | string>): void;
  /** Tells every open page to reload, and forgets the error shown. */
  reload(): void;
  /** Shows the error over every open page, and over pages opened until the next reload. */
  showError(report: BuildErrorReport): void;
  close(): Promise<void>;
}

export async function startLiveReloadServer(root: string, port = 0): Promise<LiveReloadServer> {
  const base = resolve(root);
  const clients = new Set<ServerResponse>();
  let memory: ReadonlyMap<string, Uint8Array | string> = new Map();
  let error: string | undefined;
  const send = (data: string): void => {
    for (const c of clients) c.write(`data: ${data}\n\n`);
  };
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
      if (error !== undefined) res.write(`data: ${error}\n\n`);
      clients.add(res);
      req.on("close", () => clients.delete(res));
      return;
    }
    let path = normalize(join(base, pathname));
    if (path !== base && !path.startsWith(base + sep)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    const held = (p: string): Uint8Array | string | undefined => memory.get(relative(base, p).split(sep).join("/"));
    if (held(path) === undefined && existsSync(path) && statSync(path).isDirectory()) {
      // /site would serve site/index.html with its relative links resolved against /: send the browser to /site/.
      // Leading slashes are collapsed so the location never names another host (//host/).
      if (!url.pathname.endsWith("/")) {
        res.writeHead(302, { location: `/${url.pathname.replace(/^\/+/, "")}/${url.search}` }).end();
        return;
      }
      path = join(path, url.pathname === "/" ? "paper.html" : "index.html");
    }
    const inMemory = held(path);
    if (inMemory === undefined && !existsSync(path)) {
      res.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${url.pathname}\n`);
      return;
    }
    const type = TYPES[extname(path)] ?? "application/octet-stream";
    let body: Uint8Array | string = inMemory ?? readFileSync(path);
    if (type.startsWith("text/html")) {
      const html = typeof body === "string" ? body : Buffer.from(body).toString("utf8");
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
    serve: (files) => {
      memory = new Map(files);
    },
    reload: () => {
      if (error !== undefined) send(JSON.stringify({ error: null }));
      error = undefined;
      send("reload");
    },
    showError: (report) => {
      // One line of JSON: an SSE data field ends at a newline, and JSON escapes them.
      error = JSON.stringify({ error: report });
      send(error);
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
