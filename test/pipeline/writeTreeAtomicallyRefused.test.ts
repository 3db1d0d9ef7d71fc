/**
 * writeTreeAtomically when the disk refuses: an entry it may not delete, the
 * output folder itself, and the previous entries it cannot delete after the
 * commit. writeTreeAtomically.test.ts makes these with chmod, which root
 * ignores (CI runs as root); here node:fs's accessSync and rmSync refuse
 * the one path the test names, as they would for a user, with EACCES.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeTreeAtomically } from "../../src/pipeline/writeTreeAtomically.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

const refuse = vi.hoisted(() => ({ access: undefined as string | undefined, rmPrefix: undefined as string | undefined }));

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const denied = (syscall: string, path: string): Error =>
    Object.assign(new Error(`EACCES: permission denied, ${syscall} '${path}'`), { code: "EACCES", errno: -13, syscall, path });
  const accessSync: typeof fs.accessSync = (path, mode) => {
    if (String(path) === refuse.access) throw denied("access", String(path));
    fs.accessSync(path, mode);
  };
  const rmSync: typeof fs.rmSync = (path, options) => {
    if (refuse.rmPrefix !== undefined && String(path).startsWith(refuse.rmPrefix)) throw denied("rm", String(path));
    fs.rmSync(path, options);
  };
  return { ...fs, accessSync, rmSync, default: { ...fs, accessSync, rmSync } };
});

afterEach(() => {
  refuse.access = undefined;
  refuse.rmPrefix = undefined;
});

/** An output folder from an earlier build, with a folder (site/) the next build replaces. */
function previousBuild(): { root: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), "sg-refused-"));
  const out = join(root, "out");
  writeTreeAtomically(out, new Map([["paper.html", "v1"], ["site/index.html", "s1"], ["site/figures/f.svg", "f1"]]));
  return { root, out };
}

const nextBuild = (): Map<string, string> => new Map([["paper.html", "v2"], ["site/index.html", "s2"]]);

describe("writeTreeAtomically when the disk refuses", () => {
  it("names the entry a user could not delete, below it or at it, and moves nothing", () => {
    const { root, out } = previousBuild();
    for (const path of [join(out, "site", "figures"), join(out, "site")]) {
      refuse.access = path;
      const e = safetyGapErrorOf(() => writeTreeAtomically(out, nextBuild()));
      expect({ message: e.message, hint: e.hint, where: e.where }).toEqual({
        message: `cannot replace site in the output folder ${out}: permission denied (EACCES: ${path}); it was left as it was`,
        hint: `Make ${join(out, "site")} and the folders inside it writable for you (chmod -R u+w ${join(out, "site")}), or remove it, or choose another --out folder.`,
        where: { file: out },
      });
    }
    expect(readFileSync(join(out, "site", "index.html"), "utf8")).toBe("s1");
    expect(readdirSync(root)).toEqual(["out"]);
  });

  it("names a stale entry it was asked to remove", () => {
    const { out } = previousBuild();
    refuse.access = join(out, "site");
    const e = safetyGapErrorOf(() => writeTreeAtomically(out, new Map([["paper.html", "v2"]]), ["site"]));
    expect(e.message).toBe(`cannot replace site in the output folder ${out}: permission denied (EACCES: ${join(out, "site")}); it was left as it was`);
  });

  it("reports the output folder itself as a folder it cannot write, not as an entry", () => {
    const { root, out } = previousBuild();
    refuse.access = out;
    const e = safetyGapErrorOf(() => writeTreeAtomically(out, nextBuild()));
    expect({ message: e.message, hint: e.hint }).toEqual({
      message: `cannot write the output folder ${out}: permission denied (EACCES: ${out}); it was left as it was`,
      hint: `The build writes beside the output folder, in ${root}, then moves each entry in: make both writable for you, or choose another --out folder.`,
    });
    expect(readFileSync(join(out, "paper.html"), "utf8")).toBe("v1");
  });

  it("after a commit, says where the previous entries are when it cannot delete them", () => {
    const { root, out } = previousBuild();
    refuse.rmPrefix = join(root, ".out.commit-");
    const e = safetyGapErrorOf(() => writeTreeAtomically(out, nextBuild()));
    const [commit] = readdirSync(root).filter((n) => n.startsWith(".out.commit-"));
    const kept = join(root, commit!, "old");
    expect({ message: e.message, hint: e.hint }).toEqual({
      message: `wrote the output folder ${out}, but could not delete its previous entries, moved to ${kept}: permission denied (EACCES: ${join(root, commit!)})`,
      hint: `Delete ${kept} (make it writable first if needed: chmod -R u+w ${kept}).`,
    });
    expect(readFileSync(join(out, "site", "index.html"), "utf8")).toBe("s2");
    expect(readdirSync(kept).sort()).toEqual(["paper.html", "site"]);
  });
});
