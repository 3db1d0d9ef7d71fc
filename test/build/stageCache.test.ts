import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StageCache } from "../../src/build/stageCache.js";

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
