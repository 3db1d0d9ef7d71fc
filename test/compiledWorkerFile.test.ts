import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { compiledWorkerFile } from "../src/compiledWorkerFile.js";

// A package root with src/random/ and dist/random/, as the repo has after `node scripts/dist.js`.
const root = mkdtempSync(join(tmpdir(), "sg-worker-file-"));
mkdirSync(join(root, "src", "random"), { recursive: true });
mkdirSync(join(root, "dist", "random"), { recursive: true });
writeFileSync(join(root, "dist", "random", "w.js"), "");
writeFileSync(join(root, "src", "random", "sibling.js"), "");
// A worker that also has a bundle (dist/bundle/<name>.js, made by scripts/dist.js step 2).
mkdirSync(join(root, "dist", "bundle"), { recursive: true });
writeFileSync(join(root, "dist", "random", "bundled.js"), "");
writeFileSync(join(root, "dist", "bundle", "bundled.js"), "");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const from = (dir: string): string => pathToFileURL(join(root, dir, "random", "caller.js")).href;
const file = (...p: string[]): string => pathToFileURL(join(root, ...p)).href;

describe("compiledWorkerFile(fromUrl, dir, name)", () => {
  it("finds dist/<dir>/<name>.js from a module in src/<dir>/ (vitest, tsx)", () => {
    expect(compiledWorkerFile(from("src"), "random", "w")?.href).toBe(file("dist", "random", "w.js"));
  });
  it("takes the sibling file when there is one (the module runs from dist/)", () => {
    expect(compiledWorkerFile(from("src"), "random", "sibling")?.href).toBe(file("src", "random", "sibling.js"));
    expect(compiledWorkerFile(from("dist"), "random", "w")?.href).toBe(file("dist", "random", "w.js"));
  });
  it("prefers the bundle, from src/<dir>/ and from dist/<dir>/", () => {
    expect(compiledWorkerFile(from("src"), "random", "bundled")?.href).toBe(file("dist", "bundle", "bundled.js"));
    expect(compiledWorkerFile(from("dist"), "random", "bundled")?.href).toBe(file("dist", "bundle", "bundled.js"));
  });
  it("is undefined when no compiled file exists", () => {
    expect(compiledWorkerFile(from("src"), "random", "missing")).toBeUndefined();
  });
});
