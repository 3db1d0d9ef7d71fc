/** The pipeline's small parts: checkLinks, fsError, packageRoot, nodeEffects, codeInputs and timed. */
import { afterAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkLinks } from "../../../src/pipeline/checkLinks.js";
import { describeFsError, isFsError } from "../../../src/pipeline/fsError.js";
import { packageRoot } from "../../../src/pipeline/packageRoot.js";
import { nodeEffects } from "../../../src/pipeline/effects.js";
import { writeTreeAtomically } from "../../../src/pipeline/writeTreeAtomically.js";
import { codeInputs, newBuildMemory, timed, type BuildContext, type StageRun } from "../../../src/pipeline/context.js";
import { StageCache } from "../../../src/pipeline/stageCache.js";
import { hashFolders, hashPackageVersions } from "../../../src/pipeline/hashing.js";
import { safetyGapErrorOf } from "../../helpers/safetyGapError.js";

const root = realpathSync(mkdtempSync(join(tmpdir(), "sg-small-parts-")));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("checkLinks(cwd, folders)", () => {
  function project(): string {
    const dir = mkdtempSync(join(root, "links-"));
    mkdirSync(join(dir, "report", "paper", "deep"), { recursive: true });
    mkdirSync(join(dir, "templates"));
    writeFileSync(join(dir, "report", "paper", "a.md"), "a");
    writeFileSync(join(dir, "templates", "t.css"), "t");
    writeFileSync(join(dir, "secret"), "key");
    return dir;
  }
  const folders = (dir: string): string[] => [join(dir, "report"), join(dir, "templates"), join(dir, "missing")];

  it("accepts links inside the report or the templates, to a folder itself, and dangling links", () => {
    const dir = project();
    symlinkSync(join(dir, "report", "paper", "a.md"), join(dir, "report", "paper", "deep", "same.md"));
    symlinkSync(join(dir, "templates", "t.css"), join(dir, "report", "paper", "deep", "theme.css"));
    symlinkSync(join(dir, "report", "paper", "a.md"), join(dir, "templates", "copy.md"));
    symlinkSync(join(dir, "report"), join(dir, "report", "paper", "deep", "up"));
    symlinkSync(join(dir, "nowhere"), join(dir, "report", "paper", "deep", "dangling"));
    expect(checkLinks(dir, folders(dir))).toBeUndefined();
  });

  it("refuses a link, however deep, to a file outside them, naming the link and its target", () => {
    const dir = project();
    symlinkSync(join(dir, "secret"), join(dir, "report", "paper", "deep", "key.md"));
    const e = safetyGapErrorOf(() => checkLinks(dir, folders(dir)));
    expect(e.message).toBe(
      `a symbolic link to ${join(dir, "secret")}, outside the report and templates folders: a build reads no file outside the report, the templates and the package`,
    );
    expect(e.where).toEqual({ file: "report/paper/deep/key.md" });
    expect(e.hint).toBe("Replace the link by a copy of the file, or point it at a file inside report/ or templates/.");
  });

  it("refuses a relative link out of the templates, and one to a sibling folder whose name starts alike", () => {
    const dir = project();
    symlinkSync(join("..", "secret"), join(dir, "templates", "k.css"));
    expect(safetyGapErrorOf(() => checkLinks(root, folders(dir))).message).toMatch(/^a symbolic link to \.\.\/secret, outside/);
    expect(safetyGapErrorOf(() => checkLinks(root, folders(dir))).where?.file).toBe(`${dir.slice(root.length + 1)}/templates/k.css`);
    const other = project();
    mkdirSync(join(other, "reports"));
    writeFileSync(join(other, "reports", "x"), "x");
    symlinkSync(join(other, "reports", "x"), join(other, "report", "x"));
    expect(safetyGapErrorOf(() => checkLinks(other, folders(other))).where?.file).toBe("report/x");
  });

  it("skips folders that do not exist", () => {
    expect(checkLinks(root, [join(root, "none"), join(root, "none2")])).toBeUndefined();
  });
});

describe("isFsError(e), describeFsError(e)", () => {
  const fsError = (code: unknown, path?: string) => Object.assign(new Error("x"), { code, ...(path ? { path } : {}) });

  it("recognizes an Error with an E-code", () => {
    expect(isFsError(fsError("EACCES"))).toBe(true);
    expect(isFsError(fsError("E2BIG"))).toBe(true);
    for (const code of ["ERR_INVALID_ARG_TYPE", "eacces", "XEACCES", "EACCES ", "E", 13, undefined]) expect(isFsError(fsError(code)), String(code)).toBe(false);
    expect(isFsError({ code: "EACCES" })).toBe(false);
    expect(isFsError("EACCES")).toBe(false);
    expect(isFsError(undefined)).toBe(false);
  });

  it("says what failed, in words, with the code and the path", () => {
    expect(describeFsError(fsError("EACCES", "/x/out/site") as never)).toBe("permission denied (EACCES: /x/out/site)");
    expect(describeFsError(fsError("EWHAT") as never)).toBe("failed (EWHAT)");
  });
});

describe("packageRoot()", () => {
  it("is the folder of safety-gap's package.json, without a trailing slash", () => {
    const dir = packageRoot();
    expect(dir).toBe(join(import.meta.dirname, "..", "..", ".."));
    expect(existsSync(join(dir, "package.json"))).toBe(true);
  });
});

describe("nodeEffects(env)", () => {
  it("commits with writeTreeAtomically and dates with SOURCE_DATE_EPOCH, else 0", () => {
    expect(nodeEffects({}).commit).toBe(writeTreeAtomically);
    expect(nodeEffects({ SOURCE_DATE_EPOCH: "1700000000" }).sourceDateEpoch()).toBe(1_700_000_000);
    expect(nodeEffects({}).sourceDateEpoch()).toBe(0);
  });
});

describe("codeInputs(ctx, folders, packages) and timed(ctx, stage, ran, reason, work)", () => {
  const context = (packageRoot: string, onStage?: (run: StageRun) => void): BuildContext => ({
    options: {
        packageRoot,
        reportDir: join(root, "report"),
        templatesDir: join(root, "templates"),
        outDir: join(root, "out"),
        cacheDir: join(root, "cache"),
        workers: 1,
        pdf: false,
        site: false,
        strict: false,
        source: { kind: "builtin" },
        ...(onStage ? { onStage } : {}),
      },
    effects: { commit: () => undefined, sourceDateEpoch: () => 0 },
    cache: new StageCache(join(root, "cache"), new Map()),
    memory: newBuildMemory(),
    runs: [],
    warnings: [],
  });

  it("hashes the stage's folders under src/, or under dist/ in a package without src/, and the packages' versions", () => {
    const pkg = mkdtempSync(join(root, "pkg-"));
    for (const code of ["src", "dist"]) {
      mkdirSync(join(pkg, code, "render"), { recursive: true });
      writeFileSync(join(pkg, code, "render", "x.js"), code);
    }
    mkdirSync(join(pkg, "node_modules", "vega"), { recursive: true });
    writeFileSync(join(pkg, "node_modules", "vega", "package.json"), '{"version":"6.1.2"}');
    const ctx = context(pkg);
    expect(codeInputs(ctx, ["render"])).toEqual({ code: hashFolders(pkg, ["src/render"]) });
    expect(codeInputs(ctx, ["render"], ["vega"])).toEqual({ code: hashFolders(pkg, ["src/render"]), deps: hashPackageVersions(pkg, ["vega"]) });
    expect(hashFolders(pkg, ["src/render"])).not.toBe(hashFolders(pkg, ["dist/render"]));
    rmSync(join(pkg, "src"), { recursive: true });
    expect(codeInputs(ctx, ["render"])).toEqual({ code: hashFolders(pkg, ["dist/render"]) });
  });

  it("records each run, tells onStage, and returns the work's value", async () => {
    const told: StageRun[] = [];
    const ctx = context(root, (run) => told.push(run));
    expect(newBuildMemory()).toEqual({ stageEntries: new Map() });
    expect(await timed(ctx, "figures", false, "cached", () => 7)).toBe(7);
    expect(await timed(ctx, "render", true, "always runs", () => new Promise((resolve) => setTimeout(() => resolve("html"), 5)))).toBe("html");
    expect(ctx.runs.map(({ ms: _ms, ...run }) => run)).toEqual([
      { stage: "figures", ran: false, reason: "cached" },
      { stage: "render", ran: true, reason: "always runs" },
    ]);
    expect(ctx.runs[1]!.ms).toBeGreaterThanOrEqual(4);
    expect(told).toEqual(ctx.runs);
    expect(await timed(context(root), "pdf", true, "no cache", () => "no onStage")).toBe("no onStage");
  });
});
