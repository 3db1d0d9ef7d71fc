import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StageCache } from "../../src/pipeline/stageCache.js";
import { SafetyGapError } from "../../src/errors.js";

const fresh = () => new StageCache(mkdtempSync(join(tmpdir(), "sg-cache-")));

describe("StageCache.lookup(stage, inputs)", () => {
  it("misses with 'no cache' on an empty cache", () => {
    expect(fresh().lookup("compute", { params: "a" })).toEqual({ hit: false, reason: "no cache" });
  });

  it("hits with the stored files after store()", () => {
    const cache = fresh();
    cache.store("render", { text: "t1", code: "c" }, new Map([["paper.html", "<p>1</p>"], ["assets/a.css", "x"]]));
    const got = cache.lookup("render", { code: "c", text: "t1" });
    expect(got.hit).toBe(true);
    if (got.hit) {
      expect(new TextDecoder().decode(got.files.get("paper.html"))).toBe("<p>1</p>");
      expect([...got.files.keys()].sort()).toEqual(["assets/a.css", "paper.html"]);
    }
  });

  it("names the inputs that changed since the last run", () => {
    const cache = fresh();
    cache.store("compute", { params: "p1", code: "c1", deps: "d" }, new Map([["results.json", "{}"]]));
    expect(cache.lookup("compute", { params: "p2", code: "c1", deps: "d" })).toEqual({ hit: false, reason: "params changed" });
    expect(cache.lookup("compute", { params: "p2", code: "c2", deps: "d" })).toEqual({ hit: false, reason: "params, code changed" });
  });

  it("keeps an earlier version so flipping back is a hit", () => {
    const cache = fresh();
    cache.store("compute", { params: "p1" }, new Map([["r", "1"]]));
    cache.store("compute", { params: "p2" }, new Map([["r", "2"]]));
    expect(cache.lookup("compute", { params: "p1" }).hit).toBe(true);
  });
});

describe("StageCache.store(stage, inputs, files) that fails", () => {
  it("removes its temporary folder and says which cache folder it could not write", () => {
    const cache = fresh();
    cache.store("figures", { specs: "s1" }, new Map([["one.svg", "<svg/>"]]));
    // "a" is a file, so "a/b" cannot be written below it: the store fails part-way.
    const failing = new Map([["a", "file"], ["a/b", "below a file"]]);
    expect(() => cache.store("figures", { specs: "s2" }, failing)).toThrow(SafetyGapError);
    expect(() => cache.store("figures", { specs: "s2" }, failing)).toThrow(/cannot write the stage cache/);
    expect(readdirSync(join(cache.dir, "figures")).filter((e) => e.includes(".tmp-"))).toEqual([]);
    expect(cache.lookup("figures", { specs: "s2" }).hit).toBe(false);
    expect(cache.lookup("figures", { specs: "s1" }).hit).toBe(true);
  });
});

describe("StageCache.store(): pruning", () => {
  it("keeps the six newest entries of a stage and removes the older ones", () => {
    const cache = fresh();
    const keys = [1, 2, 3, 4, 5, 6, 7].map((i) => StageCache.keyOf({ params: `p${i}` }));
    for (let i = 1; i <= 7; i++) {
      cache.store("compute", { params: `p${i}` }, new Map([["r", String(i)]]));
      // Distinct ages a second apart: p1 oldest, p7 newest (mtime resolution differs between filesystems).
      const when = new Date(Date.UTC(2026, 0, 1, 0, 0, i));
      utimesSync(join(cache.dir, "compute", keys[i - 1]!), when, when);
    }
    // The 7th store pruned by the times before it was dated; an 8th store prunes by the times set here.
    cache.store("compute", { params: "p8" }, new Map([["r", "8"]]));
    const left = readdirSync(join(cache.dir, "compute")).filter((e) => e !== "last-inputs.json").sort();
    const newest = [StageCache.keyOf({ params: "p8" }), ...keys.slice(2)].sort();
    expect(left).toEqual(newest);
    expect(cache.lookup("compute", { params: "p1" })).toEqual({ hit: false, reason: "params changed" });
    expect(cache.lookup("compute", { params: "p3" }).hit).toBe(true);
  });
});

describe("StageCache: keys and misses", () => {
  it("keys on the inputs whatever their order: the SHA-256 of the sorted [name, value] pairs as JSON", () => {
    const key = StageCache.keyOf({ text: "t", code: "c" });
    expect(StageCache.keyOf({ code: "c", text: "t" })).toBe(key);
    expect(key).toBe(createHash("sha256").update('[["code","c"],["text","t"]]').digest("hex"));
    expect(StageCache.keyOf({ code: "c", text: "u" })).not.toBe(key);
  });

  it("says 'not cached' when the inputs are those of the last run but the entry is gone or incomplete", () => {
    const cache = fresh();
    cache.store("render", { text: "t" }, new Map([["a", "1"]]));
    const entry = join(cache.dir, "render", StageCache.keyOf({ text: "t" }));
    rmSync(join(entry, ".complete"));
    expect(cache.lookup("render", { text: "t" })).toEqual({ hit: false, reason: "not cached" });
    rmSync(entry, { recursive: true });
    expect(cache.lookup("render", { text: "t" })).toEqual({ hit: false, reason: "not cached" });
    // An input added or dropped since the last run counts as changed.
    expect(cache.lookup("render", { text: "t", code: "c" })).toEqual({ hit: false, reason: "code changed" });
    expect(cache.lookup("render", {})).toEqual({ hit: false, reason: "text changed" });
  });

  it("replaces an entry stored again, stores files in subfolders and empty files, and leaves no temporary folder", () => {
    const cache = fresh();
    cache.store("site", { s: "1" }, new Map([["old.html", "x"]]));
    cache.store("site", { s: "1" }, new Map<string, string | Uint8Array>([["deep/er/page.html", "<p>"], ["empty", new Uint8Array(0)]]));
    const got = cache.lookup("site", { s: "1" });
    if (!got.hit) throw new Error("expected a hit");
    expect([...got.files].map(([k, v]) => [k, Buffer.from(v).toString()])).toEqual([
      ["deep/er/page.html", "<p>"],
      ["empty", ""],
    ]);
    expect(readdirSync(join(cache.dir, "site")).sort()).toEqual([StageCache.keyOf({ s: "1" }), "last-inputs.json"]);
    expect(JSON.parse(readFileSync(join(cache.dir, "site", "last-inputs.json"), "utf8"))).toEqual({ s: "1" });
  });

  it("replaces a temporary folder of its own process left by an earlier store that stopped part-way", () => {
    const cache = fresh();
    const tmp = `${join(cache.dir, "render", StageCache.keyOf({ text: "t" }))}.tmp-${process.pid}`;
    mkdirSync(join(tmp, "files", "old"), { recursive: true });
    writeFileSync(join(tmp, "files", "old", "stale.html"), "stale");
    cache.store("render", { text: "t" }, new Map([["paper.html", "<p>"]]));
    const got = cache.lookup("render", { text: "t" });
    expect(got.hit && [...got.files].map(([k, v]) => [k, Buffer.from(v).toString()])).toEqual([["paper.html", "<p>"]]);
    expect(readdirSync(join(cache.dir, "render")).sort()).toEqual([StageCache.keyOf({ text: "t" }), "last-inputs.json"]);
  });

  it("hits with no files for a stage that stored none", () => {
    const cache = fresh();
    cache.store("figures", { specs: "none" }, new Map());
    expect(cache.lookup("figures", { specs: "none" })).toEqual({ hit: true, files: new Map(), reason: "cached" });
  });

  // On Windows a backslash separates folders; elsewhere it is a character of the file's name, and stays one.
  it.skipIf(process.platform === "win32")("gives back a file whose name holds a backslash under that name", () => {
    const cache = fresh();
    cache.store("figures", { specs: "s" }, new Map([["a\\b.svg", "<svg/>"], ["sub/c.svg", "<svg/>"]]));
    const got = cache.lookup("figures", { specs: "s" });
    expect(got.hit && [...got.files.keys()].sort()).toEqual(["a\\b.svg", "sub/c.svg"]);
  });

  it("does not count another process's temporary folder among the six it keeps, nor remove it", () => {
    const cache = fresh();
    const stageDir = join(cache.dir, "compute");
    mkdirSync(join(stageDir, "abc.tmp-999999"), { recursive: true });
    for (let i = 1; i <= 6; i++) cache.store("compute", { params: `p${i}` }, new Map([["r", String(i)]]));
    const left = readdirSync(stageDir);
    expect(left).toContain("abc.tmp-999999");
    expect(left.filter((e) => !e.includes(".tmp-") && e !== "last-inputs.json")).toHaveLength(6);
  });
});

describe("StageCache(dir, lastRead): the entry each stage last read, kept in memory", () => {
  it("serves a hit from the shared map without reading the disk again, and reads the disk for another entry", () => {
    const dir = mkdtempSync(join(tmpdir(), "sg-cache-"));
    const memory = new Map<string, { entry: string; files: Map<string, Uint8Array> }>();
    const first = new StageCache(dir, memory);
    first.store("compute", { params: "p1" }, new Map([["results.json", "one"]]));
    first.store("compute", { params: "p2" }, new Map([["results.json", "two"]]));
    const hit = first.lookup("compute", { params: "p1" });
    expect(hit.hit && new TextDecoder().decode(hit.files.get("results.json"))).toBe("one");
    const entry = join(dir, "compute", StageCache.keyOf({ params: "p1" }));
    expect([...memory.keys()]).toEqual([join(dir, "compute")]);
    expect(memory.get(join(dir, "compute"))?.entry).toBe(entry);
    // The entry's file changed on disk behind the cache's back: a cache sharing the map answers from memory ...
    writeFileSync(join(entry, "files", "results.json"), "changed");
    const again = new StageCache(dir, memory).lookup("compute", { params: "p1" });
    expect(again.hit && new TextDecoder().decode(again.files.get("results.json"))).toBe("one");
    // ... one with a map of its own reads the disk.
    const own = new StageCache(dir).lookup("compute", { params: "p1" });
    expect(own.hit && new TextDecoder().decode(own.files.get("results.json"))).toBe("changed");
    // Another entry of the stage is read from disk and replaces the one kept.
    const other = new StageCache(dir, memory).lookup("compute", { params: "p2" });
    expect(other.hit && new TextDecoder().decode(other.files.get("results.json"))).toBe("two");
    expect(memory.get(join(dir, "compute"))?.entry).toBe(join(dir, "compute", StageCache.keyOf({ params: "p2" })));
  });

  it("gives each caller a map of its own: a file set on one hit is not in the next", () => {
    const dir = mkdtempSync(join(tmpdir(), "sg-cache-"));
    const cache = new StageCache(dir, new Map());
    cache.store("figures", { specs: "s" }, new Map([["fig1.svg", "<svg/>"]]));
    const one = cache.lookup("figures", { specs: "s" });
    if (one.hit) one.files.set("extra.svg", new Uint8Array());
    const two = cache.lookup("figures", { specs: "s" });
    expect(two.hit && [...two.files.keys()]).toEqual(["fig1.svg"]);
  });
});
