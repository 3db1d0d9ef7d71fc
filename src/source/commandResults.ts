/**
 * The results of a command source, cached like a stage: by the command,
 * the bytes of the files it declares as inputs (`results.inputs`, globs in
 * the paper folder), its output's name and the tool's code and version. On
 * a miss the command runs (a progress line says so) and its results file is
 * read, validated and normalized; the tables it names are copied to
 * data/<name>.csv. out/ gets results.json in the engine's shape and the
 * tables.
 */
import { existsSync, realpathSync, statSync, type Stats } from "node:fs";
import { dirname, isAbsolute, join, posix, relative } from "node:path";
import { glob } from "tinyglobby";
import { SafetyGapError } from "../errors.js";
import { decodeInput, readInputBytes } from "../input/readInput.js";
import * as msg from "../messages/source.js";
import type { PreparedSource, ResultsSource } from "../results/loadResults.js";
import type { Results } from "../results/types.js";
import { sha256 } from "../pipeline/hashing.js";
import { tool as packageTool } from "../results/tool.js";
import { shownPath } from "../text/shownPath.js";
import { readResultsFile, RESULTS_ROLE } from "./readResultsFile.js";
import { runResultsCommand } from "./runResultsCommand.js";
import { serializeSourceResults } from "./serializeSourceResults.js";
import type { CommandSource } from "./types.js";
import { textOf } from "../text/textOf.js";

export interface SourceOutput {
  results: Results;
  /** results.json and data/<table>.csv, as written to out/. */
  files: Map<string, Uint8Array | string>;
}

/** The code that runs the command and reads its output: part of the cache key, as the command and its inputs are. */
const SOURCE_CODE = ["source", "input"];

/**
 * A command source as one of the engine's results sources (src/results/loadResults.ts):
 * `prepare` hashes the declared inputs (the cache key), `run` runs the command,
 * `fromFiles` reads the results again from a cache hit.
 */
export function commandSource(source: CommandSource, env: NodeJS.ProcessEnv = process.env, onProgress?: (line: string) => void): ResultsSource {
  return {
    name: "command",
    async prepare(): Promise<PreparedSource> {
      const inputsHash = await hashInputs(source);
      const tool = packageTool();
      return {
        inputs: { command: JSON.stringify(source.argv), inputs: inputsHash, output: source.output, tool: tool.version },
        codeFolders: SOURCE_CODE,
        provenance: { facts: [["Results", `written by \`${source.text}\` (${source.output})`]] },
        run: async () => {
          onProgress?.(msg.running(source.text));
          return runCommand(source, env, inputsHash, tool);
        },
        fromFiles: (files) => {
          onProgress?.(msg.cached());
          return JSON.parse(textOf(files.get("results.json"))) as Results;
        },
      };
    },
  };
}

/** Runs the command, then reads, validates and normalizes its results file and copies its tables. */
async function runCommand(source: CommandSource, env: NodeJS.ProcessEnv, inputsHash: string, tool: { name: string; version: string }): Promise<SourceOutput> {
  const outputFile = join(source.cwd, source.output);
  const before = statOrUndefined(outputFile);
  await runResultsCommand(source, env);
  const shown = shownPath(process.cwd(), outputFile);
  const after = statOrUndefined(outputFile);
  const where = { file: source.configFile, path: "results.output" };
  if (!after) throw new SafetyGapError(msg.noOutput(source.text, source.output), where, msg.noOutputHint("results.output"));
  if (before && before.ctimeMs === after.ctimeMs && before.mtimeMs === after.mtimeMs && before.ino === after.ino)
    throw new SafetyGapError(msg.staleOutput(source.text, source.output), where, msg.noOutputHint("results.output"));
  const read = readResultsFile(readInputBytes(outputFile, RESULTS_ROLE, shown), shown, tool);
  const files = new Map<string, Uint8Array | string>();
  const tables: Record<string, string> = {};
  for (const [name, rel] of Object.entries(read.tables)) {
    files.set(`data/${name}.csv`, readTable(source.cwd, join(dirname(outputFile), rel), shown, name));
    tables[name] = `data/${name}.csv`;
  }
  const results: Results = { ...read.results, paramsHash: inputsHash, ...(Object.keys(tables).length ? { tables } : {}) };
  files.set("results.json", serializeSourceResults(results));
  return { results, files };
}

const statOrUndefined = (path: string): Stats | undefined => (existsSync(path) ? statSync(path) : undefined);

/**
 * SHA-256 over each declared input's path and bytes, in path order; a pattern
 * that matches nothing is an error (a misspelt input must not pass as unchanged).
 */
async function hashInputs(source: CommandSource): Promise<string> {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const pattern of source.inputs) {
    const matched = await glob(pattern, { cwd: source.cwd, onlyFiles: true, expandDirectories: false, followSymbolicLinks: false });
    if (matched.length === 0) throw new SafetyGapError(msg.noInputMatch(pattern), { file: source.configFile, path: "results.inputs" }, msg.noInputMatchHint());
    // The results file is what the command writes, never what it reads (`*.json` would match it).
    for (const m of matched) if (m !== posix.normalize(source.output)) seen.add(m);
  }
  for (const file of [...seen].sort()) lines.push(`${file}\0${sha256(readInputBytes(join(source.cwd, file), { what: `input ${file}`, doc: "docs/config.md" }, file))}`);
  return sha256(lines.join("\n"));
}

/** A table's CSV bytes: a file inside the paper folder, UTF-8, with a header line. */
function readTable(root: string, path: string, resultsShown: string, name: string): Uint8Array {
  const shown = shownPath(process.cwd(), path);
  const where = { file: resultsShown, path: `tables.${name}` };
  if (!existsSync(path)) throw new SafetyGapError(msg.tableMissing(shown), where, msg.tableMissingHint());
  const rel = relative(realpathSync(root), realpathSync(path));
  if (rel.startsWith("..") || isAbsolute(rel)) throw new SafetyGapError(msg.tableOutside(shown), where, msg.tableOutsideHint());
  const bytes = readInputBytes(path, { what: `table ${name}`, doc: msg.RESULTS_DOC }, shown);
  const text = decodeInput(bytes, { what: `table ${name}`, doc: msg.RESULTS_DOC }, shown);
  if (text.split("\n", 1)[0]!.trim() === "") throw new SafetyGapError(msg.tableNoHeader(shown), where, msg.tableNoHeaderHint());
  return bytes;
}
