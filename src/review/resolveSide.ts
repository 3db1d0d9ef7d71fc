/**
 * Turns a `diff` argument into results: a results file, an output folder
 * (its results.json and provenance.json), or a git revision of the paper,
 * built with the installed safety-gap (materializeRevision.ts).
 * Files win over revisions, so a folder named like a branch is still a folder.
 */
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/review.js";
import { readProvenanceBeside, readResultsFile, resultsPathOf } from "./loadResults.js";
import { materializeRevision, repoRootOf, resolveCommit, spawnRunner, type RevisionOptions, type Runner } from "./materializeRevision.js";
import type { DiffInput } from "./diffResults.js";

export async function resolveSide(arg: string, cwd: string, run: Runner = spawnRunner, opts: RevisionOptions = {}): Promise<DiffInput> {
  const file = resultsPathOf(arg, cwd);
  if (file) {
    const provenance = readProvenanceBeside(file);
    return { label: arg, results: readResultsFile(file), ...(provenance ? { provenance } : {}) };
  }
  const root = await repoRootOf(cwd, run);
  const commit = root ? await resolveCommit(arg, cwd, run) : undefined;
  if (!root || !commit) throw new SafetyGapError(msg.notFound(arg), { file: arg }, msg.notFoundHint());
  const built = await materializeRevision(arg, commit, root, run, opts);
  return { label: `${arg} (${commit.slice(0, 10)})`, ...built };
}
