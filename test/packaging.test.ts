// The package as npm ships it: `npm pack` (vitest runs after `node scripts/dist.js`, which `prepack`
// runs too, so --ignore-scripts), the tarball's file list, and its bin run from the extracted tarball
// with only the runtime dependencies in reach: a build of a small copy of this paper works, so the
// runtime reads nothing the tarball lacks and imports no build-only tool. .ci/run also installs the
// tarball into an empty project with npm and builds the paper with its PDF (scripts/packInstallBuild.sh).
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; version: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };

describe("the packed package", () => {
  let tmp = "";
  let files: string[] = [];
  let unpacked = "";

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), "safety-gap-pack-"));
    const out = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", tmp], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const [packed] = JSON.parse(out) as [{ filename: string; files: { path: string }[] }];
    files = packed.files.map((f) => f.path).sort();
    execFileSync("tar", ["-x", "-z", "-f", join(tmp, packed.filename), "-C", tmp]);
    unpacked = join(tmp, "package");
  }, 120_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("ships the command, the compiled code, its WebAssembly kernels and the templates, and nothing of the repository's own", () => {
    for (const f of ["package.json", "README.md", "bin/safety-gap.js", "dist/bundle/main.js", "dist/bundle/bootstrapWorker.js", "dist/bundle/fillWorker.js", "dist/wasm/randomKernel.wasm", "dist/random/index.js", "src/random/index.ts", "templates/paper.html", "templates/print.css", "templates/references.csl", "templates/site/site.css"]) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => !/^(bin|dist|docs|scaffold|schemas|src|templates)\//.test(f))).toEqual(["README.md", "package.json"]);
  });

  it("ships init's scaffold (with .gitignore and .github/ under names npm pack keeps), the JSON Schemas and the docs", () => {
    for (const f of ["scaffold/common/_gitignore", "scaffold/common/_github/workflows/build.yml", "scaffold/common/report/paper.yaml", "scaffold/node/study.mjs", "scaffold/node/safety-gap.config.yaml", "scaffold/python/analysis.py", "scaffold/python/safety-gap.config.yaml", "docs/config.md", "docs/results-file.md"]) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => f.startsWith("schemas/"))).toEqual(["claims", "config", "model", "paper", "published", "results", "tables"].map((n) => `schemas/${n}.schema.json`));
  });

  it("inits a paper from the extracted tarball whose schema pointers lead into the package", () => {
    const cwd = join(tmp, "newcomer");
    mkdirSync(cwd);
    const out = execFileSync(process.execPath, [join(unpacked, "bin", "safety-gap.js"), "init", "paper"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(out).toBe("safety-gap init: created a paper in paper (14 files, template node). Next:\n  cd paper\n  npx safety-gap build    # out/paper.html, out/paper.pdf, out/site/\n");
    const config = readFileSync(join(cwd, "paper", "safety-gap.config.yaml"), "utf8");
    expect(config.split("\n")[0]).toBe("# yaml-language-server: $schema=../../package/schemas/config.schema.json");
    expect(existsSync(join(cwd, "paper", ".gitignore"))).toBe(true);
    expect(existsSync(join(cwd, "paper", ".github", "workflows", "build.yml"))).toBe(true);
  });

  it("depends at run time on no build-only tool", () => {
    for (const tool of ["esbuild", "assemblyscript", "binaryen", "puppeteer", "typescript", "tsx"]) expect(Object.keys(pkg.dependencies)).not.toContain(tool);
    expect(Object.keys(pkg.dependencies)).toContain("puppeteer-core");
    expect(Object.keys(pkg.devDependencies)).toEqual(expect.arrayContaining(["esbuild", "assemblyscript"]));
  });

  it("builds a paper from the extracted tarball with only its runtime dependencies installed", () => {
    // Each runtime dependency linked in by name; their own dependencies resolve from where the links point.
    mkdirSync(join(unpacked, "node_modules", "@fontsource"), { recursive: true });
    mkdirSync(join(unpacked, "node_modules", "@citation-js"), { recursive: true });
    for (const dep of Object.keys(pkg.dependencies)) symlinkSync(join(root, "node_modules", dep), join(unpacked, "node_modules", dep), "dir");
    const paper = join(tmp, "paper");
    cpSync(join(root, "report"), join(paper, "report"), { recursive: true });
    const model = join(paper, "report", "model.yaml");
    writeFileSync(model, readFileSync(model, "utf8").replace("samplesPerCell: 500", "samplesPerCell: 40").replace("resamples: 10000", "resamples: 200"));
    const run = (...args: string[]): string => execFileSync(process.execPath, [join(unpacked, "bin", "safety-gap.js"), ...args], { cwd: paper, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(run("--version")).toBe(`${pkg.version}\n`);
    run("build", "--no-pdf", "--quiet");
    for (const f of ["out/paper.html", "out/results.json", "out/site/index.html", "out/site/static/vendor/vega.min.js", "out/assets/katex/katex.min.css"]) expect(existsSync(join(paper, f)), f).toBe(true);
    // The paper has no templates/ of its own: the package's are used.
    expect(readFileSync(join(paper, "out", "assets", "paper", "paper.css"))).toEqual(readFileSync(join(root, "templates", "paper.css")));
  }, 120_000);
});
