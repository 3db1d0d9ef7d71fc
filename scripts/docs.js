#!/usr/bin/env node
// `npm run docs`: rewrites the generated sections of docs/*.md (the results
// language's function table, the result key families, the figures' key
// shapes) from their declarations, via the compiled dist/ (run after
// scripts/dist.js). test/lang/generatedDocs.test.ts fails when one is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { GENERATED_DOCS } = await import(join(root, "dist/lang/docsTargets.js"));
const { replaceGenerated } = await import(join(root, "dist/lang/generatedDocs.js"));

let failed = false;
for (const { file, name, body } of GENERATED_DOCS) {
  const path = join(root, file);
  const doc = readFileSync(path, "utf8");
  const next = replaceGenerated(doc, name, body());
  if (next === undefined) {
    console.error(`${file}: no markers <!-- generated: ${name} --> ... <!-- end generated: ${name} -->`);
    failed = true;
  } else if (next !== doc) {
    writeFileSync(path, next);
    console.log(`${file}: ${name} updated`);
  }
}
process.exit(failed ? 1 : 0);
