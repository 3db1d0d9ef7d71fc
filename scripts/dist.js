#!/usr/bin/env node
// Compiles the TypeScript sources to dist/ (esbuild, one file per file, no
// bundling) and the AssemblyScript kernels to dist/wasm/ (asc). Runs on
// `npm install` (prepare) and before every `npm run build`, so it only redoes
// files whose source is newer than their output: a no-op run takes ~50 ms.
//
// Type-checking is not done here (esbuild strips types): `npm test` runs tsc.
import { readdirSync, statSync, mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { transformSync } from "esbuild";

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
for (const file of walk(src)) {
  if (file.split(/[\\/]/).includes("assembly")) continue;
  const from = join(src, file);
  if (file.endsWith(".ts") && !file.endsWith(".d.ts")) {
    const to = join(dist, file.replace(/\.ts$/, ".js"));
    expected.add(to);
    if (!newer(from, to)) continue;
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

// 2. AssemblyScript -> WebAssembly: every src/**/assembly/<name>.ts becomes
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

// 3. Outputs whose source was deleted would otherwise linger and be imported.
for (const file of walk(dist)) {
  const p = join(dist, file);
  if (!expected.has(p)) rmSync(p);
}
