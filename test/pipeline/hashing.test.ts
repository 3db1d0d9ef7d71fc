/**
 * The stage cache's content hashes. The byte stream each hash is taken over
 * is spelled out here, so a change of format (which would silently keep or
 * drop every cached stage) fails a test.
 */
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hashFolders, hashPackageVersions, installedVersion, sha256 } from "../../src/pipeline/hashing.js";

const hex = (s: string) => createHash("sha256").update(s).digest("hex");

/** A folder with `files` (relative path -> contents), written in the given order. */
function tree(files: [string, string][]): string {
  const root = mkdtempSync(join(tmpdir(), "sg-hash-"));
  for (const [rel, data] of files) {
    mkdirSync(join(root, rel, ".."), { recursive: true });
    writeFileSync(join(root, rel), data);
  }
  return root;
}

describe("sha256(data)", () => {
  it("is the hex SHA-256 of a string (UTF-8) or of bytes", () => {
    expect(sha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256(new Uint8Array([0x61, 0x62, 0x63]))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});

describe("hashFolders(root, folders)", () => {
  it("hashes path NUL contents NUL of every file, folders in sorted order, files sorted by name (subfolders in place)", () => {
    // Written out of order, so the sort is what puts them in order.
    const root = tree([["b/z.txt", "Z"], ["b/m/y.txt", "Y"], ["b/a.txt", "A"], ["a/only.txt", "1"]]);
    const stream = "a/only.txt\u00001\u0000" + "b/a.txt\u0000A\u0000" + "b/m/y.txt\u0000Y\u0000" + "b/z.txt\u0000Z\u0000";
    expect(hashFolders(root, ["b", "a"])).toBe(hex(stream));
    expect(hashFolders(root, ["a", "b"])).toBe(hex(stream));
  });

  it("takes a folder's files in name order whatever order the file system lists them in", () => {
    // Twelve names written in a scrambled order: ext4 lists them in hash order and tmpfs newest first (some sandboxes'
    // file systems list them sorted, where the sort cannot be seen).
    const names = ["k", "c", "Z", "a1", "b", "a10", "a2", "x", "M", "e", "d", "q"];
    const root = tree(names.map((n) => [`f/${n}`, n]));
    const sorted = [...names].sort((a, b) => (a < b ? -1 : 1));
    expect(sorted).toEqual(["M", "Z", "a1", "a10", "a2", "b", "c", "d", "e", "k", "q", "x"]);
    expect(hashFolders(root, ["f"])).toBe(hex(sorted.map((n) => `f/${n}\u0000${n}\u0000`).join("")));
  });

  it("sees every change between two calls in one process: same-size contents, a file added, a folder appearing", () => {
    const root = tree([["r/x", "1"]]);
    const first = hashFolders(root, ["r", "s"]);
    expect(first).toBe(hex("r/x\u00001\u0000missing:s\u0000"));
    expect(hashFolders(root, ["r", "s"])).toBe(first);
    writeFileSync(join(root, "r", "x"), "2");
    expect(hashFolders(root, ["r", "s"])).toBe(hex("r/x\u00002\u0000missing:s\u0000"));
    writeFileSync(join(root, "r", "y"), "3");
    expect(hashFolders(root, ["r", "s"])).toBe(hex("r/x\u00002\u0000r/y\u00003\u0000missing:s\u0000"));
    mkdirSync(join(root, "s"));
    writeFileSync(join(root, "s", "z"), "4");
    expect(hashFolders(root, ["r", "s"])).toBe(hex("r/x\u00002\u0000r/y\u00003\u0000s/z\u00004\u0000"));
  });

  it("sees a missing folder appear empty, and tells the same files apart by the root their names are relative to", () => {
    const root = tree([["r/sub/x", "1"]]);
    expect(hashFolders(root, ["e"])).toBe(hex("missing:e\u0000"));
    mkdirSync(join(root, "e"));
    expect(hashFolders(root, ["e"])).toBe(hex(""));
    expect(hashFolders(root, ["r/sub"])).toBe(hex("r/sub/x\u00001\u0000"));
    expect(hashFolders(join(root, "r"), ["sub"])).toBe(hex("sub/x\u00001\u0000"));
  });

  it("hashes a missing folder as missing:<name> NUL, and a file given as a folder as itself", () => {
    const root = tree([["model.yaml", "seed: 42\n"], ["figures/f.json", "{}"]]);
    expect(hashFolders(root, ["nothing"])).toBe(hex("missing:nothing\u0000"));
    expect(hashFolders(root, ["model.yaml", "nothing"])).toBe(hex("model.yaml\u0000seed: 42\n\u0000missing:nothing\u0000"));
    expect(hashFolders(root, [])).toBe(hex(""));
  });

  it("changes when a file's name or contents change, and not with the folder the tree is in", () => {
    const a = hashFolders(tree([["r/x", "1"]]), ["r"]);
    expect(hashFolders(tree([["r/x", "1"]]), ["r"])).toBe(a);
    expect(hashFolders(tree([["r/x", "2"]]), ["r"])).not.toBe(a);
    expect(hashFolders(tree([["r/y", "1"]]), ["r"])).not.toBe(a);
  });
});

describe("installedVersion(root, name)", () => {
  it("finds the package in the nearest node_modules at or above root, as Node does", () => {
    const root = tree([["node_modules/vega/package.json", JSON.stringify({ version: "6.4.0" })], ["paper/sub/node_modules/vega/package.json", JSON.stringify({ version: "5.0.0" })]]);
    mkdirSync(join(root, "paper", "deeper"), { recursive: true });
    expect(installedVersion(join(root, "paper", "deeper"), "vega")).toBe("6.4.0");
    expect(installedVersion(join(root, "paper", "sub"), "vega")).toBe("5.0.0");
    expect(installedVersion(join(root, "paper", "deeper"), "sg-no-such-package")).toBe("absent");
  });
});

describe("hashPackageVersions(root, packages)", () => {
  it("hashes name@version lines in sorted order, 'absent' for a package not installed", () => {
    const root = tree([
      ["node_modules/vega/package.json", JSON.stringify({ name: "vega", version: "6.4.0" })],
      ["node_modules/@scope/p/package.json", JSON.stringify({ version: "1.0.0-rc.1" })],
      ["node_modules/noversion/package.json", "{}"],
    ]);
    expect(hashPackageVersions(root, ["vega", "missing", "@scope/p", "noversion"])).toBe(hex("@scope/p@1.0.0-rc.1\nmissing@absent\nnoversion@unknown\nvega@6.4.0"));
    expect(hashPackageVersions(root, [])).toBe(hex(""));
  });
});
