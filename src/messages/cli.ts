/** Messages about the command line itself (every command). */
export const unknownOption = (arg: string): string => `unknown option \`${arg}\``;
export const missingOptionValue = (option: string): string => `\`${option}\` needs a value`;
export const flagTakesNoValue = (option: string): string => `\`${option}\` is a flag and takes no value`;
export const unexpectedArgument = (arg: string): string => `unexpected argument \`${arg}\``;
export const badIntegerOption = (option: string, value: string, min: number): string => `\`${option}\` must be an integer >= ${min}, got \`${value}\``;
export const badIntegerOptionHint = (command: string, option: string, min: number): string => `Pass e.g. ${option} ${Math.max(min, 1)}; see \`safety-gap ${command} --help\`.`;
export const seeHelp = (command: string): string => `See \`safety-gap ${command} --help\`.`;
