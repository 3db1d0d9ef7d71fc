/** Message texts for `safety-gap compute` (`src/cli/commands/compute.ts`). */

export const wroteResults = (outDir: string, files: readonly string[], numbers: number, seconds: number, workers: number): string =>
  `safety-gap compute: wrote ${files.map((f) => `${outDir}/${f}`).join(", ")} (${numbers} numbers, ${seconds.toFixed(2)} s, ${workers} worker${workers === 1 ? "" : "s"})\n`;

export const progressLine = (done: number, total: number, width = 30): string => {
  const filled = Math.round((done / total) * width);
  return `\rbootstrap [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} comparisons`;
};
export const seedNeedsBuiltin = (command: string): string => `--seed overrides the built-in study's seed, but this paper's results come from \`${command}\``;
export const seedNeedsBuiltinHint = (): string => "set the seed in the inputs your command reads (e.g. its parameter file), then run compute again";
