import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The compiled JavaScript file of a worker entry, `<dir>/<name>.js`, seen
 * from the module at `fromUrl` (its import.meta.url) in `src/<dir>/` or
 * `dist/<dir>/`: the sibling file when running from dist/ (the CLI), the copy
 * in dist/ when running from src/ (vitest, tsx), which only exists after
 * `node scripts/dist.js`. Worker threads need JavaScript, not TypeScript.
 * Undefined when neither exists: the caller then does the work itself.
 */
export function compiledWorkerFile(fromUrl: string, dir: string, name: string): URL | undefined {
  for (const rel of [`./${name}.js`, `../../dist/${dir}/${name}.js`]) {
    const u = new URL(rel, fromUrl);
    if (existsSync(fileURLToPath(u))) return u;
  }
  return undefined;
}
