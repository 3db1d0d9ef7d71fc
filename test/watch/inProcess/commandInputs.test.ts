/**
 * commandInputsTree's two tests (the watching itself: test/watch/watchFolders.test.ts):
 * which files are a results command's inputs, which folders are not walked.
 */
import { describe, expect, it } from "vitest";
import type { CommandSource } from "../../../src/source/types.js";
import { commandInputsTree } from "../../../src/watch/commandInputs.js";

const root = "/paper";
const source = { kind: "command", argv: ["node", "study.mjs"], text: "node study.mjs", inputs: ["study.mjs", "*.json", "data/**"], output: "results.json", timeout: 60, cwd: root, configFile: "safety-gap.config.yaml" } as CommandSource;

describe("commandInputsTree", () => {
  const tree = commandInputsTree(source, ["/paper/out/", "/paper/./report"]);

  it("walks the command's folder", () => {
    expect(tree.dir).toBe(root);
  });

  it("accepts the files the inputs' globs match, relative to the command's folder, with a backslash as a separator; no hidden file for a wildcard", () => {
    const paths = ["/paper/study.mjs", "/paper/params.json", "/paper/.params.json", "/paper/data/a/b.csv", "/paper/notes.txt", "/paper/sub/params.json", "/paper/sub\\params.json", "/other/study.mjs"];
    expect(paths.filter((p) => tree.accept(p))).toEqual(["/paper/study.mjs", "/paper/params.json", "/paper/data/a/b.csv"]);
  });

  it("does not walk the folders it is told (however they are written), node_modules or hidden folders", () => {
    const dirs = ["/paper/out", "/paper/report/", "/paper/node_modules", "/paper/data/node_modules", "/paper/.git", "/paper/data/.cache", "/paper/data", "/paper/node_modules_x", "/paper/x.git", "/paper/outer"];
    expect(dirs.filter((d) => tree.skipDir(d))).toEqual(["/paper/out", "/paper/report/", "/paper/node_modules", "/paper/data/node_modules", "/paper/.git", "/paper/data/.cache"]);
  });
});
