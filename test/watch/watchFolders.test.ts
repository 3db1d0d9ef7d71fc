/**
 * watchFolders on a real temporary folder: every save is seen, whether the
 * editor writes in place or writes a temporary file and renames it over the
 * source (safe-save, `sed -i`, `mv`), also after the first rename; the
 * temporary files themselves are not reported. Waits are for events, with a
 * generous limit that only turns a hang into a failure.
 */
import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { watchFolders, type FolderWatcher } from "../../src/watch/watchFolders.js";
import { commandInputsTree } from "../../src/watch/commandInputs.js";
import type { CommandSource } from "../../src/source/types.js";

const LIMIT_MS = 15_000;

let watcher: FolderWatcher | undefined;
let root = "";
afterEach(() => {
  watcher?.close();
  watcher = undefined;
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Starts watching `folders` and returns a function that waits for the next report naming `file`. */
function watchAll(folders: Parameters<typeof watchFolders>[0], options?: Parameters<typeof watchFolders>[2]): { changeOf: (file: string) => Promise<string[]> } {
  const reports: string[][] = [];
  let wake: (() => void) | undefined;
  watcher = watchFolders(
    folders,
    (changed) => {
      reports.push(changed);
      wake?.();
    },
    options,
  );
  return {
    changeOf: async (file) => {
      const limit = Date.now() + LIMIT_MS;
      for (;;) {
        const i = reports.findIndex((r) => r.includes(file));
        if (i >= 0) return reports.splice(0, i + 1).flat();
        if (Date.now() > limit) throw new Error(`no change reported for ${file}; reports: ${JSON.stringify(reports)}`);
        await new Promise<void>((ok) => {
          wake = ok;
          setTimeout(ok, 500);
        });
      }
    },
  };
}

/** What `sed -i` and editors' safe-save do: write a sibling temporary file, rename it over the target. */
function replaceByRename(file: string, text: string, tmpName: string): void {
  const tmp = join(file, "..", tmpName);
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

function project(): { report: string; paper: string; model: string; discussion: string } {
  root = mkdtempSync(join(tmpdir(), "sg-watch-folders-"));
  const report = join(root, "report");
  const paper = join(report, "paper");
  mkdirSync(paper, { recursive: true });
  const model = join(report, "model.yaml");
  const discussion = join(paper, "04-discussion.md");
  writeFileSync(model, "seed: 42\n");
  writeFileSync(discussion, "# Discussion\n");
  return { report, paper, model, discussion };
}

describe.each([
  ["file events", undefined],
  ["polling", { pollMs: 50 }],
])("watchFolders (%s)", (_mode, options) => {
  it("reports every save of a file, in place or replaced by a rename, again and again", async () => {
    const p = project();
    const w = watchAll([p.report], options);
    for (let i = 1; i <= 3; i++) {
      replaceByRename(p.discussion, `# Discussion\n\nrename ${i}\n`, `sed${i}AbCd`);
      expect(await w.changeOf(p.discussion)).not.toContain(join(p.paper, `sed${i}AbCd`));
      writeFileSync(p.discussion, `# Discussion\n\nin place ${i}\n`);
      await w.changeOf(p.discussion);
      replaceByRename(p.model, `seed: ${42 + i}\n`, `.model.yaml.tmp${i}`);
      expect(await w.changeOf(p.model)).not.toContain(join(p.report, `.model.yaml.tmp${i}`));
    }
  });

  it("follows folders created while watching, and reports deleted files", async () => {
    const p = project();
    const w = watchAll([p.report], options);
    const figures = join(p.report, "figures");
    mkdirSync(figures);
    const spec = join(figures, "fig1.vl.json");
    writeFileSync(spec, "{}");
    await w.changeOf(spec);
    replaceByRename(spec, '{"mark": "bar"}', "fig1.vl.json.swp-save");
    await w.changeOf(spec);
    writeFileSync(spec, '{"mark": "point"}');
    await w.changeOf(spec);
    rmSync(p.model);
    await w.changeOf(p.model);
  });
});

describe("a results command's inputs (commandInputsTree)", () => {
  it("reports a change of a declared input anywhere in the paper folder, and nothing else: not other files, not out/, node_modules/ or hidden folders", async () => {
    root = mkdtempSync(join(tmpdir(), "sg-watch-inputs-"));
    for (const d of ["data", "out", "node_modules/x", ".git", "report"]) mkdirSync(join(root, d), { recursive: true });
    const files = ["study.mjs", "params.json", "notes.txt", "data/a.csv", "out/a.csv", "node_modules/x/study.mjs", ".git/params.json"];
    for (const f of files) writeFileSync(join(root, f), "0\n");
    const source = { kind: "command", argv: ["node", "study.mjs"], text: "node study.mjs", inputs: ["study.mjs", "*.json", "**/*.csv"], output: "results.json", timeout: 60, cwd: root, configFile: "safety-gap.config.yaml" } as CommandSource;
    const tree = commandInputsTree(source, [join(root, "out"), join(root, "report")]);
    expect(files.filter((f) => tree.accept(join(root, f)))).toEqual(["study.mjs", "params.json", "data/a.csv", "out/a.csv"]);
    expect(["data", "out", "node_modules", ".git", "report"].filter((d) => tree.skipDir(join(root, d)))).toEqual(["out", "node_modules", ".git", "report"]);
    const { changeOf } = watchAll([tree]);
    // Ignored changes first: a later report must not name them.
    for (const f of ["notes.txt", "out/a.csv", "node_modules/x/study.mjs", ".git/params.json"]) writeFileSync(join(root, f), "1\n");
    replaceByRename(join(root, "params.json"), '{ "seed": 2 }\n', "params.json.tmp");
    expect(await changeOf(join(root, "params.json"))).toEqual([join(root, "params.json")]);
    writeFileSync(join(root, "data", "a.csv"), "1\n");
    expect(await changeOf(join(root, "data", "a.csv"))).toEqual([join(root, "data", "a.csv")]);
  });
});
