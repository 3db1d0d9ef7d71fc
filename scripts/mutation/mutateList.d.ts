// Types of mutateList.js (plain JavaScript, run by scripts/mutation/run.js).
export function mutateList(globs: readonly string[], configMutate: readonly string[]): string[];
