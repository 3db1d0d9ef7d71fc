/**
 * The files of the page being printed, and the synthetic origin Chromium
 * loads them from.
 *
 * The page is opened as http://paper.invalid/paper.html, never as a file:
 * URL, and every request to that origin is answered by PdfPrinter from these
 * files only. Chromium itself refuses file: (and chrome:, view-source:)
 * subresources and navigations from an http page ("Not allowed to load local
 * resource"), so no file of the machine is reachable, whatever the page
 * asks for; `.invalid` is reserved (RFC 2606) and resolves nowhere, and the
 * browser has no network anyway (chromiumArgs.ts). Plain http, not https:
 * the page is then not a secure context (no service worker can exist) and
 * no request is silently dropped as mixed content, so every http(s) request
 * reaches the interception and is reported with the source that made it.
 */
import { lstatSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";

export const PAGE_ORIGIN = "http://paper.invalid";

export interface PageFiles {
  /** Path of the page itself, relative to the page's folder (e.g. `paper.html`). */
  entry: string;
  /** A file's bytes by its path relative to the page's folder, or undefined when the page has no such file. */
  read(rel: string): Uint8Array | string | undefined;
}

/** The page as the build holds it in memory: paper.html and its assets, by path relative to out/. */
export function pageFromMap(files: ReadonlyMap<string, Uint8Array | string>, entry: string): PageFiles {
  return { entry, read: (rel) => files.get(rel) };
}

/**
 * The page as a file on disk and the folder it is in. A request is answered
 * only with a regular file inside that folder, compared where paths really
 * point: a symbolic link out of the folder is as absent as a missing file.
 */
export function pageFromFolder(htmlFile: string): PageFiles {
  const root = realpathSync(path.dirname(path.resolve(htmlFile)));
  return {
    entry: path.basename(htmlFile),
    read: (rel) => {
      const file = path.join(root, rel);
      try {
        const real = realpathSync(file);
        if (!isInside(root, real) || !lstatSync(real).isFile()) return undefined;
        return readFileSync(real);
      } catch {
        return undefined;
      }
    },
  };
}

const isInside = (root: string, p: string): boolean => {
  const rel = path.relative(root, p);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
};

export const isPageOrigin = (url: string): boolean => URL.canParse(url) && new URL(url).origin === PAGE_ORIGIN;

/**
 * The page-relative path a URL of the page's origin asks for, or undefined
 * when it names no file of the page (or is of another origin). URL parsing
 * has already resolved `..` and `%2e%2e`; a decoded path that still holds a
 * `..`, `.` or empty segment (an encoded `%2F`), a backslash or a NUL names
 * no file of the page.
 */
export function pagePath(url: string): string | undefined {
  if (!isPageOrigin(url)) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(new URL(url).pathname.slice(1));
  } catch {
    return undefined;
  }
  return rel.split("/").some((s) => s === "" || s === "." || s === "..") || /[\\\0]/.test(rel) ? undefined : rel;
}

/** The URL the browser loads for a page-relative path. */
export const pageUrl = (rel: string): string => `${PAGE_ORIGIN}/${rel.split("/").map(encodeURIComponent).join("/")}`;

// The types Chromium needs to use each kind of file the page may hold (a stylesheet must be text/css).
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

export const contentType = (rel: string): string => TYPES[path.extname(rel).toLowerCase()] ?? "application/octet-stream";
