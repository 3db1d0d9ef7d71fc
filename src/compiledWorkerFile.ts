import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The compiled JavaScript file of a worker entry, seen from the module at
 * `fromUrl` (its import.meta.url) in `src/<dir>/` or `dist/<dir>/`: its
 * bundle `dist/bundle/<name>.js` (which loads fastest, see scripts/dist.js),
 * else the one-file-per-module build `dist/<dir>/<name>.js`. Both exist only
 * after `node scripts/dist.js`. Worker threads need JavaScript, not
 * TypeScript. Undefined when none exists: the caller then does the work itself.
 */
export function compiledWorkerFile(fromUrl: string, dir: string, name: string): URL | undefined {
  // From dist/<dir>/ (the CLI) the files are near; from src/<dir>/ (vitest, tsx) they are in ../../dist.
  for (const rel of [`../bundle/${name}.js`, `./${name}.js`, `../../dist/bundle/${name}.js`, `../../dist/${dir}/${name}.js`]) {
    const u = new URL(rel, fromUrl);
    if (existsSync(fileURLToPath(u))) return u;
  }
  return undefined;
}
