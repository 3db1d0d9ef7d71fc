import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeTreeAtomically } from "../../src/build/writeTreeAtomically.js";

describe("writeTreeAtomically(outDir, files)", () => {
  it("writes nested files and keeps entries it does not produce", () => {
    const root = mkdtempSync(join(tmpdir(), "sg-out-"));
    const out = join(root, "out");
    mkdirSync(out);
    writeFileSync(join(out, "notes.txt"), "mine");
    writeTreeAtomically(out, new Map([["paper.html", "<p>"], ["data/a.csv", "x\n"]]));
    expect(readFileSync(join(out, "paper.html"), "utf8")).toBe("<p>");
    expect(readFileSync(join(out, "data/a.csv"), "utf8")).toBe("x\n");
    expect(readFileSync(join(out, "notes.txt"), "utf8")).toBe("mine");
    expect(readdirSync(root)).toEqual(["out"]); // no staging folder left behind
  });

  it("replaces a produced folder whole (no stale files inside)", () => {
    const out = join(mkdtempSync(join(tmpdir(), "sg-out-")), "out");
    writeTreeAtomically(out, new Map([["data/old.csv", "1"]]));
    writeTreeAtomically(out, new Map([["data/new.csv", "2"]]));
    expect(readdirSync(join(out, "data"))).toEqual(["new.csv"]);
  });

  it("leaves the previous output untouched when a path is invalid", () => {
    const root = mkdtempSync(join(tmpdir(), "sg-out-"));
    const out = join(root, "out");
    writeTreeAtomically(out, new Map([["paper.html", "v1"]]));
    expect(() => writeTreeAtomically(out, new Map([["paper.html", "v2"], ["../evil", "x"]]))).toThrow(/escapes/);
    expect(readFileSync(join(out, "paper.html"), "utf8")).toBe("v1");
    expect(existsSync(join(root, "evil"))).toBe(false);
    expect(readdirSync(root)).toEqual(["out"]);
  });
});

describe("writeTreeAtomically(outDir, files, stale)", () => {
  it("removes stale entries the build did not produce this time", () => {
    const out = join(mkdtempSync(join(tmpdir(), "sg-out-")), "out");
    writeTreeAtomically(out, new Map([["paper.html", "v1"], ["paper.pdf", "old"], ["site/index.html", "s"]]));
    writeTreeAtomically(out, new Map([["paper.html", "v2"]]), ["paper.pdf", "site"]);
    expect(readdirSync(out).sort()).toEqual(["paper.html"]);
  });
});
