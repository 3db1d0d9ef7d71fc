#!/usr/bin/env node
// Mutation scores per folder and per area of src/ from Stryker's JSON report
// (mutation-testing-report-schema), checked against `areaThresholds` in
// stryker.config.mjs. Stryker applies one threshold set to a whole run; the
// project wants a higher bar on the critical areas, so the check is here.
//
//   node scripts/mutation/scores.js [reports/mutation/mutation.json]
//   node scripts/mutation/scores.js --ledger   (npm run mutation:scores)
//
// Exit code 1 when an area is below its minimum.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, matchesGlob } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { LEDGER_PATH, hydrate, sourceReader } from "./ledger.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Statuses that count, as Stryker counts them for its own score. */
const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

/** Counts of detected and undetected mutants per key; `keyOf` maps a file path to its key. */
export function tally(report, keyOf) {
  const groups = new Map();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const key = keyOf(file);
    if (key === undefined) continue;
    const g = groups.get(key) ?? { detected: 0, undetected: 0, survivors: new Map() };
    for (const m of mutants) {
      if (DETECTED.has(m.status)) g.detected++;
      else if (UNDETECTED.has(m.status)) {
        g.undetected++;
        g.survivors.set(m.mutatorName, (g.survivors.get(m.mutatorName) ?? 0) + 1);
      }
    }
    groups.set(key, g);
  }
  return groups;
}

/** Score in percent (100 when there is nothing to detect). */
export const score = (g) => (g.detected + g.undetected === 0 ? 100 : (100 * g.detected) / (g.detected + g.undetected));

/** The area (from `areaThresholds`) a file belongs to: the first prefix that matches. */
export function areaOf(file, areas) {
  const rel = file.replaceAll("\\", "/");
  return areas.find((a) => rel.startsWith(a.area) || rel.includes(`/${a.area}`));
}

const relative = (file) => {
  const rel = file.replaceAll("\\", "/");
  const i = rel.lastIndexOf("/src/");
  return i >= 0 ? rel.slice(i + 1) : rel;
};

const line = (name, g) => {
  const kinds = [...g.survivors].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ");
  const pad = name.padEnd(44);
  return `${pad} ${score(g).toFixed(2).padStart(6)}%  ${String(g.detected).padStart(5)} detected ${String(g.undetected).padStart(4)} undetected${kinds ? `  (${kinds})` : ""}`;
};

/** Prints the per-folder and per-area tables; returns the areas below their minimum. */
export function report(json, areas) {
  const byFolder = tally(json, (f) => dirname(relative(f)));
  console.log("Mutation score per folder (undetected mutants by kind):");
  for (const [folder, g] of [...byFolder].sort()) console.log(`  ${line(folder, g)}`);
  const byArea = tally(json, (f) => areaOf(relative(f), areas)?.area);
  const failing = [];
  console.log("Per area (minimum from stryker.config.mjs):");
  for (const a of areas) {
    const g = byArea.get(a.area);
    if (g === undefined) continue;
    const ok = score(g) >= a.min;
    if (!ok) failing.push({ ...a, score: score(g) });
    console.log(`  ${ok ? "ok  " : "LOW "} ${line(`${a.area} (>= ${a.min}%)`, g)}`);
  }
  return failing;
}

/**
 * The ledger (ledger.js) as a report of the files it still speaks for: those
 * whose source is unchanged since their run. Also returns the files that
 * changed since, and the files of `mutate` that were never run.
 */
export function ledgerReport(ledger, readSource, mutable) {
  const { report, changed } = hydrate(ledger, readSource);
  const missing = mutable.filter((path) => !(path in ledger.files));
  // A changed test file does not take results out of the scores (Stryker reruns what it killed on the next run).
  return { report: { files: report.files }, changed: changed.filter((path) => path in ledger.files), missing };
}

/** "src/a 2, src/b 1": how many of `paths` each folder holds. */
export function countByFolder(paths) {
  const counts = new Map();
  for (const p of paths) counts.set(dirname(p), (counts.get(dirname(p)) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([folder, n]) => `${folder} ${n}`).join(", ");
}

/** The files under src/ that `mutate` (stryker.config.mjs) takes in: the globs, less the `!` ones. */
export function mutableFiles(paths, mutate) {
  const take = mutate.filter((g) => !g.startsWith("!"));
  const leave = mutate.filter((g) => g.startsWith("!")).map((g) => g.slice(1));
  return paths.filter((p) => take.some((g) => matchesGlob(p, g)) && !leave.some((g) => matchesGlob(p, g)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const config = await import(pathToFileURL(join(root, "stryker.config.mjs")).href);
  const { areaThresholds } = config;
  let failing;
  if (process.argv[2] === "--ledger") {
    if (!existsSync(join(root, LEDGER_PATH))) {
      console.error(`No ${LEDGER_PATH} yet: \`npm run mutation\` writes it.`);
      process.exit(1);
    }
    const ledger = JSON.parse(readFileSync(join(root, LEDGER_PATH), "utf8"));
    const sources = readdirSync(join(root, "src"), { recursive: true }).map((p) => `src/${String(p).replaceAll("\\", "/")}`);
    const { report: current, changed, missing } = ledgerReport(ledger, sourceReader(root), mutableFiles(sources.sort(), config.default.mutate));
    console.log(`From ${LEDGER_PATH}: ${Object.keys(current.files).length} files as last run.`);
    if (changed.length > 0) console.log(`Changed since their run, left out: ${changed.join(", ")}`);
    if (missing.length > 0) console.log(`Not in the ledger (never run, or nothing to mutate): ${missing.length} files, ${countByFolder(missing)}`);
    failing = report(current, areaThresholds);
  } else {
    failing = report(JSON.parse(readFileSync(process.argv[2] ?? join(root, "reports/mutation/mutation.json"), "utf8")), areaThresholds);
  }
  if (failing.length > 0) {
    console.error(`${failing.length} area(s) below the minimum: ${failing.map((f) => `${f.area} ${f.score.toFixed(2)}% < ${f.min}%`).join("; ")}`);
    process.exitCode = 1;
  }
}
