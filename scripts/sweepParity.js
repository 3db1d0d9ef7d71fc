#!/usr/bin/env node
/**
 * The sweep at the paper's size against separate runs, with the CLI (takes
 * minutes; run by hand: `node scripts/sweepParity.js [K]`, default 20):
 * `compute --seed N` and `check --format json --results` for N = 1..K, then
 * `sweep --seeds 1..K`; checks that every mean and SD of sweep.json equals
 * that of the K results.json files to 1e-9 and that each claim's hold count
 * equals the number of seeds whose check says it passes. Prints the counts
 * compared and exits 1 on any difference.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const K = Number(process.argv[2] ?? 20);
const cli = (args) => execFileSync(process.execPath, [join(root, "bin/safety-gap.js"), ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
const dir = mkdtempSync(join(tmpdir(), "sg-sweep-parity-"));
try {
  const values = new Map();
  const holds = new Map();
  for (let seed = 1; seed <= K; seed++) {
    const out = join(dir, `seed-${seed}`);
    cli(["compute", "--seed", String(seed), "--out", out, "--quiet"]);
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8"));
    for (const [k, v] of Object.entries(results.numbers)) values.set(k, [...(values.get(k) ?? []), v]);
    const check = JSON.parse(cli(["check", "--results", out, "--format", "json"]));
    for (const c of check.claims) holds.set(c.id, (holds.get(c.id) ?? 0) + (c.status === "pass" ? 1 : 0));
  }
  cli(["sweep", "--seeds", `1..${K}`, "--out", join(dir, "sweep"), "--quiet"]);
  const sweep = JSON.parse(readFileSync(join(dir, "sweep", "sweep.json"), "utf8"));
  const bad = [];
  for (const [k, s] of Object.entries(sweep.numbers)) {
    const v = values.get(k);
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (v.length - 1));
    if (Math.abs(s.mean - mean) > 1e-9 * Math.max(1, Math.abs(mean)) || Math.abs(s.sd - sd) > 1e-9 * Math.max(1, sd)) bad.push(`${k}: mean ${s.mean} vs ${mean}, sd ${s.sd} vs ${sd}`);
  }
  for (const [id, n] of holds) if (sweep.claims[id]?.holds !== n) bad.push(`claim ${id}: sweep ${sweep.claims[id]?.holds} vs check ${n}`);
  console.log(`seeds 1..${K}: ${Object.keys(sweep.numbers).length} numbers (mean, sd) and ${holds.size} claims compared, ${bad.length} differ`);
  for (const b of bad.slice(0, 20)) console.log(`  ${b}`);
  process.exitCode = bad.length ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
