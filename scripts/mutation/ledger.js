// The mutation ledger: Stryker's incremental report, committed to the
// repository so that results add up across machines and sessions.
//
// A whole run of src/ takes hours on 2 cores, longer than one working
// session, and a checkout starts with an empty .cache/. Stryker's incremental
// mode already carries over the results of files outside a run's `--mutate`
// and reruns only the mutants whose code or covering tests changed; what it
// lacks is a place that outlives the machine. The ledger is that place.
//
// It is the report without the sources (a SHA-256 of each file instead), so
// that it stays small and a diff of it shows mutants changing status:
// - hydrate(): ledger -> Stryker's incremental file, with each source read
//   from disk. A file whose hash no longer matches is left out: Stryker then
//   tests its mutants anew (source file) or takes its tests as new (test file,
//   so the mutants they killed or covered are tested again).
// - dehydrate(): Stryker's incremental file -> ledger.
// - serialize(): stable text, one mutant or test per line.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Where the ledger lives, from the repository root. */
export const LEDGER_PATH = "mutation/incremental.json";

/** Longer reasons (a compiler's whole message) are cut: Stryker only shows them. */
export const REASON_LIMIT = 300;

export const sha256 = (text) => createHash("sha256").update(text).digest("hex");

/** `readSource` for hydrate(): a file's text now, from the repository at `root`; undefined when it is gone. */
export const sourceReader = (root) => (path) => (existsSync(join(root, path)) ? readFileSync(join(root, path), "utf8") : undefined);

/** The ledger of an incremental report; paths are taken relative to `projectRoot`. */
export function dehydrate(report) {
  const rel = (p) => relativeTo(report.projectRoot, p);
  const files = {};
  for (const [path, f] of Object.entries(report.files ?? {})) {
    files[rel(path)] = { language: f.language, sha256: sha256(f.source), mutants: f.mutants.map(compact) };
  }
  const testFiles = {};
  for (const [path, t] of Object.entries(report.testFiles ?? {})) {
    // Stryker keeps tests without a file (its own dry-run stubs) under "": no source to hash.
    testFiles[rel(path)] = t.source === undefined ? { tests: t.tests } : { sha256: sha256(t.source), tests: t.tests };
  }
  return { schemaVersion: report.schemaVersion, thresholds: report.thresholds, files, testFiles };
}

/**
 * Stryker's incremental report from the ledger. `readSource(path)` gives the
 * file's text now, or undefined when it is gone. Returns the report and the
 * paths left out because they changed since their run.
 */
export function hydrate(ledger, readSource) {
  const files = {};
  const changed = [];
  for (const [path, f] of Object.entries(ledger.files)) {
    const source = readSource(path);
    if (source !== undefined && sha256(source) === f.sha256) files[path] = { language: f.language, source, mutants: f.mutants };
    else changed.push(path);
  }
  const testFiles = {};
  for (const [path, t] of Object.entries(ledger.testFiles)) {
    if (t.sha256 === undefined) {
      testFiles[path] = { tests: t.tests };
      continue;
    }
    const source = readSource(path);
    if (source !== undefined && sha256(source) === t.sha256) testFiles[path] = { source, tests: t.tests };
    else changed.push(path);
  }
  return { report: { schemaVersion: ledger.schemaVersion, thresholds: ledger.thresholds, files, testFiles }, changed };
}

/** The ledger as text: keys in order, one mutant or test per line, so that git diffs show what changed. */
export function serialize(ledger) {
  const lines = ["{", `  "schemaVersion": ${JSON.stringify(ledger.schemaVersion)},`, `  "thresholds": ${JSON.stringify(ledger.thresholds)},`];
  const block = (name, entries, items, last) => {
    lines.push(`  ${JSON.stringify(name)}: {`);
    const paths = Object.keys(entries).sort();
    paths.forEach((path, i) => {
      const { [items]: list, ...head } = entries[path];
      const headText = JSON.stringify(head).slice(1, -1);
      lines.push(`    ${JSON.stringify(path)}: {${headText}${headText === "" ? "" : ","}${JSON.stringify(items)}: [`);
      list.forEach((item, j) => lines.push(`      ${JSON.stringify(item)}${j < list.length - 1 ? "," : ""}`));
      lines.push(`    ]}${i < paths.length - 1 ? "," : ""}`);
    });
    lines.push(`  }${last ? "" : ","}`);
  };
  block("files", ledger.files, "mutants", false);
  block("testFiles", ledger.testFiles, "tests", true);
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

/** An empty ledger, for a repository that has none yet. */
export const emptyLedger = () => ({ schemaVersion: "2", thresholds: { high: 90, low: 80 }, files: {}, testFiles: {} });

/**
 * What Stryker needs of a mutant to reuse it. A killed mutant is reused while
 * a test that killed it is unchanged, so its other covering tests and the
 * failure message (most of the report's size) are left out; any other
 * status is reused only while no new test covers it, so those keep coveredBy.
 */
function compact(m) {
  if (m.status === "Killed") {
    const { coveredBy: _coveredBy, statusReason: _statusReason, ...rest } = m;
    return rest;
  }
  return m.statusReason === undefined || m.statusReason.length <= REASON_LIMIT ? m : { ...m, statusReason: `${m.statusReason.slice(0, REASON_LIMIT)}...` };
}

function relativeTo(root, path) {
  const p = path.replaceAll("\\", "/");
  if (root === undefined || !p.startsWith("/")) return p;
  const r = root.replaceAll("\\", "/").replace(/\/?$/, "/");
  return p.startsWith(r) ? p.slice(r.length) : p;
}
