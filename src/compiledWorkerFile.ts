import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** `../` up to the package root from a module in `src/<dir>/` or `dist/<dir>/` (`dir` may have several parts, `study/analyze`). */
const upToRoot = (dir: string): string => "../".repeat(dir.split("/").length + 1);

/** True when the module at `fromUrl` runs from the bundle (dist/bundle/, two levels below the package root whatever its source folder). */
const inBundle = (fromUrl: string): boolean => /\/dist\/bundle\/[^/]+$/.test(new URL(fromUrl).pathname);

/**
 * The compiled JavaScript file of a worker entry, seen from the module at
 * `fromUrl` (its import.meta.url) in `src/<dir>/` or `dist/<dir>/`: its
 * bundle `dist/bundle/<name>.js` (which loads fastest, see scripts/dist.js),
 * else the one-file-per-module build `dist/<dir>/<name>.js`. Both exist only
 * after `node scripts/dist.js`. Worker threads need JavaScript, not
 * TypeScript. Undefined when none exists: the caller then does the work itself.
 */
export function compiledWorkerFile(fromUrl: string, dir: string, name: string): URL | undefined {
  // From dist/bundle/ and dist/<dir>/ (the CLI) the files are near; from src/<dir>/ (vitest, tsx) they are in <root>/dist.
  const up = upToRoot(dir);
  for (const rel of [`../bundle/${name}.js`, `./${name}.js`, `${up}dist/bundle/${name}.js`, `${up}dist/${dir}/${name}.js`]) {
    const u = new URL(rel, fromUrl);
    if (existsSync(fileURLToPath(u))) return u;
  }
  return undefined;
}

/** A file of the package (`package.json`, `dist/wasm/x.wasm`), seen from the module at `fromUrl` in `src/<dir>/`, `dist/<dir>/` or the bundle. */
export function packageFile(fromUrl: string, dir: string, path: string): URL {
  return new URL(`${inBundle(fromUrl) ? "../../" : upToRoot(dir)}${path}`, fromUrl);
}
