import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UndoFailed, swapEntries } from "../../src/pipeline/swapEntries.js";

/** target/ with a.txt and b.txt (old), incoming/ with a.txt, b.txt, c.txt (new), an empty backup/. */
function folders(): { target: string; incoming: string; backup: string } {
  const root = mkdtempSync(join(tmpdir(), "sg-swap-"));
  const [target, incoming, backup] = ["target", "incoming", "backup"].map((d) => join(root, d)) as [string, string, string];
  for (const d of [target, incoming, backup]) mkdirSync(d);
  for (const f of ["a.txt", "b.txt", "gone.txt"]) writeFileSync(join(target, f), `old ${f}`);
  for (const f of ["a.txt", "b.txt", "c.txt"]) writeFileSync(join(incoming, f), `new ${f}`);
  return { target, incoming, backup };
}

const contents = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), "utf8")]));
const denied = (from: string): Error => Object.assign(new Error(`EACCES: permission denied, rename ${from}`), { code: "EACCES" });

describe("swapEntries(target, incoming, backup, names, remove)", () => {
  it("moves each replaced or removed entry aside, then the new one in", () => {
    const { target, incoming, backup } = folders();
    swapEntries(target, incoming, backup, ["a.txt", "b.txt", "c.txt"], ["gone.txt"]);
    expect(contents(target)).toEqual({ "a.txt": "new a.txt", "b.txt": "new b.txt", "c.txt": "new c.txt" });
    expect(contents(backup)).toEqual({ "a.txt": "old a.txt", "b.txt": "old b.txt", "gone.txt": "old gone.txt" });
  });

  it("undoes every move, in reverse order, when one fails, and rethrows that failure", () => {
    const { target, incoming, backup } = folders();
    const before = contents(target);
    for (let failAt = 1; failAt <= 6; failAt++) {
      let calls = 0;
      const rename = (from: string, to: string): void => {
        if (++calls === failAt) throw denied(from);
        renameSync(from, to);
      };
      expect(() => swapEntries(target, incoming, backup, ["a.txt", "b.txt", "c.txt"], ["gone.txt"], rename), `failing rename ${failAt}`).toThrow(/rename/);
      expect(contents(target)).toEqual(before);
      expect(contents(incoming)).toEqual({ "a.txt": "new a.txt", "b.txt": "new b.txt", "c.txt": "new c.txt" });
      expect(readdirSync(backup)).toEqual([]);
    }
  });

  it("says so (UndoFailed) when an undo fails too, after undoing all it can", () => {
    const { target, incoming, backup } = folders();
    let calls = 0;
    // Rename 3 (new a.txt in) succeeds, 4 (old b.txt aside) fails, and the undo of rename 1 (old gone.txt aside) fails.
    const rename = (from: string, to: string): void => {
      calls++;
      if (calls === 4 || (calls > 4 && from.endsWith(join("backup", "gone.txt")))) throw denied(from);
      renameSync(from, to);
    };
    const error = (() => {
      try {
        swapEntries(target, incoming, backup, ["a.txt", "b.txt"], ["gone.txt"], rename);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UndoFailed);
    expect((error as UndoFailed).message).toBe("swapping the output entries failed, and undoing the swap failed too");
    expect(String((error as UndoFailed).failure)).toBe(`Error: EACCES: permission denied, rename ${join(target, "b.txt")}`);
    expect(String((error as UndoFailed).undoFailure)).toBe(`Error: EACCES: permission denied, rename ${join(backup, "gone.txt")}`);
    expect(contents(target)).toEqual({ "a.txt": "old a.txt", "b.txt": "old b.txt" });
    expect(contents(backup)).toEqual({ "gone.txt": "old gone.txt" });
  });
});
