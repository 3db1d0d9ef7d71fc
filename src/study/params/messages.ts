/** Message texts for the study's parameter file, report/model.yaml. */
import { groupDigits } from "../../text/groupDigits.js";

const list = (names: readonly string[]): string => names.map((n) => `\`${n}\``).join(", ");

/** How messages name the file. */
export const paramsWhat = (): string => "the parameter file";

export const emptyFile = (): string => "the parameter file is empty: it holds only comments or blank lines";

export const emptyFileHint = (file: string): string =>
  `Write the parameters as \`field: value\` lines (docs/model.md lists every field), or restore the file with \`git checkout -- ${file}\`.`;

export const scalesDifferInCase = (a: string, b: string): string =>
  `\`scales\`: \`${a}\` and \`${b}\` differ only in case, so data/summary-${a}.csv and data/summary-${b}.csv would be one file on macOS and Windows`;

export const unknownName = (what: string, name: string, valid: readonly string[]): string =>
  `unknown ${what} \`${name}\`; allowed: ${list(valid)}`;

export const missingName = (what: string, name: string, path: string): string =>
  `${what} \`${name}\` is missing from \`${path}\`; every ${what} needs a value`;

export const duplicateName = (path: string, name: string): string => `\`${path}\` lists \`${name}\` twice; names must be distinct`;

export const crcCollision = (path: string, a: string, b: string): string =>
  `\`${path}\`: \`${a}\` and \`${b}\` have the same CRC-32, so they would share a random stream`;

export const noBenchmarkOfKind = (kind: string): string => `\`benchmarks\` has no ${kind} benchmark; at least one is needed`;

export const baselineHasEffects = (method: string): string =>
  `\`methodEffects.${method}\`: the baseline method has lift 0 and retention 1 by definition and must not be listed`;

export const sameConditions = (name: string): string => `\`conditions.treated\` and \`conditions.control\` are both \`${name}\``;

export const meanOutOfRange = (cell: string, mu: number): string =>
  `the mean score of ${cell} is ${String(mu)}, outside [0, 1]: scores are proportions`;

export const roundedInteger = (written: string, read: number): string =>
  `YAML read \`${written}\` as ${String(read)}: integers above 2^53 - 1 = 9007199254740991 are rounded (JavaScript numbers are doubles). Use a smaller value.`;

/** 18000000 -> "18,000,000". */
const count = groupDigits;

export const tooManyCells = (methods: number, scales: number, benchmarks: number, max: number): string =>
  `the design has 2 conditions × ${count(methods)} methods × ${count(scales)} scales × ${count(benchmarks)} benchmarks = ${count(2 * methods * scales * benchmarks)} cells; at most ${count(max)} are allowed`;

export const tooManyCellsHint = (): string =>
  "Every cell's and comparison's numbers go into results.json, built in memory (~5 KB per cell): use fewer methods, scales or benchmarks (the paper has 180 cells).";

export const tooManySamples = (n: number, cells: number, max: number): string =>
  `\`samplesPerCell\` = ${count(n)} × ${count(cells)} cells = ${count(n * cells)} samples; at most ${count(max)} are allowed`;

export const tooManySamplesHint = (largest: number): string =>
  `Every sample is kept in memory and written to data/samples.csv (~160 bytes each): use samplesPerCell at most ${count(largest)} for this design (the paper uses 500).`;

export const tooManyReplicates = (b: number, comparisons: number, max: number): string =>
  `\`bootstrap.resamples\` = ${count(b)} × ${count(comparisons)} comparisons = ${count(b * comparisons)} replicates; at most ${count(max)} are allowed`;

export const tooManyReplicatesHint = (largest: number): string =>
  `Every comparison's replicates are kept in memory (~10 bytes each): use bootstrap.resamples at most ${count(largest)} for this design (the paper uses 10,000).`;
