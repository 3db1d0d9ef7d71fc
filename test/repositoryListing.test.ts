// scripts/repositoryListing.js: how `npm test` tells that a test wrote into the repository.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { changedMessage, changes, listRepository } from "../scripts/repositoryListing.js";

const root = mkdtempSync(join(tmpdir(), "sg-listing-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const put = (path: string, text: string): void => {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), text);
  utimesSync(join(root, path), 1_000_000, 1_000_000);
};

describe("listRepository(root)", () => {
  it("lists every file with its size and time, leaving out what the run itself writes", () => {
    for (const path of ["report/model.yaml", "out/site/index.html", ".cache/compute/a.json", "templates/page.html"]) put(path, "abc");
    for (const path of ["node_modules/x/index.js", "dist/main.js", ".git/HEAD", ".stryker-tmp/s/a.ts", "reports/mutation/m.json", ".cache/mutation/all.json", "mutation.log"]) put(path, "abc");
    put("report/notes.log", "kept: a log below the root is the project's");
    const listed = listRepository(root);
    expect([...listed.keys()].sort()).toEqual([".cache/compute/a.json", "out/site/index.html", "report/model.yaml", "report/notes.log", "templates/page.html"]);
    expect(listed.get("report/model.yaml")).toBe("3 1000000000");
  });
});

describe("changes(before, after)", () => {
  it("names each added, removed and changed file once, in path order", () => {
    const before = new Map([["a", "1 1"], ["b/c", "1 1"], ["d", "2 5"]]);
    const after = new Map([["a", "1 1"], ["b/b", "4 4"], ["d", "2 6"], ["e", "1 1"]]);
    expect(changes(before, after)).toEqual(["+ b/b", "- b/c", "~ d", "+ e"]);
    expect(changes(before, new Map(before))).toEqual([]);
  });

  it("shows at most 20 paths, then how many more", () => {
    const changed = Array.from({ length: 23 }, (_, i) => `+ out/shot-${String(i).padStart(2, "0")}.png`);
    const message = changedMessage(changed).split("\n");
    expect(message[0]).toBe("npm test: the tests changed the repository (they must write only into temporary folders):");
    expect(message.slice(1, 3)).toEqual(["  + out/shot-00.png", "  + out/shot-01.png"]);
    expect(message[20]).toBe("  + out/shot-19.png");
    expect(message[21]).toBe("  ... and 3 more");
    expect(message).toHaveLength(22);
    expect(changedMessage(changed.slice(0, 2))).toBe("npm test: the tests changed the repository (they must write only into temporary folders):\n  + out/shot-00.png\n  + out/shot-01.png");
  });
});
