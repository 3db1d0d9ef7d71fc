/**
 * Test helper: the starter paper `safety-gap init` writes (one page, one
 * table, one figure, one claim), built in this process. Its results command
 * is not run: a test file replaces runResultsCommand with `writeResults`
 * (vi.mock), which writes the results file the example study would, so the
 * build reads, checks and caches a command's output without a child process.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { initCommand } from "../../../src/cli/commands/init.js";
import type { BuildEffects } from "../../../src/pipeline/effects.js";
import type { OutputFiles } from "../../../src/pipeline/writeTreeAtomically.js";
import type { PdfPrinter, PrintJob } from "../../../src/pdf/PdfPrinter.js";
import type { CommandSource } from "../../../src/source/types.js";

/** The example study's numbers (seed 7, n = 200), rounded as published.yaml states them. */
export const RESULTS_JSON = `${JSON.stringify(
  {
    seed: 7,
    sets: { arms: ["treated", "control"] },
    design: { n: 200 },
    numbers: {
      "arm.treated.mean": { value: 51.6812, se: 0.7, n: 200, unit: "points", meaning: "mean score of the treated arm" },
      "arm.control.mean": { value: 49.2003, se: 0.69, n: 200, unit: "points", meaning: "mean score of the control arm" },
      "effect.diff": {
        value: 2.4809,
        se: 0.98,
        interval: [0.56, 4.4],
        n: 400,
        unit: "points",
        formula: "arm.treated.mean - arm.control.mean",
        inputs: ["arm.treated.mean", "arm.control.mean"],
        meaning: "treated minus control",
      },
      "effect.d": { value: 0.25, formula: "effect.diff / pooled SD", inputs: ["effect.diff"], meaning: "Cohen's d" },
    },
    tables: { samples: "samples.csv" },
  },
  null,
  2,
)}\n`;

export const SAMPLES_CSV = "arm,sample,score\ntreated,0,51.5\ncontrol,0,49.1\n";

/** Commands "run" so far (their text), for tests of when the command runs. */
export const commandRuns: string[] = [];

/** Stands in for runResultsCommand: writes what the example study writes. */
export function writeResults(source: CommandSource): Promise<void> {
  commandRuns.push(source.text);
  writeFileSync(join(source.cwd, "results.json"), RESULTS_JSON);
  writeFileSync(join(source.cwd, "samples.csv"), SAMPLES_CSV);
  return Promise.resolve();
}

/** Project folders made by starterProject, for removal after a file's tests. */
const made: string[] = [];

/** A new starter paper (`safety-gap init DIR`) in a temporary folder. */
export async function starterProject(): Promise<string> {
  const parent = mkdtempSync(join(tmpdir(), "sg-stages-"));
  made.push(parent);
  const io = { stdout: () => undefined, stderr: () => undefined, isTTY: false, cwd: parent, env: {} };
  await initCommand.run(["paper"], io);
  return join(parent, "paper");
}

export function removeProjects(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface Commit {
  outDir: string;
  files: OutputFiles;
  stale: string[] | undefined;
}

/** BuildEffects that record each commit instead of writing out/, with a fixed clock. */
export function recordingEffects(epoch = 1_700_000_000): BuildEffects & { commits: Commit[] } {
  const commits: Commit[] = [];
  return {
    commits,
    commit: (outDir, files, stale) => commits.push({ outDir, files, stale }),
    sourceDateEpoch: () => epoch,
  };
}

/** A PDF of `pages` pages as countPages reads them: one `/Type /Page` dictionary each. */
export function fakePdf(pages: number): Uint8Array {
  const objects = Array.from({ length: pages }, (_, i) => `${i + 3} 0 obj\n<< /Type /Page /Parent 2 0 R >>\nendobj\n`).join("");
  return new Uint8Array(Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Count ${pages} >>\nendobj\n${objects}%%EOF\n`, "latin1"));
}

/** A PdfPrinter that returns `pdf` for every job and keeps the jobs. */
export function fakePrinter(pdf: Uint8Array): PdfPrinter & { jobs: PrintJob[]; closeCalls: number } {
  const printer = {
    jobs: [] as PrintJob[],
    closeCalls: 0,
    print: (job: PrintJob) => {
      printer.jobs.push(job);
      return Promise.resolve(Buffer.from(pdf));
    },
    close: () => {
      printer.closeCalls++;
      return Promise.resolve();
    },
  };
  return printer as unknown as PdfPrinter & { jobs: PrintJob[]; closeCalls: number };
}
