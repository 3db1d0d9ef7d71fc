import { describe, expect, it } from "vitest";
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  mkdirSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { writeTreeAtomically } from "../../src/pipeline/writeTreeAtomically.js";
import { SafetyGapError } from "../../src/errors.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

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

/** Every file under `dir` with its bytes (and every folder), to compare a folder before and after. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        files.set(`${relative(dir, p)}/`, "");
        walk(p);
      } else files.set(relative(dir, p), readFileSync(p).toString("base64"));
    }
  };
  walk(dir);
  return files;
}

/** A previous build: every kind of entry a commit replaces or keeps. */
function previousBuild(): { root: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), "sg-out-"));
  const out = join(root, "out");
  writeTreeAtomically(out, new Map([["paper.html", "v1"], ["paper.pdf", "pdf1"], ["assets/a.css", "a1"], ["site/index.html", "s1"], ["site/figures/f.svg", "f1"]]));
  writeFileSync(join(out, "notes.txt"), "mine");
  return { root, out };
}

const nextBuild = (): Map<string, string> => new Map([["paper.html", "v2"], ["paper.pdf", "pdf2"], ["assets/a.css", "a2"], ["site/index.html", "s2"]]);
const isRoot = process.getuid?.() === 0;

describe("writeTreeAtomically: a failed commit leaves out/ as it was", () => {
  it("undoes every move when one fails part-way (SafetyGapError naming the folder, no commit folder left)", () => {
    const { root, out } = previousBuild();
    const before = snapshot(out);
    let calls = 0;
    // The 5th rename is the old site/ being moved aside, after assets/ and paper.html were swapped.
    const failing = (from: string, to: string): void => {
      if (++calls === 5) throw Object.assign(new Error(`EACCES: permission denied, rename '${from}'`), { code: "EACCES", path: from });
      renameSync(from, to);
    };
    const error = (() => {
      try {
        writeTreeAtomically(out, nextBuild(), [], failing);
      } catch (e) {
        return e;
      }
    })();
    expect(calls).toBeGreaterThan(5); // the undo ran
    expect(error).toBeInstanceOf(SafetyGapError);
    expect((error as SafetyGapError).format()).toMatch(/cannot write the output folder .*out: permission denied \(EACCES: .*\); it was left as it was/);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(root)).toEqual(["out"]);
  });

  it.skipIf(isRoot)("refuses, before moving anything, to replace a folder it could not delete (chmod 555 out/site)", () => {
    const { root, out } = previousBuild();
    chmodSync(join(out, "site"), 0o555);
    try {
      const before = snapshot(out);
      expect(() => writeTreeAtomically(out, nextBuild())).toThrow(SafetyGapError);
      expect(() => writeTreeAtomically(out, nextBuild())).toThrow(/cannot replace site in the output folder .*permission denied/);
      expect(snapshot(out)).toEqual(before);
      expect(readdirSync(root)).toEqual(["out"]);
    } finally {
      chmodSync(join(out, "site"), 0o755);
    }
  });

  it.skipIf(isRoot)("says so when the folder beside out/ is not writable (EACCES, not an internal error)", () => {
    const parent = mkdtempSync(join(tmpdir(), "sg-out-"));
    chmodSync(parent, 0o555);
    try {
      expect(() => writeTreeAtomically(join(parent, "out"), nextBuild())).toThrow(SafetyGapError);
      expect(() => writeTreeAtomically(join(parent, "out"), nextBuild())).toThrow(/permission denied \(EACCES/);
    } finally {
      chmodSync(parent, 0o755);
    }
  });
});

describe("writeTreeAtomically: where out/ really is", () => {
  const shm = "/dev/shm";
  const otherFs = existsSync(shm) && statSync(shm).dev !== statSync(tmpdir()).dev;

  it.skipIf(!otherFs)("commits through a symlink to another filesystem, staging beside the real folder (no EXDEV)", () => {
    const root = mkdtempSync(join(tmpdir(), "sg-out-"));
    const real = mkdtempSync(join(shm, "sg-out-"));
    try {
      const { out: previous } = previousBuild();
      cpSync(previous, real, { recursive: true });
      symlinkSync(real, join(root, "out"));
      writeTreeAtomically(join(root, "out"), nextBuild(), ["check.json"]);
      expect(readFileSync(join(real, "paper.html"), "utf8")).toBe("v2");
      expect(readFileSync(join(real, "notes.txt"), "utf8")).toBe("mine");
      expect(existsSync(join(real, "site", "figures"))).toBe(false);
      expect(lstatSync(join(root, "out")).isSymbolicLink()).toBe(true);
      expect(readdirSync(root)).toEqual(["out"]);
      expect(readdirSync(shm).filter((e) => e.includes(basename(real)) && e !== basename(real))).toEqual([]);
    } finally {
      rmSync(real, { recursive: true, force: true });
    }
  });

  const shmIsMount = otherFs && statSync(shm).dev !== statSync("/dev").dev;
  it.skipIf(!shmIsMount)("stages inside out/ when out/ is itself a mount point (the folder above is another filesystem)", () => {
    const name = `sg-mount-${process.pid}-${Date.now()}.txt`;
    const moves: string[] = [];
    try {
      writeTreeAtomically(shm, new Map([[name, "x"]]), [], (from, to) => {
        moves.push(from);
        renameSync(from, to);
      });
      expect(moves).toHaveLength(1);
      expect(moves[0]!.startsWith(join(shm, ".shm.commit-"))).toBe(true);
      expect(readFileSync(join(shm, name), "utf8")).toBe("x");
      expect(readdirSync(shm).filter((e) => e.startsWith(".shm.commit-"))).toEqual([]);
    } finally {
      rmSync(join(shm, name), { force: true });
    }
  });

  it("creates the target of a dangling symlink", () => {
    const root = mkdtempSync(join(tmpdir(), "sg-out-"));
    symlinkSync(join(root, "elsewhere", "out"), join(root, "out"));
    writeTreeAtomically(join(root, "out"), new Map([["paper.html", "v1"]]));
    expect(readFileSync(join(root, "elsewhere", "out", "paper.html"), "utf8")).toBe("v1");
    expect(readdirSync(join(root, "elsewhere"))).toEqual(["out"]);
  });

  it("rejects an output folder that is a file, or below one, with a SafetyGapError and leaves the file alone", () => {
    const root = mkdtempSync(join(tmpdir(), "sg-out-"));
    writeFileSync(join(root, "file"), "mine");
    for (const out of [join(root, "file"), join(root, "file", "sub")]) {
      expect(() => writeTreeAtomically(out, nextBuild()), out).toThrow(SafetyGapError);
      expect(() => writeTreeAtomically(out, nextBuild()), out).toThrow(/is not a folder/);
    }
    expect(readFileSync(join(root, "file"), "utf8")).toBe("mine");
    expect(readdirSync(root)).toEqual(["file"]);
  });

  it.skipIf(!existsSync("/proc/self"))("rejects a folder where nothing can be written (/proc) with a SafetyGapError", () => {
    expect(() => writeTreeAtomically("/proc/sg-out-test", nextBuild())).toThrow(SafetyGapError);
  });
});

describe("writeTreeAtomically: the commit folder and its messages", () => {
  // The temporary folders are outside the working folder, so messages show their absolute paths.

  it("refuses an absolute output path, naming it, before touching the disk", () => {
    const root = mkdtempSync(join(tmpdir(), "sg-out-"));
    expect(() => writeTreeAtomically(join(root, "out"), new Map([["/etc/x", "b"]]))).toThrow(new Error("output path escapes the output folder: /etc/x"));
    expect(readdirSync(root)).toEqual([]);
  });

  it("names a file in the way with its reason, EEXIST, and the fix", () => {
    const root = mkdtempSync(join(tmpdir(), "sg-out-"));
    writeFileSync(join(root, "file"), "mine");
    const file = join(root, "file");
    const e = safetyGapErrorOf(() => writeTreeAtomically(file, new Map([["a", "b"]])));
    expect(e.format()).toBe(`${file}: the output folder ${file} is not a folder: a file is in the way (EEXIST: ${file})\n  fix: Remove or rename the file in the way, or choose another --out folder.`);
  });

  it("reports a move refused with ENOTDIR as a file in the way of a folder", () => {
    const root = mkdtempSync(join(tmpdir(), "sg-out-"));
    const refused: (from: string, to: string) => void = () => {
      throw Object.assign(new Error("ENOTDIR: not a directory, rename 'x'"), { code: "ENOTDIR", path: "x" });
    };
    const out = join(root, "out");
    const e = safetyGapErrorOf(() => writeTreeAtomically(out, new Map([["a", "b"]]), [], refused));
    expect(e.format()).toBe(`${out}: the output folder ${out} is not a folder: a file is in the way of a folder (ENOTDIR: x)\n  fix: Remove or rename the file in the way, or choose another --out folder.`);
    expect(readdirSync(root)).toEqual([]);
  });

  it("reports a move refused with EEXIST (a file where a folder goes) as not a folder, too", () => {
    const out = join(mkdtempSync(join(tmpdir(), "sg-out-")), "out");
    const refused: (from: string, to: string) => void = () => {
      throw Object.assign(new Error("EEXIST: file already exists, rename 'y'"), { code: "EEXIST", path: "y" });
    };
    const e = safetyGapErrorOf(() => writeTreeAtomically(out, new Map([["a", "b"]]), [], refused));
    expect(e.format()).toBe(`${out}: the output folder ${out} is not a folder: a file is in the way (EEXIST: y)\n  fix: Remove or rename the file in the way, or choose another --out folder.`);
  });

  it("stages in a commit folder beside out/, with the new entries in its new/ and the old ones in its old/, even entries named new and old", () => {
    const root = mkdtempSync(join(tmpdir(), "sg-out-"));
    const out = join(root, "out");
    mkdirSync(out);
    writeFileSync(join(out, "old"), "previous old");
    const moves: [string, string][] = [];
    const recording = (from: string, to: string): void => {
      moves.push([relative(root, from), relative(root, to)]);
      renameSync(from, to);
    };
    // Given out of order: the entries are moved in name order, whatever order the build made them in.
    writeTreeAtomically(out, new Map([["old", "2"], ["new/x", "1"]]), [], recording);
    const commit = moves.find(([from]) => from.startsWith(".out.commit-"))![0].split("/")[0]!;
    expect(commit).toMatch(/^\.out\.commit-/);
    expect(moves.map(([from, to]) => [from.replace(commit, "C"), to.replace(commit, "C")])).toEqual([
      ["C/new/new", "out/new"],
      ["out/old", "C/old/old"],
      ["C/new/old", "out/old"],
    ]);
    expect(readFileSync(join(out, "old"), "utf8")).toBe("2");
    expect(readFileSync(join(out, "new", "x"), "utf8")).toBe("1");
    expect(readdirSync(root)).toEqual(["out"]);
  });

  it("replaces an entry both produced and listed as stale, rather than removing it", () => {
    const { root, out } = previousBuild();
    writeTreeAtomically(out, nextBuild(), ["paper.pdf", "check.json"]);
    expect(readFileSync(join(out, "paper.pdf"), "utf8")).toBe("pdf2");
    expect(existsSync(join(out, "check.json"))).toBe(false);
    expect(readdirSync(root)).toEqual(["out"]);
  });

  it("keeps the commit folder, and names its old/, when undoing a failed swap fails too", () => {
    const { root, out } = previousBuild();
    let calls = 0;
    // The 2nd move fails, and so does every move after it, the undo's included.
    const broken = (from: string, to: string): void => {
      if (++calls >= 2) throw Object.assign(new Error(`EIO: i/o error, rename '${from}'`), { code: "EIO", path: from });
      renameSync(from, to);
    };
    const e = safetyGapErrorOf(() => writeTreeAtomically(out, nextBuild(), [], broken));
    const commit = readdirSync(root).find((n) => n.startsWith(".out.commit-"));
    expect(commit).toBeDefined();
    const c = join(root, commit!);
    expect(e.format()).toBe(
      `${out}: cannot write the output folder ${out}: failed (EIO: ${c}/new/assets); putting its previous entries back failed too (failed (EIO: ${c}/old/assets)): what was not put back is in ${c}/old\n  fix: Move the entries of ${c}/old back into the output folder by hand, or build again.`,
    );
    expect(existsSync(join(root, commit!, "old"))).toBe(true);
  });
});
