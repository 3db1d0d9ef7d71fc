/**
 * The command table, in the order `safety-gap --help` lists them.
 * One command per file in this folder; add a line here to add a command.
 *
 * Commands load lazily: `compute` should not pay for importing vega,
 * Puppeteer and markdown-it (about half a second) that only `build` needs.
 */
import type { Command } from "../command.js";

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const commands: CommandEntry[] = [
  { name: "init", summary: "create a new paper (config, example study, text, table, figure, claims) in a new folder", load: async () => (await import("./init.js")).initCommand },
  { name: "build", summary: "the whole paper: results, figures, HTML, PDF and supplement into out/", load: async () => (await import("./build.js")).buildCommand },
  { name: "watch", summary: "rebuild on change and serve out/ with live reload (npm run dev)", load: async () => (await import("./watch.js")).watchCommand },
  { name: "compute", summary: "simulate and analyze: report/model.yaml -> out/results.json, out/data/*.csv", load: async () => (await import("./compute.js")).compute },
  { name: "diff", summary: "compare every number of two results (files, output folders or git revisions)", load: async () => (await import("./diff.js")).diffCommand },
  { name: "sweep", summary: "run the study for many seeds: spread of every number, hold rate of every claim (out/sweep.json)", load: async () => (await import("./sweep.js")).sweepCommand },
  { name: "check", summary: "check the published paper against the reproduction, itself, and its claims", load: async () => (await import("./check.js")).checkCommand },
];
