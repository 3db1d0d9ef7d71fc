#!/usr/bin/env node
/**
 * `npm test`: lint and type-check side by side (each keeps one core busy;
 * one after the other left the second core idle), each with its cache, then compile
 * dist/ (the CLI the tests run), then vitest. Each check's output is printed
 * whole when it ends, so the two never interleave; the tests run only when
 * both pass.
 *
 * Which tests (the tiers of vitest.config.ts, chosen by SAFETY_GAP_TESTS):
 * - `npm test`: the quick tier, every file that needs no browser and runs
 *   no end-to-end build;
 * - `npm run test:all` (`--all`): both tiers, the quick one and the files
 *   that drive Chromium (pages, axe-core, PDF prints) or build the paper end
 *   to end; CI runs this, and so does anyone before a change lands;
 * - `npm test -- <files or vitest options>`: vitest with those arguments,
 *   whatever tier the files are in (`npm test -- test/lang`).
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { changedMessage, changes, listRepository } from "./repositoryListing.js";

/** A dependency's command as npm links it (node_modules/.bin/NAME, a link to its JavaScript file). */
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

/** Runs a Node script to its end; resolves with its exit code and its output. */
function run(label, script, args, inherit = false) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: inherit ? "inherit" : ["ignore", "pipe", "pipe"], env: process.env });
    let output = "";
    if (!inherit) for (const s of [child.stdout, child.stderr]) s.on("data", (d) => (output += d));
    child.on("close", (code, signal) => resolve({ label, code: code ?? (signal ? 1 : 0), output }));
  });
}

/**
 * Where the checks keep what they learned between runs, so a run re-lints
 * and re-checks only what changed: ESLint's per-file results (keyed by each
 * file's content and the config; the rules look at one file at a time) and
 * tsc's incremental state (it re-checks the files a change can affect).
 * Inside node_modules/, which git ignores and `npm ci` starts afresh.
 */
const cache = fileURLToPath(new URL("../node_modules/.cache/safety-gap/", import.meta.url));
const lint = ["--cache", "--cache-strategy", "content", "--cache-location", `${cache}eslint/`, "."];
const typecheck = ["--noEmit", "-p", "tsconfig.json", "--incremental", "--tsBuildInfoFile", `${cache}tsconfig.tsbuildinfo`];
const checks = await Promise.all([run("lint (eslint .)", bin("eslint"), lint), run("typecheck (tsc --noEmit)", bin("tsc"), typecheck)]);
let failed = false;
for (const c of checks) {
  if (c.output.trim() !== "") process.stdout.write(`\n> ${c.label}\n${c.output}`);
  if (c.code !== 0) {
    console.error(`npm test: ${c.label} failed (exit ${c.code}); the tests did not run.`);
    failed = true;
  }
}
if (failed) process.exit(1);

const dist = await run("dist", fileURLToPath(new URL("dist.js", import.meta.url)), [], true);
if (dist.code !== 0) process.exit(dist.code);
const given = process.argv.slice(2);
const args = given.filter((a) => a !== "--all");
// Files or options named: every tier, so a named file runs whichever it is in.
process.env.SAFETY_GAP_TESTS = given.includes("--all") || args.length > 0 ? "all" : "quick";
const root = fileURLToPath(new URL("..", import.meta.url));
const before = listRepository(root);
const tests = await run("vitest", bin("vitest"), ["run", ...args], true);
const changed = changes(before, listRepository(root));
if (changed.length > 0) {
  console.error(changedMessage(changed));
  process.exit(1);
}
process.exit(tests.code);
