/** Message texts for results from a command (`src/source/`) and their results file. */
import { escapeUnsafe, quoted } from "../text/shownValue.js";

const seconds = (s: number): string => `${s} s`;

export const RESULTS_FILE = "the results file";
export const RESULTS_DOC = "docs/results-file.md";

export const running = (command: string): string => `running ${escapeUnsafe(command)} …`;
export const cached = (): string => "results cached";

export const notFound = (program: string): string => `cannot run the results command: program ${quoted(program)} not found`;
export const notFoundHint = (field: string): string =>
  `Install it or write its full path in ${field}; the command runs without a shell, in the paper folder (docs/config.md).`;
export const notRunnable = (program: string, code: string): string => `cannot run the results command: program ${quoted(program)} cannot be started (${code})`;
export const notRunnableHint = (field: string): string => `Make it executable (chmod +x), or name its interpreter first in ${field} (e.g. "python3 analysis.py").`;
export const notStarted = (program: string, code: string): string => `cannot run the results command: the system refused to start program ${quoted(program)} (${code})`;
export const notStartedHint = (field: string): string =>
  `Check ${field}: its program and words, and their length (a very long command or environment is refused); the command runs without a shell, in the paper folder (docs/config.md).`;
export const failed = (command: string, status: string, tail: string): string =>
  `the results command ${quoted(command)} ${status}${tail ? `; the end of its output:\n${tail}` : " and printed nothing"}`;
export const exitStatus = (code: number): string => `exited with status ${code}`;
export const killedBy = (signal: string): string => `was stopped by ${signal}`;
export const timedOut = (limit: number): string => `did not finish within ${seconds(limit)} and was stopped`;
export const failedHint = (field: string): string => `Fix the command (run it yourself in the paper folder to see all of its output), or change ${field} in the config.`;
export const timedOutHint = (field: string): string => `Make the command faster, or raise ${field} (seconds) in the config.`;
export const noOutput = (command: string, output: string): string =>
  `the results command ${quoted(command)} finished but did not write ${quoted(output)}`;
export const staleOutput = (command: string, output: string): string =>
  `the results command ${quoted(command)} finished but did not rewrite ${quoted(output)} (the file is older than the run)`;
export const noOutputHint = (field: string): string => `Make the command write its results there (${RESULTS_DOC} describes the format), or set ${field} to the file it writes.`;
export const emptyCommand = (): string => "the results command is empty";
export const emptyCommandHint = (): string => 'Write the program and its arguments, e.g. results: { command: "python3 analysis.py", inputs: [analysis.py] }.';
export const noInputMatch = (pattern: string): string => `input pattern ${quoted(pattern)} matches no file`;
export const noInputMatchHint = (): string => "Fix the pattern (relative to the paper folder, e.g. data/*.csv), or remove it from results.inputs.";

export const notText = (): string => "the results file is not UTF-8 text";
export const syntaxHint = (): string => `A results file is JSON (${RESULTS_DOC}): check the command that wrote it.`;
export const twice = (key: string, from: string): string => `\`${escapeUnsafe(key)}\` is given twice: as a number and as the ${from} of \`${escapeUnsafe(key.replace(/\.[^.]+$/, ""))}\``;
export const twiceHint = (): string => "Give each number once: either the key with .se/.ciLow/.ciHigh, or `se` / `interval` in the object of its key.";
export const reversedInterval = (low: number, high: number): string => `the interval's low end ${low} is above its high end ${high}`;
export const reversedIntervalHint = (): string => "Write the interval as [low, high].";
export const unknownInput = (key: string, best: string | undefined): string =>
  `\`${escapeUnsafe(key)}\` is not a key of numbers${best !== undefined ? `; did you mean \`${best}\`?` : ""}`;
export const unknownInputHint = (): string => "`inputs` names the keys of numbers this number is computed from.";
export const tooManyNumbers = (count: number, max: number): string => `the results file has ${count} numbers, more than the ${max} a results file may hold`;
export const tooManyNumbersHint = (): string => "Write the samples as a table (tables: { samples: samples.csv }) and only the numbers the paper cites in numbers.";
export const tableMissing = (file: string): string => `table ${quoted(file)} does not exist`;
export const tableMissingHint = (): string => "Write the CSV file beside the results file, or remove it from tables.";
export const tableOutside = (file: string): string => `table ${quoted(file)} is a link to a file outside the paper folder`;
export const tableOutsideHint = (): string => "Write the CSV file itself beside the results file.";
export const tableNoHeader = (file: string): string => `table ${quoted(file)} is empty: a table's first line names its columns`;
export const tableNoHeaderHint = (): string => "Write a header line (e.g. arm,score) and one line per sample.";
