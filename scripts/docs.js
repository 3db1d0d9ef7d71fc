#!/usr/bin/env node
// `npm run docs`: rewrites the generated sections of docs/*.md (the results
// language's function table, the result key families, the figures' key
// shapes, the config's settings) and the JSON Schemas in schemas/ from their
// declarations, via the compiled dist/ (run after scripts/dist.js).
// test/lang/generatedDocs.test.ts and test/config/jsonSchemas.test.ts fail when one is stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { GENERATED_DOCS } = await import(join(root, "dist/lang/docsTargets.js"));
const { replaceGenerated } = await import(join(root, "dist/lang/generatedDocs.js"));
const { configTable } = await import(join(root, "dist/config/configTable.js"));
const { JSON_SCHEMAS, schemaText } = await import(join(root, "dist/config/jsonSchemas.js"));

let failed = false;
for (const { file, name, body } of [...GENERATED_DOCS, { file: "docs/config.md", name: "settings", body: configTable }]) {
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
mkdirSync(join(root, "schemas"), { recursive: true });
for (const { file, schema } of JSON_SCHEMAS) {
  const path = join(root, file);
  const text = schemaText(await schema());
  if (!existsSync(path) || readFileSync(path, "utf8") !== text) {
    writeFileSync(path, text);
    console.log(`${file} updated`);
  }
}
process.exit(failed ? 1 : 0);
