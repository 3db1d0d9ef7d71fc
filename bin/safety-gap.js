#!/usr/bin/env node
// The `safety-gap` command. The compiled CLI lives in dist/ (made by
// `npm install` via the prepare script, refreshed by `npm run build`); this
// runs its bundle, dist/bundle/main.js (see scripts/dist.js, step 2).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../dist/bundle/main.js", import.meta.url));
if (!existsSync(main)) {
  console.error("safety-gap: dist/ is missing. Run `npm install` (or `npm run dist`) in the safety-gap folder first.");
  process.exit(2);
}
const { main: run } = await import(main);
process.exitCode = await run(process.argv.slice(2));
