/**
 * `npm run bench`: runs every bench/*.bench.ts in name order (or the ones
 * named on the command line: `npm run bench -- random compute`). Each bench
 * module exports `run(): Promise<void>` and prints its own figures.
 *
 * Benchmarks, not tests, measure speed: they print numbers for a person (and
 * for the closing notes) and never fail on a threshold, so a busy CI machine
 * cannot turn a slow minute into a red build.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import { cpus, totalmem } from "node:os";

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.bench\.ts$/, "")))
  .sort();

console.log(`safety-gap bench: node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "unknown cpu"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
for (const file of files) {
  console.log(`\n## ${file.replace(/\.bench\.ts$/, "")}`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run?: () => Promise<void> };
  if (typeof mod.run !== "function") throw new Error(`${file} does not export run()`);
  await mod.run();
}
