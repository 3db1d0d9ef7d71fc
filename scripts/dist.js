#!/usr/bin/env node
// Compiles the TypeScript sources to dist/ (esbuild, one file per file), the
// command line and the worker entries once more as bundles in dist/bundle/
// (esbuild, code-split), and the AssemblyScript kernels to dist/wasm/ (asc).
// Runs on `npm install` (prepare) and before every `npm run build`, so it
// only redoes what is older than its sources: a no-op run takes ~50 ms.
//
// Type-checking is not done here (esbuild strips types): `npm test` runs tsc.
import { readdirSync, statSync, mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { build, transformSync } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src");
const dist = join(root, "dist");

/** Every file below `dir`, as paths relative to `dir`. */
function walk(dir, base = dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), base) : [relative(base, join(dir, e.name))],
  );
}

const newer = (a, b) => !existsSync(b) || statSync(a).mtimeMs > statSync(b).mtimeMs;

// 1. TypeScript -> JavaScript. AssemblyScript sources live in `assembly/`
//    folders and are compiled to WebAssembly instead (step 2).
const expected = new Set();
let changed = false;
for (const file of walk(src)) {
  if (file.split(/[\\/]/).includes("assembly")) continue;
  const from = join(src, file);
  if (file.endsWith(".ts") && !file.endsWith(".d.ts")) {
    const to = join(dist, file.replace(/\.ts$/, ".js"));
    expected.add(to);
    if (!newer(from, to)) continue;
    changed = true;
    const { code } = transformSync(readFileSync(from, "utf8"), {
      loader: "ts",
      format: "esm",
      target: "node20",
      sourcefile: from,
      sourcemap: "inline",
    });
    mkdirSync(dirname(to), { recursive: true });
    // Sources import siblings as "./x.js" (NodeNext style), so paths need no rewrite.
    writeFileSync(to, code);
  } else if (!file.endsWith(".d.ts")) {
    // Non-code assets next to the sources (JSON tables, worker data) are copied.
    const to = join(dist, file);
    expected.add(to);
    if (!newer(from, to)) continue;
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, readFileSync(from));
  }
}

// 2. Bundles: the CLI (bin/safety-gap.js runs dist/bundle/main.js) and the
//    worker entries. Node's loader pays per module file (resolving, reading,
//    compiling), so every command starts sooner from a few chunks than from
//    the ~80 files `compute` imports (what it saves: docs/speed.md).
//    Chunks are split along the lazy imports, so `compute` still never loads
//    vega or Puppeteer (those stay in node_modules, like every package but
//    yaml, whose ~40 CommonJS files are the slowest to load).
//    dist/bundle/ is two levels below the package root, like every
//    dist/<dir>/, so the paths modules make from import.meta.url (package.json,
//    ../../dist/wasm/, the worker files) resolve the same in both builds.
const bundleDir = join(dist, "bundle");
const bundleEntries = {
  main: "cli/main.ts",
  bootstrapWorker: "study/analyze/bootstrapWorker.ts",
  fillWorker: "random/fillWorker.ts",
  serverWorker: "watch/serverWorker.ts",
};
const manifest = join(bundleDir, "files.json");
// Rebuilt when any source was recompiled above (a deleted module changes its importers too).
// ... or when a file of the last bundle is missing (deleted by hand, say).
const bundleIntact = () => existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).every((f) => existsSync(join(bundleDir, f)));
if (changed || !bundleIntact()) {
  const dependencies = Object.keys(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).dependencies);
  rmSync(bundleDir, { recursive: true, force: true });
  const common = {
    outdir: bundleDir,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: "linked",
    external: dependencies.filter((d) => d !== "yaml").flatMap((d) => [d, `${d}/*`]),
    // yaml is CommonJS: its require() calls need a require in an ES module.
    banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
    metafile: true,
    logLevel: "warning",
  };
  const { metafile } = await build({
    ...common,
    entryPoints: Object.fromEntries(Object.entries(bundleEntries).map(([name, file]) => [name, join(src, file)])),
    splitting: true,
    chunkNames: "[name]-[hash]",
  });
  const outputs = Object.keys(metafile.outputs);
  writeFileSync(manifest, JSON.stringify(outputs.map((f) => relative(bundleDir, join(root, f))), null, 1));
}
expected.add(manifest);
for (const f of JSON.parse(readFileSync(manifest, "utf8"))) expected.add(join(bundleDir, f));

// 3. AssemblyScript -> WebAssembly: every src/**/assembly/<name>.ts becomes
//    dist/wasm/<name>.wasm, built with the asc from node_modules.
const asc = join(root, "node_modules", "assemblyscript", "bin", "asc.js");
for (const file of walk(src)) {
  const parts = file.split(/[\\/]/);
  if (!parts.includes("assembly") || !file.endsWith(".ts")) continue;
  const from = join(src, file);
  const name = parts.at(-1).replace(/\.ts$/, "");
  const to = join(dist, "wasm", `${name}.wasm`);
  expected.add(to);
  const sources = walk(dirname(from)).map((f) => join(dirname(from), f));
  if (existsSync(to) && sources.every((s) => !newer(s, to))) continue;
  mkdirSync(dirname(to), { recursive: true });
  execFileSync(process.execPath, [asc, from, "--outFile", to, "-O3", "--noAssert", "--runtime", "stub", "--use", "abort=", "--enable", "simd"], {
    stdio: "inherit",
  });
}

// 4. Outputs whose source was deleted would otherwise linger and be imported.
for (const file of walk(dist)) {
  const p = join(dist, file);
  if (!expected.has(p)) rmSync(p);
}
