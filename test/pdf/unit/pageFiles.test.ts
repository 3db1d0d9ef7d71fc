/**
 * The page's synthetic origin and its files: which URLs name a file of the
 * page, and which files a page on disk may be answered with.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contentType, isPageOrigin, PAGE_ORIGIN, pageFromFolder, pageFromMap, pagePath, pageUrl } from "../../../src/pdf/pageFiles.js";

describe("the page's origin", () => {
  it("is http://paper.invalid, and only it", () => {
    expect(PAGE_ORIGIN).toBe("http://paper.invalid");
    expect(["http://paper.invalid/", "http://paper.invalid/a.css", "HTTP://PAPER.INVALID/x", "http://paper.invalid:80/x"].map(isPageOrigin)).toEqual([true, true, true, true]);
    expect(["https://paper.invalid/", "http://paper.invalid:81/", "http://x.paper.invalid/", "file:///paper.html", "paper.html", "", "http://"].map(isPageOrigin)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("maps a URL of the page to its page-relative path, decoded", () => {
    expect(pagePath("http://paper.invalid/paper.html")).toBe("paper.html");
    expect(pagePath("http://paper.invalid/assets/fonts/a%20b.woff2?x=1#y")).toBe("assets/fonts/a b.woff2");
    expect(pagePath("http://paper.invalid/a/../b.css")).toBe("b.css");
    expect(pagePath("http://paper.invalid/%2e%2e/b.css")).toBe("b.css");
    expect(pagePath("http://paper.invalid/caf%C3%A9.png")).toBe("café.png");
  });

  it("names no file for another origin, an empty, `.` or `..` segment, a backslash, a NUL or bad escapes", () => {
    for (const url of [
      "http://example.com/paper.html",
      "https://paper.invalid/paper.html",
      "http://paper.invalid/",
      "http://paper.invalid/a//b",
      "http://paper.invalid/a/",
      "http://paper.invalid/a%2F%2E%2E%2Fb",
      "http://paper.invalid/%2E%2E%2Fsecret",
      "http://paper.invalid/a%2F.%2Fb",
      "http://paper.invalid/a%5Cb",
      "http://paper.invalid/a%00b",
      "http://paper.invalid/%E0%A4%A",
      "not a url",
    ])
      expect(pagePath(url), url).toBeUndefined();
    expect(pagePath("http://paper.invalid/a..b/.c")).toBe("a..b/.c");
  });

  it("makes a page-relative path a URL, each segment escaped", () => {
    expect(pageUrl("paper.html")).toBe("http://paper.invalid/paper.html");
    expect(pageUrl("assets/a b/c#d?.css")).toBe("http://paper.invalid/assets/a%20b/c%23d%3F.css");
    expect(pagePath(pageUrl("assets/a b/c#d?.css"))).toBe("assets/a b/c#d?.css");
  });

  it("gives each kind of file the type Chromium needs, by extension in any case, and bytes for the rest", () => {
    const types = Object.fromEntries(
      ["a.html", "a.htm", "a.css", "a.svg", "a.png", "a.jpg", "a.jpeg", "a.gif", "a.webp", "a.woff2", "a.woff", "a.ttf", "a.otf", "a.json", "a.txt", "A.CSS", "a.bin", "css", "a.css.map"].map((f) => [
        f,
        contentType(f),
      ]),
    );
    expect(types).toEqual({
      "a.html": "text/html; charset=utf-8",
      "a.htm": "text/html; charset=utf-8",
      "a.css": "text/css; charset=utf-8",
      "a.svg": "image/svg+xml",
      "a.png": "image/png",
      "a.jpg": "image/jpeg",
      "a.jpeg": "image/jpeg",
      "a.gif": "image/gif",
      "a.webp": "image/webp",
      "a.woff2": "font/woff2",
      "a.woff": "font/woff",
      "a.ttf": "font/ttf",
      "a.otf": "font/otf",
      "a.json": "application/json",
      "a.txt": "text/plain; charset=utf-8",
      "A.CSS": "text/css; charset=utf-8",
      "a.bin": "application/octet-stream",
      css: "application/octet-stream",
      "a.css.map": "application/octet-stream",
    });
  });
});

describe("pageFromMap", () => {
  it("reads the page's files from the map, by path", () => {
    const png = new Uint8Array([1, 2]);
    const page = pageFromMap(new Map<string, Uint8Array | string>([["paper.html", "<p>x</p>"], ["a/b.png", png]]), "paper.html");
    expect(page.entry).toBe("paper.html");
    expect([page.read("paper.html"), page.read("a/b.png"), page.read("c.css")]).toEqual(["<p>x</p>", png, undefined]);
  });
});

describe("pageFromFolder", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "sg-pagefiles-"));
    mkdirSync(path.join(dir, "page", "assets"), { recursive: true });
    writeFileSync(path.join(dir, "page", "index.html"), "<p>page</p>");
    writeFileSync(path.join(dir, "page", "assets", "a.css"), "p{}");
    writeFileSync(path.join(dir, "secret.txt"), "secret");
    writeFileSync(path.join(dir, "page-sibling.txt"), "sibling");
    symlinkSync(path.join(dir, "secret.txt"), path.join(dir, "page", "out.txt"));
    symlinkSync(path.join(dir, "page", "assets", "a.css"), path.join(dir, "page", "in.css"));
    symlinkSync(path.join(dir, "page", "assets"), path.join(dir, "page", "dirlink"));
    symlinkSync(path.join(dir, "page"), path.join(dir, "pagelink"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("answers with the regular files inside the page's folder, where their paths really point", () => {
    const page = pageFromFolder(path.join(dir, "page", "index.html"));
    expect(page.entry).toBe("index.html");
    const read = (rel: string): string | undefined => {
      const b = page.read(rel);
      return b === undefined ? undefined : Buffer.from(b).toString();
    };
    expect(read("index.html")).toBe("<p>page</p>");
    expect(read("assets/a.css")).toBe("p{}");
    expect(read("in.css")).toBe("p{}");
    expect(read("dirlink/a.css")).toBe("p{}");
    expect(["out.txt", "../secret.txt", "../page-sibling.txt", "assets", "dirlink", "", ".", "none.png", "assets/none.css"].map((rel) => read(rel))).toEqual(
      Array(9).fill(undefined),
    );
  });

  it("takes the page's folder where it really is, and a relative path to the page", () => {
    const viaLink = pageFromFolder(path.join(dir, "pagelink", "index.html"));
    expect(Buffer.from(viaLink.read("assets/a.css")!).toString()).toBe("p{}");
    const cwd = process.cwd();
    const relative = pageFromFolder(path.relative(cwd, path.join(dir, "page", "index.html")));
    expect(relative.entry).toBe("index.html");
    expect(Buffer.from(relative.read("index.html")!).toString()).toBe("<p>page</p>");
  });
});
