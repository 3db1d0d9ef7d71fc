/**
 * StageCache's pruning when another process prunes the same stage at the
 * same time (two builds sharing one cache): an old entry it listed is gone
 * by the time it removes it. The gap between listing and removing is too
 * short to hit from a test, so node:fs's statSync, which prune calls between
 * the two, removes the entry the test names, as the other process would.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { mkdtempSync, readdirSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StageCache } from "../../src/pipeline/stageCache.js";

const race = vi.hoisted(() => ({ removeOnStat: undefined as string | undefined }));

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const statSync = ((path: string, options?: object) => {
    const stat = fs.statSync(path, options);
    if (String(path) === race.removeOnStat) fs.rmSync(path, { recursive: true });
    return stat;
  }) as typeof fs.statSync;
  return { ...fs, statSync, default: { ...fs, statSync } };
});

afterEach(() => {
  race.removeOnStat = undefined;
});

describe("StageCache.store(): pruning while another process prunes", () => {
  it("stores the entry and keeps the six newest when an old entry it would remove is already gone", () => {
    const cache = new StageCache(mkdtempSync(join(tmpdir(), "sg-cache-race-")));
    const stageDir = join(cache.dir, "compute");
    const keys = [1, 2, 3, 4, 5, 6, 7].map((i) => StageCache.keyOf({ params: `p${i}` }));
    for (let i = 1; i <= 6; i++) {
      cache.store("compute", { params: `p${i}` }, new Map([["r", String(i)]]));
      // Distinct ages a second apart, p1 oldest, all older than the entry stored next.
      const when = new Date(Date.UTC(2026, 0, 1, 0, 0, i));
      utimesSync(join(stageDir, keys[i - 1]!), when, when);
    }
    race.removeOnStat = join(stageDir, keys[0]!);
    cache.store("compute", { params: "p7" }, new Map([["r", "7"]]));
    expect(readdirSync(stageDir).filter((e) => e !== "last-inputs.json").sort()).toEqual(keys.slice(1).sort());
    const got = cache.lookup("compute", { params: "p7" });
    expect(got.hit && [...got.files].map(([k, v]) => [k, Buffer.from(v).toString()])).toEqual([["r", "7"]]);
    rmSync(cache.dir, { recursive: true });
  });
});
