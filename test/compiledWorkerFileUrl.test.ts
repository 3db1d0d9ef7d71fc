// compiledWorkerFile and packageFile on made-up module URLs in a temp package tree, in this process
// (test/compiledWorkerFile.test.ts covers the same ground but is left out of the mutation run).
// Each caller module exists here, so a candidate path that resolved to the caller itself would be found.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { compiledWorkerFile, packageFile } from "../src/compiledWorkerFile.js";

const root = mkdtempSync(join(tmpdir(), "sg-worker-url-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const put = (...p: string[]): void => {
  mkdirSync(join(root, ...p.slice(0, -1)), { recursive: true });
  writeFileSync(join(root, ...p), "");
};
for (const d of ["src", "dist"]) {
  put(d, "random", "caller.js");
  put(d, "study", "analyze", "caller.js");
}
put("dist", "random", "plain.js");
put("dist", "study", "analyze", "deep.js");
put("dist", "bundle", "bundled.js");
put("dist", "random", "bundled.js");
put("src", "random", "sibling.js");

const from = (...p: string[]): string => pathToFileURL(join(root, ...p, "caller.js")).href;
const file = (...p: string[]): string => pathToFileURL(join(root, ...p)).href;

describe("compiledWorkerFile(fromUrl, dir, name)", () => {
  it("finds dist/<dir>/<name>.js from src/<dir>/, however deep dir is", () => {
    expect(compiledWorkerFile(from("src", "random"), "random", "plain")?.href).toBe(file("dist", "random", "plain.js"));
    expect(compiledWorkerFile(from("src", "study", "analyze"), "study/analyze", "deep")?.href).toBe(file("dist", "study", "analyze", "deep.js"));
  });

  it("takes the sibling file first, then the bundle", () => {
    expect(compiledWorkerFile(from("src", "random"), "random", "sibling")?.href).toBe(file("src", "random", "sibling.js"));
    expect(compiledWorkerFile(from("dist", "random"), "random", "plain")?.href).toBe(file("dist", "random", "plain.js"));
    expect(compiledWorkerFile(from("dist", "random"), "random", "bundled")?.href).toBe(file("dist", "bundle", "bundled.js"));
    expect(compiledWorkerFile(from("src", "random"), "random", "bundled")?.href).toBe(file("dist", "bundle", "bundled.js"));
  });

  it("is undefined when no compiled file exists", () => {
    expect(compiledWorkerFile(from("src", "random"), "random", "missing")).toBeUndefined();
    expect(compiledWorkerFile(from("dist", "study", "analyze"), "study/analyze", "missing")).toBeUndefined();
  });
});

describe("packageFile(fromUrl, dir, path)", () => {
  it("goes up to the package root from src/<dir>/ and dist/<dir>/", () => {
    expect(packageFile("file:///p/src/random/m.ts", "random", "package.json").href).toBe("file:///p/package.json");
    expect(packageFile("file:///p/dist/study/analyze/m.js", "study/analyze", "dist/wasm/x.wasm").href).toBe("file:///p/dist/wasm/x.wasm");
  });

  it("goes up two levels from a bundle, whatever folder its source was in", () => {
    expect(packageFile("file:///p/dist/bundle/cli.js", "study/analyze", "package.json").href).toBe("file:///p/package.json");
  });

  it("does not take a checkout inside a dist/bundle folder for the bundle", () => {
    expect(packageFile("file:///home/dist/bundle/p/src/study/analyze/m.ts", "study/analyze", "package.json").href).toBe("file:///home/dist/bundle/p/package.json");
  });
});
