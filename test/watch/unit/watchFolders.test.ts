/**
 * watchFolders' reports exactly, on a real temporary folder: which names are
 * editor files and never reported (and which only look like them), no empty
 * report for a burst of ignored changes, a folder replaced by another of the
 * same name, and silence after close(). Waits are for reports, with a limit
 * that only turns a hang into a failure.
 */
import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { watchFolders, type FolderWatcher, type WatchedTree } from "../../../src/watch/watchFolders.js";

const LIMIT_MS = 15_000;

let root = "";
const watchers: FolderWatcher[] = [];
afterEach(() => {
  for (const w of watchers.splice(0)) w.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Every report, as given, and a wait for the first one (since the last wait) naming `file`. */
function recorder(folders: Parameters<typeof watchFolders>[0], options?: Parameters<typeof watchFolders>[2]) {
  const reports: string[][] = [];
  let seen = 0;
  let wake: (() => void) | undefined;
  const watcher = watchFolders(
    folders,
    (changed) => {
      reports.push(changed);
      wake?.();
    },
    options,
  );
  watchers.push(watcher);
  return {
    watcher,
    reports,
    /** The reports up to the one naming `file`. */
    async until(file: string): Promise<string[][]> {
      const limit = Date.now() + LIMIT_MS;
      for (;;) {
        const i = reports.findIndex((r, k) => k >= seen && r.includes(file));
        if (i >= 0) {
          const got = reports.slice(seen, i + 1);
          seen = i + 1;
          return got;
        }
        if (Date.now() > limit) throw new Error(`no report naming ${file}; reports: ${JSON.stringify(reports)}`);
        await new Promise<void>((ok) => {
          wake = ok;
          setTimeout(ok, 500);
        });
      }
    },
  };
}

function folder(): string {
  root = mkdtempSync(join(tmpdir(), "sg-watch-unit-"));
  const report = join(root, "report");
  mkdirSync(join(report, "paper"), { recursive: true });
  writeFileSync(join(report, "paper", "a.md"), "a\n");
  return report;
}

const EDITOR_FILES = [".#a.md", "#a.md#", "a.md~", "a.swp", "a.swx"];
// Names that only look like editor files: each is a source.
const SOURCES = ["b#c.md", "x~y.md", "z.swp.md", "w.swpx"];

describe.each([
  ["file events", undefined],
  ["polling", { pollMs: 20 }],
])("watchFolders (%s)", (_mode, options) => {
  it("never reports an editor's lock, backup or swap file, but does report names that only look like one", async () => {
    const report = folder();
    const paper = join(report, "paper");
    const r = recorder([report], options);
    for (const f of EDITOR_FILES) writeFileSync(join(paper, f), "x");
    for (const f of SOURCES) writeFileSync(join(paper, f), "x");
    const last = join(paper, "zz-last.md");
    writeFileSync(last, "x");
    const got = await r.until(last);
    expect(got.flat().sort()).toEqual([...SOURCES, "zz-last.md"].map((f) => join(paper, f)).sort());
    for (const changed of got) expect(changed).toEqual([...changed].sort());
  });

  it("reports nothing, not even an empty list, for changes it does not watch", async () => {
    const report = folder();
    const tree: WatchedTree = { dir: report, accept: (p) => p.endsWith(".md"), skipDir: (p) => p.endsWith("skipped") };
    mkdirSync(join(report, "skipped"));
    const r = recorder([tree], options);
    // Reports the changes below after r has had every event of them.
    const clock = recorder([report], { pollMs: 20 });
    writeFileSync(join(report, "notes.txt"), "x");
    writeFileSync(join(report, "skipped", "b.md"), "x");
    writeFileSync(join(report, "a.swp"), "x");
    await clock.until(join(report, "notes.txt"));
    writeFileSync(join(report, "c.md"), "x");
    await r.until(join(report, "c.md"));
    expect(r.reports).toEqual([[join(report, "c.md")]]);
  });
});

describe("watchFolders", () => {
  // Was: a folder removed and made again at once got its inode back, kept its dead watch, and no later save in it was seen.
  it("watches a folder replaced by another of the same name (and, on ext4, often of the same inode)", async () => {
    const report = folder();
    const paper = join(report, "paper");
    const r = recorder([report]);
    rmSync(paper, { recursive: true });
    mkdirSync(paper);
    await r.until(join(paper, "a.md"));
    const fresh = join(paper, "fresh.md");
    writeFileSync(fresh, "x");
    expect((await r.until(fresh)).flat()).toEqual([fresh]);
  });

  it("reports nothing once closed, while a watcher still open does", async () => {
    const report = folder();
    const closedEvents = recorder([report]);
    const closedPolling = recorder([report], { pollMs: 10 });
    const open = recorder([report], { pollMs: 60 });
    closedEvents.watcher.close();
    closedPolling.watcher.close();
    const file = join(report, "after.md");
    writeFileSync(file, "x");
    await open.until(file);
    expect([closedEvents.reports, closedPolling.reports]).toEqual([[], []]);
  });
});
