#!/usr/bin/env node
// `npm run mutation [-- <glob>...] [-- --force]`: Stryker over src/ (or the
// files the globs match), then the per-area score check of scores.js.
// Incremental, across machines: Stryker starts from the committed ledger
// (ledger.js, mutation/incremental.json), tests only the mutants whose code
// or covering tests changed, keeps the results of files outside the globs,
// and the ledger takes the new results. `--force` reruns every mutant in
// scope. Report: reports/mutation/mutation.html.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { report } from "./scores.js";
import { mutateList } from "./mutateList.js";
import { LEDGER_PATH, dehydrate, emptyLedger, hydrate, serialize, sourceReader } from "./ledger.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
// `--tests <glob,...>`: run only these test files (vitest.mutation.config.ts reads it).
const testsAt = args.indexOf("--tests");
const tests = testsAt >= 0 ? args.splice(testsAt, 2)[1] ?? "" : "";
const globs = args.filter((a) => !a.startsWith("--"));
const flags = args.filter((a) => a.startsWith("--"));

const run = (cmd, argv) => {
  const r = spawnSync(cmd, argv, { cwd: root, stdio: "inherit", env: { ...process.env, SAFETY_GAP_MUTATION: "1", SAFETY_GAP_MUTATION_TESTS: tests } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

// Workers and the wasm kernel load from dist/, which the sandbox copies.
run(process.execPath, [join(root, "scripts/dist.js")]);

const ledgerFile = join(root, LEDGER_PATH);
const incrementalFile = ".cache/mutation/incremental.json";
const ledger = existsSync(ledgerFile) ? JSON.parse(readFileSync(ledgerFile, "utf8")) : emptyLedger();
const { report: incremental, changed } = hydrate(ledger, sourceReader(root));
if (changed.length > 0) console.log(`Changed since their mutation run, so tested anew: ${changed.join(", ")}`);
mkdirSync(join(root, ".cache/mutation"), { recursive: true });
writeFileSync(join(root, incrementalFile), JSON.stringify(incremental));

const config = await import(pathToFileURL(join(root, "stryker.config.mjs")).href);
const stryker = [join(root, "node_modules/@stryker-mutator/core/bin/stryker.js"), "run", "stryker.config.mjs"];
if (globs.length > 0) stryker.push("--mutate", mutateList(globs, config.default.mutate).join(","));
stryker.push("--incrementalFile", incrementalFile, ...flags);
run(process.execPath, stryker);
writeFileSync(ledgerFile, serialize(dehydrate(JSON.parse(readFileSync(join(root, incrementalFile), "utf8")))));
console.log(`Ledger updated: ${LEDGER_PATH} (commit it with the change it measures).`);

const { areaThresholds } = config;
const failing = report(JSON.parse(readFileSync(join(root, "reports/mutation/mutation.json"), "utf8")), areaThresholds);
if (failing.length > 0) {
  console.error(`${failing.length} area(s) below the minimum: ${failing.map((f) => `${f.area} ${f.score.toFixed(2)}% < ${f.min}%`).join("; ")}`);
  process.exitCode = 1;
}
