/**
 * A content-addressed cache of stage outputs. A stage's key is the hash of
 * its named inputs (e.g. { params, code, deps }); its output is a set of
 * files. A lookup also says WHY a stage must run, by comparing the inputs
 * with those of the stage's previous run: "params changed", "code changed",
 * "no cache" — so a rebuild can print which stages ran and why.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, renameSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/build.js";
import { describeFsError, isFsError } from "./fsError.js";
import { sha256 } from "./hashing.js";
import { shownPath } from "../text/shownPath.js";

export type StageInputs = Record<string, string>;
export type StageFiles = Map<string, Uint8Array>;

export type Lookup =
  | { hit: true; files: StageFiles; reason: "cached" }
  | { hit: false; reason: string };

/** How many outputs to keep per stage: enough to flip between two versions of a parameter and a text edit. */
const KEEP = 6;

/** The file in an entry that says it is whole: written last, before the entry is renamed into place. */
const COMPLETE = ".complete";

export class StageCache {
  /**
   * `lastRead`: the entry each stage last read, by stage folder, kept in
   * memory (BuildMemory.stageEntries: a watch session passes the same map to
   * every rebuild's cache).
   */
  constructor(
    readonly dir: string,
    private readonly lastRead = new Map<string, { entry: string; files: StageFiles }>(),
  ) {}

  static keyOf(inputs: StageInputs): string {
    return sha256(JSON.stringify(Object.keys(inputs).sort().map((name) => [name, inputs[name]])));
  }

  lookup(stage: string, inputs: StageInputs): Lookup {
    const stageDir = join(this.dir, stage);
    const entry = join(stageDir, StageCache.keyOf(inputs));
    if (existsSync(join(entry, COMPLETE))) {
      const known = this.lastRead.get(stageDir);
      const files = known?.entry === entry ? known.files : readTree(join(entry, "files"));
      this.lastRead.set(stageDir, { entry, files });
      // A map of its own for each caller; the bytes are shared, and never written.
      return { hit: true, files: new Map(files), reason: "cached" };
    }
    return { hit: false, reason: this.whyMiss(stage, inputs) };
  }

  /**
   * Written into `<key>.tmp-<pid>/` and renamed into place, so a lookup never
   * sees half an entry. A failure (disk full, a cache folder the user cannot
   * write) removes the temporary folder, so no `.tmp-` folders pile up, and
   * is reported as a SafetyGapError naming the cache folder.
   */
  store(stage: string, inputs: StageInputs, files: Map<string, Uint8Array | string>): void {
    const stageDir = join(this.dir, stage);
    const entry = join(stageDir, StageCache.keyOf(inputs));
    const tmp = `${entry}.tmp-${process.pid}`;
    try {
      rmSync(tmp, { recursive: true, force: true });
      for (const [rel, data] of files) {
        const p = join(tmp, "files", rel);
        mkdirSync(dirname(p), { recursive: true });
        writeFileSync(p, data);
      }
      mkdirSync(tmp, { recursive: true });
      // Stryker disable next-line StringLiteral: only the marker's existence is read (lookup), never its content
      writeFileSync(join(tmp, COMPLETE), "");
      rmSync(entry, { recursive: true, force: true });
      renameSync(tmp, entry);
      writeFileSync(join(stageDir, "last-inputs.json"), JSON.stringify(inputs, null, 1));
      this.prune(stageDir);
    } catch (e) {
      try {
        rmSync(tmp, { recursive: true });
      } catch {
        // A folder not there (the failure came before it was made, or after it was renamed into place) or one that cannot be removed: cleaning up must not hide the failure itself.
      }
      if (!isFsError(e)) throw e;
      const shown = shownPath(process.cwd(), this.dir);
      throw new SafetyGapError(msg.cacheWriteFailed(shown, describeFsError(e)), { file: shown }, msg.cacheWriteFailedHint(shown));
    }
  }

  private whyMiss(stage: string, inputs: StageInputs): string {
    const last = join(this.dir, stage, "last-inputs.json");
    if (!existsSync(last)) return "no cache";
    const previous = JSON.parse(readFileSync(last, "utf8")) as StageInputs;
    const changed = Object.keys({ ...previous, ...inputs }).filter((k) => previous[k] !== inputs[k]);
    return changed.length ? `${changed.join(", ")} changed` : "not cached";
  }

  private prune(stageDir: string): void {
    const entries = readdirSync(stageDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.includes(".tmp-"))
      .map((e) => ({ path: join(stageDir, e.name), time: statSync(join(stageDir, e.name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const old of entries.slice(KEEP)) rmSync(old.path, { recursive: true, force: true });
  }
}

function readTree(root: string): StageFiles {
  const out: StageFiles = new Map();
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(root, p).split(sep).join("/"), readFileSync(p));
    }
  };
  walk(root);
  return out;
}
