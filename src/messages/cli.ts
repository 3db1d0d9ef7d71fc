/** Messages about the command line itself (every command). */
export const unknownOption = (arg: string, best?: string): string => `unknown option \`${arg}\`${best ? `; did you mean \`${best}\`?` : ""}`;
export const unknownCommand = (name: string, best?: string): string => `safety-gap: unknown command '${name}'.${best ? ` Did you mean '${best}'?` : ""}`;
export const missingOptionValue = (option: string): string => `\`${option}\` needs a value`;
export const flagTakesNoValue = (option: string): string => `\`${option}\` is a flag and takes no value`;
export const dashValue = (option: string, value: string): string => `\`${option}\` needs a value, and \`${value}\` starts with a dash like an option`;
export const dashValueHint = (command: string, option: string, value: string): string =>
  `Write \`${option}=${value}\` if \`${value}\` is the value; see \`safety-gap ${command} --help\`.`;
export const unexpectedArgument = (arg: string): string => `unexpected argument \`${arg}\``;
export const repeatedOption = (option: string, values: readonly (string | undefined)[]): string => {
  const times = values.length === 2 ? "twice" : `${values.length} times`;
  const shown = values.every((v) => v !== undefined) ? ` (${values.map((v) => `\`${v}\``).join(", then ")})` : "";
  return `\`${option}\` is given ${times}${shown}`;
};
export const repeatedOptionHint = (command: string): string => `Give each option once; see \`safety-gap ${command} --help\`.`;
export const badIntegerOption = (option: string, value: string, min: number): string => `\`${option}\` must be an integer >= ${min}, got \`${value}\``;
export const badIntegerOptionHint = (command: string, option: string, min: number): string => `Pass e.g. ${option} ${Math.max(min, 1)}; see \`safety-gap ${command} --help\`.`;
export const tooLargeIntegerOption = (option: string, value: string, max: number): string =>
  `\`${option}\` must be at most ${max === Number.MAX_SAFE_INTEGER ? "2^53 - 1 = 9007199254740991 (the largest integer a JavaScript number holds exactly)" : String(max)}, got \`${value}\``;
export const tooManyWorkersHint = (command: string): string =>
  `More threads than cores or than bootstrap comparisons (90 in the paper) only add start-up time; pass e.g. --workers 4; see \`safety-gap ${command} --help\`.`;
export const seeHelp = (command: string): string => `See \`safety-gap ${command} --help\`.`;

// watch's --port and its server.
export const badPort = (value: string): string => `\`--port\` must be a port number from 0 to 65535, got \`${value}\``;
export const badPortHint = (): string => "Pass e.g. --port 4321, or --port 0 for any free port; see `safety-gap watch --help`.";
export const portInUse = (port: number): string => `port ${port} on 127.0.0.1 is already in use (another \`safety-gap watch\`?)`;
export const portInUseHint = (port: number): string => `Stop the program that uses it, or pass another port: --port ${port === 65535 ? port - 1 : port + 1} (or --port 0 for any free one).`;
export const portRefused = (port: number, code: string): string => `cannot listen on port ${port} on 127.0.0.1 (${code})`;
export const portRefusedHint = (): string => "Pass a port above 1023, which needs no privileges, e.g. --port 4321 (or --port 0 for any free one).";

// watch's error overlay in the browser, over the last good page.
export const overlayTitle = (): string => "The build failed: the page below is the last good build.";
export const overlayFooter = (): string => "Fix the source and save: this goes away on the next good build.";
export const overlayInternal = (): string => "internal error in safety-gap (the terminal shows its stack trace)";
