/** The one results-loading function and the generic results-file reader, with a source of the test's own. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { StageCache } from "../../src/pipeline/stageCache.js";
import { loadResults, type ResultsSource } from "../../src/results/loadResults.js";
import type { Results } from "../../src/results/types.js";
import { parseResults } from "../../src/review/loadResults.js";
import { safetyGapErrorOf } from "../helpers/safetyGapError.js";

const results: Results = { schemaVersion: 1, tool: { name: "t", version: "1" }, numbers: { "arm.a.mean": 0.5 }, sets: { arms: ["a", "b"] } };

/** A source that records what was asked of it, in order. */
function recordingSource(log: string[], params = "h1"): ResultsSource {
  return {
    name: "recording",
    prepare: (ctx) => {
      log.push(`prepare ${ctx.reportDir}`);
      return {
        inputs: { params },
        codeFolders: ["results"],
        provenance: { facts: [["Arms", "2"]] },
        run: async () => {
          log.push("run");
          return { results, files: new Map([["results.json", JSON.stringify(results)]]) };
        },
        fromFiles: (files) => {
          log.push("fromFiles");
          return JSON.parse(new TextDecoder().decode(files.get("results.json"))) as Results;
        },
      };
    },
  };
}

const dir = mkdtempSync(join(tmpdir(), "sg-load-results-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadResults", () => {
  it("prepares, then runs the hook, then runs the source, and passes its provenance on", async () => {
    const log: string[] = [];
    const loaded = await loadResults(recordingSource(log), { reportDir: "/r", cwd: "/", workers: 1 }, { beforeRun: () => log.push("beforeRun") });
    expect(log).toEqual(["prepare /r", "beforeRun", "run"]);
    expect(loaded.results).toBe(results);
    expect([...loaded.files.keys()]).toEqual(["results.json"]);
    expect(loaded.provenance.facts).toEqual([["Arms", "2"]]);
  });

  it("stores in the cache, then reads back from it without running, timing each step", async () => {
    const cache = { store: new StageCache(join(dir, "cache")), codeInputs: () => ({ code: "c1" }) };
    const steps: string[] = [];
    const timed = async <T>(step: string, ran: boolean, reason: string, work: () => Promise<T> | T): Promise<T> => {
      steps.push(`${step} ${ran ? "ran" : "reused"} (${reason})`);
      return work();
    };
    const first: string[] = [];
    await loadResults(recordingSource(first), { reportDir: "/r", cwd: "/", workers: 1 }, { cache, timed });
    const second: string[] = [];
    const again = await loadResults(recordingSource(second), { reportDir: "/r", cwd: "/", workers: 1 }, { cache, timed });
    expect(first).toEqual(["prepare /r", "run"]);
    expect(second).toEqual(["prepare /r", "fromFiles"]);
    expect(again.results).toEqual(results);
    expect(steps).toEqual(["params ran (always runs)", "compute ran (no cache)", "params ran (always runs)", "compute reused (cached)"]);
  });

  it("returns what it ran and stored, with the provenance, and runs again when the source's inputs change", async () => {
    const cache = { store: new StageCache(join(dir, "cache-inputs")), codeInputs: () => ({ code: "c1" }) };
    const log: string[] = [];
    const made = await loadResults(recordingSource(log, "h1"), { reportDir: "/r", cwd: "/", workers: 1 }, { cache });
    expect(made.results).toBe(results);
    expect([...made.files.keys()]).toEqual(["results.json"]);
    expect(made.provenance.facts).toEqual([["Arms", "2"]]);
    await loadResults(recordingSource(log, "h2"), { reportDir: "/r", cwd: "/", workers: 1 }, { cache });
    expect(log).toEqual(["prepare /r", "run", "prepare /r", "run"]);
  });

  it("times both steps without a cache", async () => {
    const steps: string[] = [];
    const timed = async <T>(step: string, ran: boolean, reason: string, work: () => Promise<T> | T): Promise<T> => {
      steps.push(`${step} ${ran ? "ran" : "reused"} (${reason})`);
      return work();
    };
    await loadResults(recordingSource([]), { reportDir: "/r", cwd: "/", workers: 1 }, { timed });
    expect(steps).toEqual(["params ran (always runs)", "compute ran (no cache)"]);
  });
});

describe("a results file with the engine's fields", () => {
  it("reads as it is: numbers and sets", () => {
    expect(parseResults(JSON.stringify(results), "r.json")).toEqual(results);
  });
  it("needs sets, each a list of names", () => {
    const { sets: _, ...noSets } = results;
    expect(safetyGapErrorOf(() => parseResults(JSON.stringify(noSets), "r.json")).message).toBe("field 'sets' must be an object of name: list of names");
    expect(safetyGapErrorOf(() => parseResults(JSON.stringify({ ...results, sets: { arms: "a" } }), "r.json")).message).toBe("field 'sets.arms' must be a list of names");
  });
});
